import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const noDynamicCode = {
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
};

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'out/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      ...noDynamicCode,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: imported names are hostile.' },
        { selector: "NewExpression[callee.name='Function']", message: 'No dynamic code.' },
      ],
    },
  },
  {
    // The page's one plain script (run before the bundle, see its header): a browser script, not a module.
    files: ['renderer/public/*.js'],
    languageOptions: { sourceType: 'script', globals: { window: 'readonly', performance: 'readonly' } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // shared/ is pure domain code: nothing from Node, the DOM shell, Electron or React.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'shared/ must stay pure.' },
            { group: ['electron', 'react', 'react-dom', 'cytoscape', 'lowdb', 'lowdb/*'], message: 'shared/ must stay pure.' },
          ],
        },
      ],
    },
  },
  {
    // Raw IPC lives in exactly one file on each side.
    files: ['**/*.{ts,tsx}'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/index.ts', 'test/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'electron', property: 'ipcMain', message: 'Only electron/main/ipc.ts uses ipcMain.' },
        { object: 'electron', property: 'ipcRenderer', message: 'Only the preload uses ipcRenderer.' },
      ],
    },
  },
);
