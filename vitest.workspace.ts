/**
 * The single list of Vitest projects. Vitest ignores a root `vitest.workspace.ts` on its own,
 * so `vitest.config.ts` imports this list: adding a project here is the one way to add one.
 */
export const projects: string[] = [
  'packages/client/vitest.config.ts',
  'packages/mock-api/vitest.config.ts',
  'packages/react/vitest.config.ts',
  // The dev tenant (OpenID Provider + HTTP API) over real HTTP in Node.
  'apps/dev-tenant/vitest.config.mjs',
  // Every story as a test in real Chromium, with axe checks (a11y.test: 'error').
  '.storybook/vitest.config.ts',
]
