import { QueryClient, type QueryClientConfig } from '@tanstack/react-query'

/**
 * Creates the QueryClient the provider uses when the host passes none.
 *
 * - `staleTime` 30 s: several components showing the same resource share one request, and a
 *   remount does not refetch what was just loaded.
 * - `retry: false` for queries: `@myorg-kit/client` already retries idempotent calls (timeouts,
 *   502/503/504, 429 with `Retry-After`) with backoff; a second retry layer would multiply them.
 * - Mutations are never retried: a retried POST can create a resource twice.
 * - `refetchOnWindowFocus: false`: admin screens change rarely and the per-organization
 *   rate limits are low (2–4 requests per second on the free tier).
 *
 * @example
 * const queryClient = createMyOrgQueryClient()
 * <MyOrgProvider domain="acme.eu.auth0.com" queryClient={queryClient}>…</MyOrgProvider>
 */
export function createMyOrgQueryClient(config: QueryClientConfig = {}): QueryClient {
  return new QueryClient({
    ...config,
    defaultOptions: {
      ...config.defaultOptions,
      queries: {
        staleTime: 30_000,
        retry: false,
        refetchOnWindowFocus: false,
        ...config.defaultOptions?.queries,
      },
      mutations: {
        retry: false,
        ...config.defaultOptions?.mutations,
      },
    },
  })
}
