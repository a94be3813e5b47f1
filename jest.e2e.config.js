/**
 * End-to-end tests: the built browser preview in Debian's chromium (playwright-core).
 *   npx jest -c jest.e2e.config.js
 * The preview is built once in global-setup (or reused when fresh); each file serves it on a free
 * port and drives its own browser.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  rootDir: __dirname,
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  // A browser per file; two at a time is what two cores carry.
  maxWorkers: 2,
  // Chromium start-up and page loads on a slow machine; a single wait is much shorter.
  testTimeout: 60000,
};
