// ESLint flat config. Besides style and correctness, it enforces the layering (where code may run):
//   shared/            pure TypeScript: no electron, no Node built-ins, no DOM, no app layers
//   electron/main/     services in plain Node: never `electron` (only electron/main/shell/ may)
//   electron/preload/  the bridge: electron allowed, no Node built-ins (sandboxed preload)
//   renderer/          never electron, never Node, never electron/ code (types only)
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import { builtinModules } from 'node:module'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)]
const electronRule = {
  name: 'electron',
  message: 'Only electron/main/shell and electron/preload may import electron.',
}
const builtinPaths = (message) => nodeBuiltins.map((name) => ({ name, message }))

export const layering = {
  shared: {
    paths: [
      { name: 'electron', message: 'shared/ is pure TypeScript: no electron.' },
      ...builtinPaths('shared/ is pure TypeScript: no Node built-ins.'),
    ],
    patterns: [
      {
        group: ['**/electron/**', '**/renderer/**'],
        message: 'shared/ must not depend on electron/ or renderer/.',
      },
      { group: ['react', 'react-dom', 'dompurify'], message: 'shared/ must not depend on UI libraries.' },
    ],
  },
  mainServices: {
    paths: [electronRule],
    patterns: [
      { group: ['**/renderer/**'], message: 'main must not depend on renderer/.' },
      {
        group: ['**/shell/**', '**/shell'],
        message: 'services and the CLI run in plain Node: they may not depend on the Electron shell.',
      },
    ],
  },
  preload: {
    paths: builtinPaths('electron/preload is a sandboxed preload: no Node built-ins (only electron).'),
    patterns: [
      {
        group: ['**/main/**'],
        allowTypeImports: true,
        message: 'the preload may import only types from electron/main.',
      },
    ],
  },
  renderer: {
    paths: [
      {
        name: 'electron',
        message: 'renderer/ reaches main only through window.comptoir (the preload bridge).',
      },
      ...builtinPaths('renderer/ runs in a sandboxed page: no Node built-ins.'),
    ],
    patterns: [
      {
        group: ['**/electron/**'],
        allowTypeImports: true,
        message: 'renderer/ may import only types from electron/; use window.comptoir.',
      },
    ],
  },
}

const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'HTMLElement',
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      '.tsbuild/**',
      'node_modules/**',
      'coverage/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', layering.shared],
      'no-restricted-globals': ['error', ...domGlobals, 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/shell/**'],
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-restricted-imports': ['error', layering.mainServices] },
  },
  {
    files: ['electron/preload/**/*.ts'],
    ignores: ['electron/preload/**/*.test.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', layering.preload] },
  },
  {
    files: [
      'electron/main/shell/**/*.ts',
      'electron/preload/**/*.ts',
      'tests/**/*.ts',
      '*.config.{ts,js}',
      '.ci/**/*.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // TanStack Virtual's hook is known to the React Compiler as not memoisable; we don't use the compiler.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', layering.renderer],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Untrusted HTML goes through renderer/src/security/SafeHtml.tsx only.',
        },
      ],
    },
  },
  {
    files: ['renderer/src/security/SafeHtml.tsx'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.node },
  },
)
