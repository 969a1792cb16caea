// The dev tenant over real HTTP (Node's fetch, no browser): the OP's code flow with PKCE and
// refresh tokens, the API's JWT checks, scopes, CORS and rate limits. The browser side (spa-js,
// CORS enforcement) is scripts/e2e-local.mjs.
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto'

import { SignJWT, decodeJwt, importJWK } from 'jose'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startDevTenant } from './index.mjs'

const APP = 'http://localhost:5999'
/** A regular web app (a Next.js server): its own origin and a confidential client. */
const WEB = 'http://localhost:5998'
/** @type {import('./index.mjs').DevTenant} */
let tenant

beforeAll(async () => {
  tenant = await startDevTenant({ appOrigins: [APP], webApps: [{ origin: WEB }] })
})
afterAll(async () => {
  await tenant.close()
})
beforeEach(() => {
  tenant.control.reset()
})

const base64url = (/** @type {Buffer} */ buffer) => buffer.toString('base64url')

/**
 * How the app redeems the code: the SPA as a public client (auth0-spa-js), or a web app's server
 * with its client secret (nextjs-auth0 sends it in the body).
 * @typedef {{ clientId: string, redirectUri: string, secret?: string }} FlowClient
 */

/** @returns {FlowClient} */
const spa = () => ({ clientId: tenant.clientId, redirectUri: APP })
/** @returns {FlowClient} */
const web = () => {
  const [client] = tenant.webClients
  if (!client) throw new Error('the tenant has no web client')
  return {
    clientId: client.clientId,
    redirectUri: String(client.redirectUris[0]),
    secret: client.clientSecret,
  }
}

/**
 * The authorization code flow as auth0-spa-js (or nextjs-auth0) runs it, with a cookie jar and
 * manual redirects.
 * @param {{ username: string, password: string }} user
 * @param {string} [extraScope]
 * @param {FlowClient} [client]
 */
