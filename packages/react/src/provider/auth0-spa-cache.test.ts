/**
 * The provider's token economy rests on one behaviour of the real auth0-spa-js: a token
 * granted FEWER scopes than were requested is cached under the requested scope string and
 * served from the cache for that string (and any subset) without another token request.
 * This drives the real Auth0Client through a PKCE code exchange against an MSW token endpoint
 * that grants only part of the scopes, then counts token requests.
 */
import { Auth0Client } from '@auth0/auth0-spa-js'
import { HttpResponse, http } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'

import { server } from '../../test/server.ts'

const DOMAIN = 'tenant.example.com'
const CLIENT_ID = 'spa-client-id'
const AUDIENCE = `https://${DOMAIN}/my-org/`
const REQUESTED =
  'read:my_org:details update:my_org:details read:my_org:domains create:my_org:domains'
const GRANTED = 'read:my_org:details read:my_org:domains'

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
const unsignedJwt = (payload: object) =>
  `${base64url({ alg: 'RS256', typ: 'JWT' })}.${base64url(payload)}.c2ln`

const tokenRequests: URLSearchParams[] = []
let nonce = ''
const tokenEndpoint = http.post(`https://${DOMAIN}/oauth/token`, async ({ request }) => {
  const body = new URLSearchParams(await request.text())
  tokenRequests.push(body)
  const now = Math.floor(Date.now() / 1000)
  return HttpResponse.json({
    access_token: unsignedJwt({
      iss: `https://${DOMAIN}/`,
      aud: AUDIENCE,
      scope: GRANTED,
      exp: now + 600,
    }),
    id_token: unsignedJwt({
      iss: `https://${DOMAIN}/`,
      aud: CLIENT_ID,
      sub: 'auth0|admin',
      nonce,
      iat: now,
      exp: now + 600,
    }),
    scope: GRANTED,
    expires_in: 600,
    token_type: 'Bearer',
  })
})

beforeEach(() => {
  tokenRequests.length = 0
  server.use(tokenEndpoint)
})

async function logIn(): Promise<Auth0Client> {
  const client = new Auth0Client({
    domain: DOMAIN,
    clientId: CLIENT_ID,
    authorizationParams: {
      audience: AUDIENCE,
      scope: REQUESTED,
      redirect_uri: 'https://app.example.com/',
    },
  })
  let authorizeUrl = ''
  await client.loginWithRedirect({
    openUrl: (url) => {
      authorizeUrl = url
    },
  })
  const authorize = new URL(authorizeUrl)
  nonce = authorize.searchParams.get('nonce') ?? ''
  const state = authorize.searchParams.get('state') ?? ''
  await client.handleRedirectCallback(
    `https://app.example.com/?code=the-code&state=${encodeURIComponent(state)}`,
  )
  return client
}

describe('auth0-spa-js 2.27 cache with a partial grant', () => {
  it('serves the requested scope string from cache after the server granted only some scopes', async () => {
    const client = await logIn()
    expect(tokenRequests).toHaveLength(1)

    const union = await client.getTokenSilently({
      authorizationParams: { audience: AUDIENCE, scope: REQUESTED },
      detailedResponse: true,
    })
    // A subset, and a scope that was refused, are cache hits too.
    const subset = await client.getTokenSilently({
      authorizationParams: { audience: AUDIENCE, scope: 'read:my_org:details' },
      detailedResponse: true,
    })
    const refused = await client.getTokenSilently({
      authorizationParams: { audience: AUDIENCE, scope: 'update:my_org:details' },
      detailedResponse: true,
    })

    expect(tokenRequests).toHaveLength(1)
    // The granted set is what the caller learns, on every hit.
    expect(union?.scope).toBe(GRANTED)
    expect(subset?.access_token).toBe(union?.access_token)
    expect(refused?.access_token).toBe(union?.access_token)
    expect(refused?.scope).toBe(GRANTED)
  })
})
