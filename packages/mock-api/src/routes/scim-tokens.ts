/**
 * SCIM tokens of a provisioned identity provider: list, create (the plaintext is returned once
 * and only its hash is kept), revoke.
 */
import { createScimTokenRequestSchema } from '@myorg-kit/client/schemas'

import { randomAlphanumeric, randomId } from '../ids.ts'
import { badRequest, json, noContent } from '../responses.ts'
import { scimTokenScopes } from '../seed/provisioning.ts'
import { type RouteTable, route } from './define.ts'

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

export const scimTokenRoutes = {
  listScimTokens: route({
    checks: ['idp', 'provisioned'],
    handle: ({ state, idp }) =>
      json(200, {
        scim_tokens: state.scimTokens
          .filter((token) => token.identity_provider_id === idp.id)
          .map(({ token_id, created_at, valid_until, scopes }) => ({
            token_id,
            ...(scopes ? { scopes: [...scopes] } : {}),
            created_at,
            ...(valid_until ? { valid_until } : {}),
          })),
      }),
  }),

  createScimToken: route({
    // The body is checked before provisioning, unlike the other provisioning routes.
    checks: ['idp', 'body', 'provisioned', 'full-access'],
    body: createScimTokenRequestSchema,
    action: 'create SCIM tokens for this identity provider',
    handle: async ({ state, idp, body, now }) => {
      const existing = state.scimTokens.filter((token) => token.identity_provider_id === idp.id)
      const cap = state.maxScimTokensPerIdentityProvider
      if (cap !== null && existing.length >= cap) {
        return badRequest(
          `This identity provider already has ${existing.length} SCIM token${existing.length === 1 ? '' : 's'}, the most allowed (${cap}). Delete one before creating another.`,
        )
      }
      const plaintext = randomAlphanumeric(64)
      const created = now()
      const lifetime = body.token_lifetime
      const token = {
        token_id: randomId('tok'),
        scopes: [...scimTokenScopes],
        created_at: new Date(created).toISOString(),
        ...(lifetime === undefined
          ? {}
          : { valid_until: new Date(created + lifetime * 1000).toISOString() }),
      }
      state.scimTokens.push({
        ...token,
        identity_provider_id: idp.id,
        token_hash: await sha256Hex(plaintext),
      })
      return json(201, { ...token, token: plaintext })
    },
  }),

  deleteScimToken: route({
    // The token must exist before access is judged: an unknown token is 404 even when readonly.
    checks: ['idp', 'provisioned', 'scim-token', 'full-access'],
    action: 'revoke SCIM tokens of this identity provider',
    handle: ({ state, idp, scimToken }) => {
      state.scimTokens = state.scimTokens.filter(
        (token) =>
          !(token.identity_provider_id === idp.id && token.token_id === scimToken.token_id),
      )
      return noContent()
    },
  }),
} satisfies Partial<RouteTable>