async function codeFlow(user, extraScope = '', client = spa()) {
  /** @type {Map<string, string>} */
  const jar = new Map()
  const cookieHeader = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
  /** @param {string} url @param {RequestInit} [init] */
  async function go(url, init = {}) {
    const response = await fetch(new URL(url, tenant.origin), {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie: cookieHeader() },
    })
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';')
      const index = pair.indexOf('=')
      jar.set(pair.slice(0, index), pair.slice(index + 1))
    }
    return response
  }

  const verifier = base64url(randomBytes(32))
  const challenge = base64url(createHash('sha256').update(verifier).digest())
  const query = new URLSearchParams({
    client_id: client.clientId,
    redirect_uri: client.redirectUri,
    response_type: 'code',
    response_mode: 'query',
    scope: `openid profile email read:my_org:details create:my_org:domains ${extraScope}`.trim(),
    audience: tenant.audience,
    state: 'state-1',
    nonce: 'nonce-1',
    code_challenge: challenge,
    code_challenge_method: 'S256',
  })
  let response = await go(`/authorize?${query}`)
  let code
  for (let hop = 0; hop < 10 && !code; hop += 1) {
    expect([302, 303]).toContain(response.status)
    const location = new URL(String(response.headers.get('location')), tenant.origin)
    if (location.origin === new URL(client.redirectUri).origin) {
      code = location.searchParams.get('code')
      break
    }
    response = await go(location.href)
    if (response.status === 200 && location.pathname.startsWith('/interaction/')) {
      expect(await response.text()).toContain('Sign in to Acme Corp')
      response = await go(`${location.pathname}/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ username: user.username, password: user.password }).toString(),
      })
      if (response.status === 401) {
        return { refused: await response.text() }
      }
    }
  }
  expect(code).toBeTruthy()
  const token = await fetch(`${tenant.origin}/oauth/token`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(client.secret ? {} : { origin: APP }), // a server sends no Origin
    },
    body: new URLSearchParams({
      client_id: client.clientId,
      ...(client.secret ? { client_secret: client.secret } : {}),
      code_verifier: verifier,
      grant_type: 'authorization_code',
      code: String(code),
      redirect_uri: client.redirectUri,
    }).toString(),
  })
  expect(token.status).toBe(200)
  if (!client.secret) {
    expect(token.headers.get('access-control-allow-origin')).toBe(APP)
  }
  return /** @type {{ access_token: string, refresh_token?: string, scope?: string, id_token: string, refused?: string }} */ (
    await token.json()
  )
}

const admin = () => tenant.users[0]
const member = () => tenant.users[1]
const nobody = () => tenant.users[2]

/** @param {string} path @param {string | undefined} token @param {RequestInit} [init] */
function api(path, token, init = {}) {
  return fetch(`${tenant.origin}/my-org${path}`, {
    ...init,
    headers: {
      origin: APP,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...init.headers,
    },
  })
}

describe('OpenID Provider', () => {
  it('issues an RS256 JWT access token for the API audience with the role’s scopes and org_id', async () => {
    const tokens = await codeFlow(admin())
    const claims = decodeJwt(tokens.access_token)
    expect(claims.aud).toBe(tenant.audience)
    expect(claims.iss).toBe(`${tenant.origin}/`)
    expect(claims.org_id).toBe(tenant.organization.id)
    expect(String(claims.scope).split(' ')).toEqual([
      'read:my_org:details',
      'create:my_org:domains',
    ])
    const idToken = decodeJwt(tokens.id_token)
    expect(idToken).toMatchObject({ aud: tenant.clientId, nonce: 'nonce-1', name: 'Dana Reyes' })
    expect(idToken.org_id).toBe(tenant.organization.id)
  })

  it('grants a member only the read scopes they asked for, and nobody none at all', async () => {
    const memberClaims = decodeJwt((await codeFlow(member())).access_token)
    expect(memberClaims.scope).toBe('read:my_org:details')
    const noneClaims = decodeJwt((await codeFlow(nobody())).access_token)
    expect(noneClaims.aud).toBe(tenant.audience)
    expect(noneClaims.scope).toBeUndefined()
  })

  it('returns a refresh token for offline_access, and the refresh grant issues a new JWT', async () => {
    const tokens = await codeFlow(admin(), 'offline_access')
    expect(tokens.refresh_token).toBeTruthy()
    const refreshed = await fetch(`${tenant.origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP },
      body: new URLSearchParams({
        client_id: tenant.clientId,
        grant_type: 'refresh_token',
        refresh_token: String(tokens.refresh_token),
        redirect_uri: APP,
      }).toString(),
    })
    expect(refreshed.status).toBe(200)
    const body = /** @type {{ access_token: string, refresh_token: string }} */ (
      await refreshed.json()
    )
    expect(decodeJwt(body.access_token).aud).toBe(tenant.audience)
    expect(body.access_token).not.toBe(tokens.access_token)
    expect((await api('/details', body.access_token)).status).toBe(200)
  })

  it('refuses a wrong password with the form again and an explanation', async () => {
    const result = await codeFlow({ ...admin(), password: 'not-the-password' })
    expect(result.refused).toContain('Wrong email or password.')
    expect(result.refused).toContain('id="username"')
  })
})

/**
 * The refresh grant as a web app's server sends it (client secret in the body).
 * @param {string} refreshToken
 * @param {FlowClient} client
 */
