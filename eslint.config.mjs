// ESLint flat config: typescript-eslint for all code, the Office add-ins rules where Office.js is
// called, and a fence around src/core so the engine stays free of Office, DOM and Node APIs.
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'examples/', 'docs/', 'test/fixtures/', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Office.js code: the Office add-ins rules (load before read, sync before read, no sync in loops …).
    files: ['src/hosts/excel/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { globals: { ...globals.browser, Office: 'readonly', Excel: 'readonly', OfficeExtension: 'readonly' } },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The Excel stand-in (src/standin) is for tests and the browser preview: never in the add-in bundle.
    files: ['src/hosts/**/*.ts', 'src/commands/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/cli/**/*.ts', 'src/legacy/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/standin', '**/standin/*'], message: 'The Excel stand-in is for tests and the browser preview only.' }] },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/preview/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // The engine is pure: no Office.js, no DOM, no Node APIs, no file or UI libraries.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fs', 'fs/*', 'path', 'os', 'child_process', 'node:*', 'worker_threads'], message: 'src/core must not use Node APIs.' },
            { group: ['exceljs', 'react', 'react-dom', '@fluentui/*', '../hosts/*', '../../hosts/*'], message: 'src/core must not depend on hosts or UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'window', 'document', 'process', 'Buffer', 'require', 'navigator', 'localStorage'],
    },
  },
);
