'use client'

import { type MyOrgClient, clientOf } from '@myorg-kit/client'
import { useMemo } from 'react'

import { useMyOrgReady } from './my-org-context.ts'

/**
 * The provider's typed client with every resource, sharing its token, pacing and retries: for
 * hosts that call the API themselves. The kit's own hooks build only the resources they use, so
 * calling this brings every resource into the host's bundle.
 *
 * @example
 * const client = useMyOrgClient()
 * const onExport = async () => { for await (const member of client.members.listAll()) … }
 */
export function useMyOrgClient(): MyOrgClient {
  const { client } = useMyOrgReady()
  return useMemo(() => clientOf(client), [client])
}
