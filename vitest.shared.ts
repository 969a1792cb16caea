import { defaultClientConditions, defaultServerConditions } from 'vite'

/** Resolve workspace packages to their TypeScript sources (the `@myorg-kit/source` export condition). */
export const sourceConditions = {
  resolve: { conditions: ['@myorg-kit/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@myorg-kit/source', ...defaultServerConditions] } },
}
