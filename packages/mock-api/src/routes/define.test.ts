import { idpDomainRequestSchema } from '@myorg-kit/client/schemas'
import { describe, expect, it } from 'vitest'

import { json } from '../responses.ts'
import { createMyOrgStore } from '../store.ts'
import { type BaseContext, route } from './define.ts'

/** A request for `route.run`, on a fresh store, naming the first provider at `level`. */
function contextFor(level: 'readonly' | 'full', body?: string): BaseContext {
  const store = createMyOrgStore()
  const idp = store.state.identityProviders.find((candidate) => candidate.access_level === level)
  const url = new URL('https://tenant.example/my-org/identity-providers/x/domains')
  return {
    store,
    state: store.state,
    params: { idp_id: idp?.id ?? '' },
    url,
    request: new Request(url, { method: 'POST', body: body ?? null }),
    now: store.now,
  }
}

const linked = ({ idp }: { idp: { id: string } }) => json(201, { linked: idp.id })
const action = "change this identity provider's domains"

describe('route checks', () => {
  it('answers with the first failing check, in the order the route lists them', async () => {
    const bodyFirst = route({
      checks: ['idp', 'body', 'full-access'],
      body: idpDomainRequestSchema,
      action,
      handle: linked,
    })
    const accessFirst = route({
      checks: ['idp', 'full-access', 'body'],
      body: idpDomainRequestSchema,
      action,
      handle: linked,
    })

    // A read-only provider and a body without `domain`: both checks fail, the order decides.
    const invalid = await bodyFirst.run(contextFor('readonly', '{}'))
    expect(invalid.status).toBe(400)
    expect(await invalid.json()).toMatchObject({
      validation_errors: [{ detail: 'is required', pointer: '/domain' }],
    })
    const refused = await accessFirst.run(contextFor('readonly', '{}'))
    expect(refused.status).toBe(403)
    const { detail } = (await refused.json()) as { detail: string }
    expect(detail).toContain(`You cannot ${action}: its access_level is readonly`)
  })

  it('hands the handler what the checks found once every check passes', async () => {
    const ctx = contextFor('full', JSON.stringify({ domain: 'acme.com' }))
    const response = await route({
      checks: ['idp', 'body', 'full-access'],
      body: idpDomainRequestSchema,
      action,
      handle: ({ idp, body }) => json(201, { idp: idp.id, domain: body.domain }),
    }).run(ctx)
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({ idp: ctx.params.idp_id, domain: 'acme.com' })
  })

  it('refuses a body that is not JSON before any check runs', async () => {
    const ctx = { ...contextFor('full', '{not json'), params: { idp_id: 'con_unknown' } }
    const response = await route({
      checks: ['idp', 'body'],
      body: idpDomainRequestSchema,
      handle: linked,
    }).run(ctx)
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ detail: 'The request body is not valid JSON.' })
  })

  it('refuses, when declared, a check listed before the one it reads', () => {
    expect(() => route({ checks: ['provisioned', 'idp'], handle: linked })).toThrow(
      "Route check 'provisioned' needs 'idp' before it.",
    )
    expect(() =>
      route({
        checks: ['body', 'idp'],
        body: () => idpDomainRequestSchema,
        handle: linked,
      }),
    ).toThrow("Route check 'body' needs 'idp' before it.")
  })

  it('refuses a schema without the body check, and full access without an action', () => {
    expect(() => route({ checks: ['idp'], body: idpDomainRequestSchema, handle: linked })).toThrow(
      "must list the 'body' check",
    )
    // @ts-expect-error: the 'full-access' check needs an action for its 403.
    expect(() => route({ checks: ['idp', 'full-access'], handle: linked })).toThrow(
      'needs an action',
    )
  })
})
