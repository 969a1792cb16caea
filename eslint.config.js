// @ts-check
import js from '@eslint/js'
import pluginQuery from '@tanstack/eslint-plugin-query'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** Only `ui/dialog.tsx` may make a dialog: every other one composes it (one modal behaviour). */
const dialogRules = [
  {
    selector: "JSXAttribute[name.name='aria-modal']",
    message: 'Dialogs come from ui/dialog.tsx (Dialog / ConfirmDialog); do not set aria-modal.',
  },
  {
    selector: "JSXAttribute[name.name='role'][value.value=/^(alert)?dialog$/]",
    message:
      'Dialogs come from ui/dialog.tsx (Dialog / ConfirmDialog); do not hand-roll role=dialog.',
  },
  {
    selector: "MemberExpression[property.name='showModal']",
    message: 'Only ui/dialog.tsx opens a modal dialog.',
  },
]

/** Views render; data work lives in src/api hooks (one place for keys, invalidation and secrets). */
const viewDataRules = [
  {
    selector:
      'CallExpression[callee.name=/^use(Query|Queries|InfiniteQuery|SuspenseQuery|Mutation|QueryClient)$/]',
    message: 'Components do not build queries or mutations: add or use a hook in src/api.',
  },
  {
    selector: "MemberExpression[property.name='client']",
    message: 'Components do not call the client: add or use a hook in src/api.',
  },
]

/** Source files (not tests, stories, texts or fixtures) stay small. */
const sourceFiles = ['packages/*/src/**/*.{ts,tsx,mjs}', 'apps/*/src/**/*.{ts,tsx,mjs}']
const notSource = [
  '**/*.test.*',
  '**/*.stories.*',
  '**/*.messages.ts',
  '**/locales/**',
  '**/test-fixtures/**',
  '**/test/**',
]

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/storybook-static/**',
      '**/.artifacts/**',
      '**/mockServiceWorker.js',
      '**/.next/**',
      '**/next-env.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unnecessary-condition': [
        'error',
        { allowConstantLoopConditions: true },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: [
      'packages/react/**/*.{ts,tsx}',
      'apps/demo/**/*.{ts,tsx}',
      'apps/next-host/**/*.{ts,tsx}',
      '.storybook/**/*.{ts,tsx}',
    ],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  ...pluginQuery.configs['flat/recommended'],
  {
    // Option factories take the provider's context: its transport is one per API and
    // organization, and its keyScope (API + organization) starts every key, so neither needs
    // listing again. Every other variable a query function reads must still be in its key.
    rules: {
      '@tanstack/query/exhaustive-deps': [
        'error',
        { allowlist: { types: ['MyOrgQueryContext', 'MyOrgContextValue'] } },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', '**/test/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    files: ['scripts/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: sourceFiles,
    ignores: notSource,
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': [
        'error',
        { max: 120, skipBlankLines: true, skipComments: true, IIFEs: true },
      ],
    },
  },
  {
    files: [
      'packages/react/**/*.{ts,tsx}',
      'apps/demo/src/**/*.{ts,tsx}',
      '.storybook/**/*.{ts,tsx}',
    ],
    ignores: ['packages/react/src/ui/dialog.tsx', 'packages/react/test/dialog-polyfill.ts'],
    rules: { 'no-restricted-syntax': ['error', ...dialogRules] },
  },
  {
    files: ['packages/react/src/components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.*', '**/*.stories.*'],
    rules: { 'no-restricted-syntax': ['error', ...dialogRules, ...viewDataRules] },
  },
)
