/**
 * Cache writes for domains: a write whose response carries the new state puts it into the
 * domain's query and the loaded list pages instead of refetching them.
 */
import type { DomainPage, OrgDomain } from '@myorg-kit/client'
import type { QueryClient } from '@tanstack/react-query'

import { mapListedItems } from './cursor-pages.ts'
import { type MyOrgKeyScope, myOrgKeys } from './query-keys.ts'
import type { CursorPages } from './use-my-org-infinite-query.ts'

/** Rewrites the domains of every loaded list page. */
function mapListedDomains(
  client: QueryClient,
  scope: MyOrgKeyScope,
  map: (domains: OrgDomain[]) => OrgDomain[],
): void {
  mapListedItems<DomainPage, 'organization_domains'>(
    client,
    myOrgKeys.domainLists(scope),
    'organization_domains',
    map,
  )
}

/** Writes a domain the API just returned into its query and every loaded list page. */
export function writeDomain(client: QueryClient, scope: MyOrgKeyScope, domain: OrgDomain): void {
  client.setQueryData(myOrgKeys.domain(scope, domain.id), domain)
  writeListedDomain(client, scope, domain)
}

/** Writes a domain into every loaded page of the domain lists (its row's status badge). */
export function writeListedDomain(
  client: QueryClient,
  scope: MyOrgKeyScope,
  domain: OrgDomain,
): void {
  mapListedDomains(client, scope, (domains) =>
    domains.map((item) => (item.id === domain.id ? domain : item)),
  )
}

/** Every domain a loaded copy knows: the domains' own queries and the list pages. */
function cachedDomains(client: QueryClient, scope: MyOrgKeyScope): OrgDomain[] {
  const own = client
    .getQueriesData<OrgDomain>({ queryKey: myOrgKeys.domainDetails(scope) })
    .map(([, domain]) => domain)
  const listed = client
    .getQueriesData<CursorPages<DomainPage>>({ queryKey: myOrgKeys.domainLists(scope) })
    .flatMap(([, data]) => data?.pages.flatMap((page) => page.organization_domains) ?? [])
  return [...own, ...listed].filter((domain): domain is OrgDomain => domain !== undefined)
}

/**
 * The ids of the named domains, from the loaded copies; `undefined` when one of them is not
 * loaded (then the caller cannot narrow to those domains).
 */
export function cachedDomainIds(
  client: QueryClient,
  scope: MyOrgKeyScope,
  names: readonly string[],
): Set<string> | undefined {
  const known = cachedDomains(client, scope)
  const ids = new Set<string>()
  for (const name of names) {
    const found = known.find((domain) => domain.domain === name)
    if (!found) {
      return undefined
    }
    ids.add(found.id)
  }
  return ids
}

/** The name of a cached domain (its own query, else a list page), if any copy is loaded. */
export function cachedDomainName(
  client: QueryClient,
  scope: MyOrgKeyScope,
  domainId: string,
): string | undefined {
  return cachedDomains(client, scope).find((domain) => domain.id === domainId)?.domain
}

/** Forgets a deleted domain: its queries go and it leaves every loaded list page. */
export function removeDomain(client: QueryClient, scope: MyOrgKeyScope, domainId: string): void {
  client.removeQueries({ queryKey: myOrgKeys.domain(scope, domainId) })
  client.removeQueries({ queryKey: myOrgKeys.domainIdentityProviders(scope, domainId) })
  mapListedDomains(client, scope, (domains) => domains.filter((item) => item.id !== domainId))
}
