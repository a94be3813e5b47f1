/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  // A time-out, not a time limit: the CI machine has two cores, shared by jest's workers.
  testTimeout: 60000,
  setupFilesAfterEnv: ['<rootDir>/test/setup-dom-waits.ts', '<rootDir>/test/setup-fast-check.ts'],
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
};
