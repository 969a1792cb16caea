import { MyOrgResponseValidationError, createMyOrgClient } from '@myorg-kit/client'
import { describe, expect, it } from 'vitest'

import { createMyOrgHandler } from './handler.ts'
import { hostileIds, hostileSeed, hostileStrings } from './seed/hostile.ts'
import { createMyOrgStore } from './store.ts'
import { createMockAccessToken } from './tokens.ts'

function hostileClient() {
  const handler = createMyOrgHandler({ store: createMyOrgStore(hostileSeed()) })
  const token = createMockAccessToken()
  return createMyOrgClient({
    baseUrl: 'https://tenant.example/my-org',
    getAccessToken: () => Promise.resolve(token),
    rateLimits: false,
    retry: { maxRetries: 0 },
    fetch: (input, init) => handler(new Request(input, init)),
  })
}

describe('hostileSeed', () => {
  it('serves details the client accepts, hostile in every field', async () => {
    const details = await hostileClient().details.get()
    expect(details.display_name).toContain(hostileStrings.html)
    expect(details.display_name?.length).toBeGreaterThan(5000)
    expect(details.branding?.logo_url).toBe(hostileStrings.javascriptUrl)
    expect(details.branding?.colors?.primary).toBe(hostileStrings.cssUrl)
  })

  it('has valid and contract-breaking records in each list', async () => {
    const client = hostileClient()
    const domains = await client.domains.list()
    expect(domains.organization_domains).toHaveLength(2)
    expect(domains.skipped?.count).toBe(3)
    const providers = await client.identityProviders.list()
    expect(providers.map((idp) => idp.id)).toEqual([
      hostileIds.okta,
      hostileIds.saml,
      hostileIds.oidc,
      hostileIds.unknown,
    ])
    expect(providers.skipped?.count).toBe(1)
    const tokens = await client.identityProviders.provisioning.scimTokens.list(hostileIds.okta)
    expect(tokens).toHaveLength(2)
    expect(tokens.skipped?.error).toBeInstanceOf(MyOrgResponseValidationError)
    const provisioning = await client.identityProviders.provisioning.get(hostileIds.okta)
    expect(provisioning.created_at).toBe('not-a-date')
    expect(provisioning.attributes.some((a) => a.provisioning_field.length > 2000)).toBe(true)
  })
})
