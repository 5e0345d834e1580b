import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/.output/**', '**/.wxt/**', 'core/src/generated/**', '.bench/**', 'schemas/data/**', '**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // The core runs in MV3 extensions and Apps Script: no eval, no host globals.
    files: ['core/src/**/*.ts', 'schemas/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-globals': ['error', 'window', 'document', 'chrome', 'browser', 'Office', 'Excel', 'SpreadsheetApp', 'process', 'require'],
    },
  },
);
