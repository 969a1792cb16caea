'use client'

import type { QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

import { createMyOrgQueryClient } from './create-query-client.ts'

/**
 * The host's QueryClient, or the provider's own, subscribed to focus and online events while
 * mounted (we never render `<QueryClientProvider>`, which would do this).
 */
export function useMountedQueryClient(host: QueryClient | undefined): QueryClient {
  const [own] = useState(createMyOrgQueryClient)
  const queryClient = host ?? own
  useEffect(() => {
    queryClient.mount()
    return () => {
      queryClient.unmount()
    }
  }, [queryClient])
  return queryClient
}
