import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Layers point down (DESIGN.md): each entry forbids what a layer may not import.
const NODE_ONLY = ['better-sqlite3', 'node-hid', 'usb', 'serialport', 'fastify', '@fastify/*', 'pino', 'electron', 'node:*', 'fs', 'path', 'os', 'crypto', 'child_process'];
const layer = (files, groups, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }] },
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'release/**', 'tests/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  { files: ['renderer/**/*.{ts,tsx}'], plugins: { 'react-hooks': reactHooks }, rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' } },
  layer(['main/domain/**'], ['**/contract/**', '**/store/**', '**/server/**', '**/devices/**', '**/exchange/**', '**/cli/**', '**/app/**', ...NODE_ONLY, 'zod'], 'main/domain is pure: it imports only itself.'),
  layer(['main/contract/**'], ['**/store/**', '**/server/**', '**/devices/**', '**/exchange/**', '**/cli/**', '**/app/**', ...NODE_ONLY], 'main/contract holds schemas only: domain and zod.'),
  layer(['main/store/**'], ['**/server/**', '**/devices/**', '**/exchange/**', '**/cli/**', '**/app/**', 'fastify', 'electron'], 'main/store sits below devices, exchange and server.'),
  layer(['main/devices/**', 'main/exchange/**'], ['**/server/**', '**/cli/**', '**/app/**', 'electron'], 'devices and exchange sit below the server.'),
  layer(['main/server/**'], ['**/cli/**', '**/app/**', 'electron'], 'main/server must run without Electron.'),
  layer(['main/cli/**'], ['**/app/**', 'electron'], 'the hall CLI is plain Node.'),
  layer(['preload/**'], ['**/main/store/**', '**/main/server/**', '**/main/app/**', '**/renderer/**'], 'the preload imports only the contract.'),
  layer(['renderer/**'], ['**/main/store/**', '**/main/server/**', '**/main/app/**', '**/main/cli/**', '**/main/devices/**', '**/main/exchange/**', '**/preload/**', ...NODE_ONLY], 'the renderer imports only main/contract and main/domain.'),
);
