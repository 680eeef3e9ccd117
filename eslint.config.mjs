// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test/vscode-host/**', '.vscode-test/**', 'media/codicons/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The analyzer must run outside VS Code (CLI, tests, browsers): no editor API in the core.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure TypeScript; put editor code in src/extension.' }],
        patterns: [{ group: ['fs', 'node:*', 'path', '**/extension/**'], message: 'src/core must not depend on Node or the extension.' }],
      }],
    },
  },
  {
    // The extension is one bundle for both hosts, built for the browser's web worker extension host
    // (dist/extension.js): no Node built-ins; what only Node does comes through platform.ts, installed
    // by the Node host's entry (src/extensionNode.ts).
    files: ['src/extension.ts', 'src/extension/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['fs', 'fs/*', 'path', 'crypto', 'os', 'child_process', 'util', 'buffer', 'node:*', '**/node/**'], message: 'src/extension also runs in a browser: use vscode.workspace.fs, vscode.Uri and Web APIs (or src/extension/platform.ts, see esbuild.js).' }],
      }],
      'no-restricted-globals': ['error', { name: 'Buffer', message: 'Not in the browser extension host: use Uint8Array, TextEncoder/TextDecoder.' }],
    },
  },
  {
    files: ['media/**/*.js', 'esbuild.js', 'scripts/*.js', 'test/vscode-host/*.js'],
    languageOptions: { globals: { window: 'readonly', document: 'readonly', acquireVsCodeApi: 'readonly', require: 'readonly', process: 'readonly', console: 'readonly', __dirname: 'readonly', module: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