async function refreshAsServer(refreshToken, client) {
  const response = await fetch(`${tenant.origin}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: client.clientId,
      client_secret: String(client.secret),
      grant_type: 'refresh_token',
      refresh_token: refreshToken,
    }).toString(),
  })
  return {
    status: response.status,
    body: /** @type {{ access_token: string, refresh_token?: string, expires_in: number, error?: string }} */ (
      await response.json()
    ),
  }
}

describe('a regular web app (confidential client with a secret)', () => {
  it('gets the same API token as the SPA, a refresh token, and refreshes with its secret', async () => {
    const client = web()
    expect(client.redirectUri).toBe(`${WEB}/auth/callback`)
    const tokens = await codeFlow(admin(), 'offline_access', client)
    const claims = decodeJwt(tokens.access_token)
    expect(claims).toMatchObject({
      aud: tenant.audience,
      iss: `${tenant.origin}/`,
      org_id: tenant.organization.id,
      client_id: client.clientId,
    })
    expect(String(claims.scope).split(' ')).toEqual([
      'read:my_org:details',
      'create:my_org:domains',
    ])
    expect(decodeJwt(tokens.id_token)).toMatchObject({ aud: client.clientId, name: 'Dana Reyes' })
    expect(tokens.refresh_token).toBeTruthy()

    const refreshed = await refreshAsServer(String(tokens.refresh_token), client)
    expect(refreshed.status).toBe(200)
    expect(decodeJwt(refreshed.body.access_token)).toMatchObject({
      aud: tenant.audience,
      scope: 'read:my_org:details create:my_org:domains',
    })
    expect((await api('/details', refreshed.body.access_token)).status).toBe(200)
    const mine = tenant.grants.filter((grant) => grant.clientId === client.clientId)
    expect(mine.map((grant) => grant.grantType).slice(-2)).toEqual([
      'authorization_code',
      'refresh_token',
    ])
  })

  it('refuses a wrong or missing secret, and a callback it did not register', async () => {
    const client = web()
    const tokens = await codeFlow(admin(), 'offline_access', client)
    const wrong = await refreshAsServer(String(tokens.refresh_token), {
      ...client,
      secret: 'not-the-secret',
    })
    expect(wrong.status).toBe(401)
    expect(wrong.body.error).toBe('invalid_client')
    const missing = await fetch(`${tenant.origin}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: client.clientId,
        grant_type: 'refresh_token',
        refresh_token: String(tokens.refresh_token),
      }).toString(),
    })
    expect(missing.status).toBe(401)

    const elsewhere = await fetch(
      `${tenant.origin}/authorize?${new URLSearchParams({
        client_id: client.clientId,
        redirect_uri: `${WEB}/elsewhere`,
        response_type: 'code',
        scope: 'openid',
        code_challenge: 'x'.repeat(43),
        code_challenge_method: 'S256',
      })}`,
      { redirect: 'manual' },
    )
    expect(elsewhere.status).toBe(400)
    expect(await elsewhere.text()).toContain('redirect_uri')
  })

  it('issues short-lived access tokens while the control switch says so, and long ones after a reset', async () => {
    const client = web()
    tenant.control.setAccessTokenTtl(2)
    const tokens = await codeFlow(admin(), 'offline_access', client)
    const claims = decodeJwt(tokens.access_token)
    expect(Number(claims.exp) - Number(claims.iat)).toBe(2)

    const control = await fetch(`${tenant.origin}/__dev/control`, {
      method: 'POST',
      body: JSON.stringify({ accessTokenTtl: 5 }),
    })
    expect(control.status).toBe(200)
    const refreshed = await refreshAsServer(String(tokens.refresh_token), client)
    expect(refreshed.body.expires_in).toBe(5)

    const bad = await fetch(`${tenant.origin}/__dev/control`, {
      method: 'POST',
      body: JSON.stringify({ accessTokenTtl: 0 }),
    })
    expect(bad.status).toBe(400)
    expect(tenant.control.accessTokenTtl).toBe(5)

    tenant.control.reset()
    const after = decodeJwt((await codeFlow(admin(), '', client)).access_token)
    expect(Number(after.exp) - Number(after.iat)).toBe(3600)
  })
})

