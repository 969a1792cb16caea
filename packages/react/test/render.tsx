/**
 * Render helpers: a fresh `<MyOrgProvider>` and QueryClient per render, a counting token getter
 * that returns mock tokens (the mock API reads their `scope` and `org_id`).
 */
import { createMockAccessToken, permissionSets, seedOrganizationId } from '@myorg-kit/mock-api'
import { type RenderResult, render } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import type { ReactElement, ReactNode } from 'react'
import { type Mock, vi } from 'vitest'

import {
  type MyOrgGetAccessToken,
  MyOrgProvider,
  type MyOrgProviderProps,
} from '../src/provider/my-org-provider.tsx'
import { createMyOrgQueryClient } from '../src/provider/create-query-client.ts'

/** The tenant domain every test talks to (MSW serves `https://tenant.example/my-org/*`). */
export const testDomain = 'tenant.example'
/** The audience the provider must ask for. */
export const testAudience = `https://${testDomain}/my-org/`

/** Options of {@link renderWithMyOrg}. */
export interface RenderWithMyOrgOptions {
  /** Scopes of the mock token. @default every scope (admin) */
  scopes?: readonly string[]
  /** `org_id` of the mock token. @default the mock store's organization */
  tokenOrgId?: string
  /** Replace the counting getter. */
  getAccessToken?: MyOrgGetAccessToken
  queryClient?: QueryClient
  /** Any other provider prop. */
  providerProps?: Partial<Omit<MyOrgProviderProps, 'children'>>
}

/** The result: RTL's, plus the token getter (to count calls) and the QueryClient. */
export interface RenderWithMyOrgResult extends RenderResult {
  getAccessToken: Mock<MyOrgGetAccessToken>
  queryClient: QueryClient
  /** Re-render with other provider props (same QueryClient and getter). */
  rerenderWithProps: (props: Partial<Omit<MyOrgProviderProps, 'children'>>, ui?: ReactNode) => void
}

/** A counting getter that returns a fresh mock token with the given scopes. */
export function createTokenGetter(
  scopes: readonly string[] = permissionSets.admin,
  orgId: string = seedOrganizationId,
): Mock<MyOrgGetAccessToken> {
  return vi.fn<MyOrgGetAccessToken>(({ audience }) =>
    Promise.resolve(createMockAccessToken({ scopes, orgId, audience })),
  )
}

/** Renders `ui` inside a fresh provider (own QueryClient, pacing off). */
export function renderWithMyOrg(
  ui: ReactElement,
  options: RenderWithMyOrgOptions = {},
): RenderWithMyOrgResult {
  const queryClient = options.queryClient ?? createMyOrgQueryClient()
  const getAccessToken = (options.getAccessToken ??
    createTokenGetter(options.scopes, options.tokenOrgId)) as Mock<MyOrgGetAccessToken>
  let currentProps: Partial<Omit<MyOrgProviderProps, 'children'>> = options.providerProps ?? {}
  let currentUi: ReactNode = ui
  const tree = () => (
    <MyOrgProvider
      domain={testDomain}
      getAccessToken={getAccessToken}
      queryClient={queryClient}
      rateLimits={false}
      {...currentProps}
    >
      {currentUi}
    </MyOrgProvider>
  )
  const result = render(tree())
  return {
    ...result,
    getAccessToken,
    queryClient,
    rerenderWithProps(props, nextUi) {
      currentProps = { ...currentProps, ...props }
      if (nextUi !== undefined) {
        currentUi = nextUi
      }
      result.rerender(tree())
    },
  }
}
