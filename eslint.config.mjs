// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Every file under src/ also forbids classic zod (added to each restriction below, since the last
// matching config object decides a rule's options for a file).
const classicZod = { name: 'zod', message: 'Use zod/mini: the classic API adds ~190 KB to every bundle' };
const vscodeOutsideAdapter = { name: 'vscode', message: 'Only src/adapter and src/extension.ts may import vscode.' };
const noVscode = {
  'no-restricted-imports': ['error', { paths: [vscodeOutsideAdapter, classicZod] }],
};
const webviewVscode = { name: 'vscode', message: 'The webview runs in a browser: talk to the host through src/shared/protocol.' };
const webviewPatterns = [
  { group: ['node:*', 'fs', 'path', 'child_process', 'os'], message: 'No Node built-ins in the webview.' },
  { group: ['@vscode/webview-ui-toolkit', '@vscode/webview-ui-toolkit/*'], message: 'Import the toolkit only in src/webview/ui/components.ts.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'artifacts/**', 'tmp/**', 'demo/**', '**/*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './tsconfig.test.json', './src/webview/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      curly: 'error',
      eqeqeq: 'error',
    },
  },
  { files: ['src/domain/**/*.ts', 'src/shared/**/*.ts', 'src/cli/**/*.ts', 'src/io/**/*.ts'], rules: noVscode },
  {
    files: ['src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [webviewVscode, classicZod],
          patterns: webviewPatterns,
        },
      ],
    },
  },
  {
    files: ['src/webview/ui/components.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'vscode', message: 'The webview runs in a browser.' }, classicZod] }],
    },
  },
  { files: ['src/adapter/**/*.ts', 'src/extension.ts'], rules: { 'no-restricted-imports': ['error', { paths: [classicZod] }] } },
  // TEMPORARY: the wizard's files are still being moved to zod/mini by another helper; they keep their
  // other restrictions but may import classic zod. Remove these two entries once they are on zod/mini.
  {
    files: ['src/domain/wizard/**/*.ts', 'src/shared/wizardProtocol.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [vscodeOutsideAdapter] }] },
  },
  { files: ['src/webview/wizard/**/*.ts'], rules: { 'no-restricted-imports': ['error', { paths: [webviewVscode], patterns: webviewPatterns }] } },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', require: 'readonly', module: 'writable', __dirname: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', fetch: 'readonly', URL: 'readonly', Buffer: 'readonly', window: 'readonly', document: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