describe('My Organization API', () => {
  it('serves the mock store to a valid token, with CORS headers', async () => {
    const { access_token } = await codeFlow(admin())
    const response = await api('/details', access_token)
    expect(response.status).toBe(200)
    expect(response.headers.get('access-control-allow-origin')).toBe(APP)
    expect(await response.json()).toMatchObject({ display_name: 'Acme Corp' })
  })

  it('refuses missing, tampered, foreign-key and expired tokens with 401 and exposed headers', async () => {
    const { access_token } = await codeFlow(admin())
    const missing = await api('/details', undefined)
    expect(missing.status).toBe(401)
    expect(missing.headers.get('www-authenticate')).toBe('Bearer realm="my-org"')
    expect(missing.headers.get('access-control-allow-origin')).toBe(APP)
    expect(missing.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate')

    const [header, payload, signature] = access_token.split('.')
    const forged = Buffer.from(
      JSON.stringify({ ...decodeJwt(access_token), scope: 'delete:my_org:organizations' }),
    ).toString('base64url')
    const tampered = await api('/details', `${header}.${forged}.${signature}`)
    expect(tampered.status).toBe(401)
    expect(tampered.headers.get('www-authenticate')).toContain('invalid_token')
    expect(payload).toBeTruthy()

    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const foreignKey = await importJWK(
      { ...privateKey.export({ format: 'jwk' }), alg: 'RS256' },
      'RS256',
    )
    const foreign = await new SignJWT({ ...decodeJwt(access_token) })
      .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'dev-tenant-rs256' })
      .sign(foreignKey)
    const foreignResponse = await api('/details', foreign)
    expect(foreignResponse.status).toBe(401)
    expect(await foreignResponse.text()).toContain('ERR_JWS_SIGNATURE_VERIFICATION_FAILED')

    tenant.control.expireAccessTokens()
    const expired = await api('/details', access_token)
    expect(expired.status).toBe(401)
    expect(expired.headers.get('www-authenticate')).toContain('expired')
  })

  it('enforces scopes: 403 insufficient_scope for a member’s write', async () => {
    const { access_token } = await codeFlow(member())
    const response = await api('/domains', access_token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ domain: 'member-try.io' }),
    })
    expect(response.status).toBe(403)
    expect(response.headers.get('www-authenticate')).toContain('insufficient_scope')
    expect(response.headers.get('access-control-allow-origin')).toBe(APP)
    expect(tenant.store.findDomainByName('member-try.io')).toBeUndefined()
  })

  it('answers preflights for allowed origins only, and follows the allow-list at run time', async () => {
    const preflight = (/** @type {string} */ origin) =>
      fetch(`${tenant.origin}/my-org/details`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization',
        },
      })
    const allowed = await preflight(APP)
    expect(allowed.headers.get('access-control-allow-origin')).toBe(APP)
    expect(allowed.headers.get('access-control-allow-headers')).toBe('authorization')
    expect(allowed.headers.get('access-control-max-age')).toBe('0')
    const other = await preflight('http://localhost:6001')
    expect(other.headers.get('access-control-allow-origin')).toBeNull()

    tenant.control.setAllowedOrigins([])
    expect((await preflight(APP)).headers.get('access-control-allow-origin')).toBeNull()
    const error = await api('/details', undefined)
    expect(error.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('rate-limits per organization by tier with the real 429 body and headers', async () => {
    const { access_token } = await codeFlow(admin())
    tenant.control.setTier({ read: 1, write: 1 })
    expect((await api('/details', access_token)).status).toBe(200)
    const limited = await api('/details', access_token)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('1')
    expect(limited.headers.get('x-ratelimit-limit')).toBe('1')
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0')
    expect(limited.headers.get('access-control-allow-origin')).toBe(APP)
    expect(limited.headers.get('access-control-expose-headers')).toContain('Retry-After')
    expect(await limited.json()).toMatchObject({
      status: 429,
      type: 'https://auth0.com/api-errors#A0E-429-0003',
      title: 'Endpoint Rate Limit Exceeded',
    })
    tenant.control.setTier('off')
    expect((await api('/details', access_token)).status).toBe(200)
  })

  it('changes tier and allow-list over POST /__dev/control', async () => {
    const response = await fetch(`${tenant.origin}/__dev/control`, {
      method: 'POST',
      body: JSON.stringify({ tier: 'privateBasic', allowedOrigins: ['http://localhost:7000'] }),
    })
    expect(await response.json()).toEqual({
      tier: 'privateBasic',
      allowedOrigins: ['http://localhost:7000'],
    })
    const bad = await fetch(`${tenant.origin}/__dev/control`, {
      method: 'POST',
      body: JSON.stringify({ tier: 'platinum' }),
    })
    expect(bad.status).toBe(400)
    expect(tenant.control.tier).toBe('privateBasic')
  })
})
