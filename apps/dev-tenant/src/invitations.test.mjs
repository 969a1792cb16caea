// Invitations on the dev tenant over real HTTP: links that start at the app's login URI, and
// `/authorize?invitation&organization` that lets the invitee create an account, makes them a
// member with the invitation's roles and consumes the invitation; expired, revoked and unknown
// invitations get a page that says what to do.
import { createHash, randomBytes } from 'node:crypto'

import { decodeJwt } from 'jose'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { startDevTenant } from './index.mjs'

const APP = 'http://localhost:5998'
/** @type {import('./index.mjs').DevTenant} */
let tenant

beforeAll(async () => {
  tenant = await startDevTenant({ appOrigins: [APP] })
})
afterAll(async () => {
  await tenant.close()
})
beforeEach(() => {
  tenant.control.reset()
})

/** A browser without JavaScript: a cookie jar and redirects followed by hand. */
function browser() {
  /** @type {Map<string, string>} */
  const jar = new Map()
  /** @param {string} url @param {RequestInit} [init] */
  async function go(url, init = {}) {
    const cookie = [...jar].map(([name, value]) => `${name}=${value}`).join('; ')
    const response = await fetch(new URL(url, tenant.origin), {
      ...init,
      redirect: 'manual',
      headers: { ...init.headers, cookie },
    })
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const index = pair.indexOf('=')
      jar.set(pair.slice(0, index), pair.slice(index + 1))
    }
    return response
  }

  /**
   * Follows redirects until a page of the tenant (200 or an error page) or the app's callback.
   * @param {Response} first
   */
  async function follow(first) {
    let response = first
    let url = ''
    for (let hop = 0; hop < 10; hop += 1) {
      if (response.status !== 302 && response.status !== 303) {
        return { status: response.status, url, html: await response.text(), code: undefined }
      }
      const location = new URL(String(response.headers.get('location')), tenant.origin)
      if (location.origin === APP) {
        return { status: 0, url: location.href, html: '', code: location.searchParams.get('code') }
      }
      url = location.href
      response = await go(url)
    }
    throw new Error('too many redirects')
  }

  const verifier = randomBytes(32).toString('base64url')

  return {
    /**
     * Starts the code flow as auth0-spa-js does, with more `/authorize` parameters.
     * @param {Record<string, string>} extra
     */
    async authorize(extra) {
      const query = new URLSearchParams({
        client_id: tenant.clientId,
        redirect_uri: APP,
        response_type: 'code',
        response_mode: 'query',
        scope: 'openid profile email read:my_org:details create:my_org:member_invitations',
        audience: tenant.audience,
        state: 'state-1',
        nonce: 'nonce-1',
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
        code_challenge_method: 'S256',
        ...extra,
      })
      return follow(await go(`/authorize?${query}`))
    },
    /** @param {string} url A page's URL, e.g. the interaction. @param {Record<string, string>} form */
    async post(url, form) {
      return follow(
        await go(url, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams(form).toString(),
        }),
      )
    },
    /** @param {string | null | undefined} code */
    async token(code) {
      const response = await fetch(`${tenant.origin}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', origin: APP },
        body: new URLSearchParams({
          client_id: tenant.clientId,
          code_verifier: verifier,
          grant_type: 'authorization_code',
          code: String(code),
          redirect_uri: APP,
        }).toString(),
      })
      expect(response.status).toBe(200)
      return /** @type {{ access_token: string, id_token: string }} */ (await response.json())
    },
  }
}

/** Signs a seeded or invited user in through the login form; returns the access token. */
async function signIn(/** @type {{ username: string, password: string }} */ user) {
  const b = browser()
  const form = await b.authorize({})
  const done = await b.post(`${new URL(form.url).pathname}/login`, user)
  return (await b.token(done.code)).access_token
}

/** Invites `email` with the named roles, as the admin, through the API. */
async function invite(/** @type {string} */ email, /** @type {string[]} */ roleNames) {
  const admin = tenant.users[0]
  const roles = roleNames.map(
    (name) => tenant.store.state.roles.find((role) => role.name === name)?.id ?? name,
  )
  const response = await fetch(`${tenant.origin}/my-org/member-invitations`, {
    method: 'POST',
    headers: {
      origin: APP,
      'content-type': 'application/json',
      authorization: `Bearer ${await signIn(admin)}`,
    },
    body: JSON.stringify({ invitees: [{ email, roles }], inviter: { name: 'Dana Reyes' } }),
  })
  expect(response.status).toBe(201)
  const [created] = /** @type {import('@myorg-kit/mock-api').MockInvitation[]} */ (
    await response.json()
  )
  if (!created) {
    throw new Error('no invitation was created')
  }
  return created
}

/** The `/authorize` parameters an app's login route sends for an invitation link. */
function paramsOf(/** @type {string} */ invitationUrl) {
  const link = new URL(invitationUrl)
  return {
    invitation: link.searchParams.get('invitation') ?? '',
    organization: link.searchParams.get('organization') ?? '',
  }
}

/** The text of a page, without tags. */
const textOf = (/** @type {string} */ html) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<\/?strong>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')

describe('invitation links', () => {
  it('start at the app’s login URI, for new and seeded invitations alike', async () => {
    expect(tenant.loginUri).toBe(`${APP}/login`)
    const created = await invite('new.person@example.com', ['Member'])
    const link = new URL(created.invitation_url)
    expect(`${link.origin}${link.pathname}`).toBe(`${APP}/login`)
    expect(link.searchParams.get('organization')).toBe(tenant.organization.id)
    expect(link.searchParams.get('organization_name')).toBe('acme-corp')
    expect(link.searchParams.get('invitation')).toBe(created.ticket_id)
    for (const seeded of tenant.store.state.invitations) {
      expect(seeded.invitation_url.startsWith(`${APP}/login?invitation=`)).toBe(true)
    }
  })
})

describe('accepting an invitation', () => {
  it('creates the account for the invited email, makes it a member with the roles, consumes the invitation', async () => {
    const invitation = await invite('ada.lovelace@example.com', ['Developer', 'Member'])
    const b = browser()
    const page = await b.authorize(paramsOf(invitation.invitation_url))
    expect(page.status).toBe(200)
    const text = textOf(page.html)
    expect(text).toContain('Join Acme Corp')
    expect(text).toContain(
      'Dana Reyes invited you to join Acme Corp. Create your account to accept.',
    )
    expect(text).toContain('Developer Member')
    expect(page.html).toMatch(
      /id="email" name="email" type="email" value="ada.lovelace@example.com" readonly/,
    )

    // The form's email is ignored: the account is for the invited address.
    const done = await b.post(`${new URL(page.url).pathname}/accept`, {
      email: 'someone.else@example.com',
      name: 'Ada Lovelace',
      password: 'analytical-engine',
    })
    expect(done.code).toBeTruthy()
    const tokens = await b.token(done.code)
    const idToken = decodeJwt(tokens.id_token)
    expect(idToken).toMatchObject({
      email: 'ada.lovelace@example.com',
      name: 'Ada Lovelace',
      org_id: tenant.organization.id,
    })
    expect(decodeJwt(tokens.access_token).org_id).toBe(tenant.organization.id)

    const member = tenant.store.findMember(String(idToken.sub))
    expect(member).toMatchObject({ email: 'ada.lovelace@example.com', name: 'Ada Lovelace' })
    expect(member?.role_ids.map((id) => tenant.store.findRole(id)?.name)).toEqual([
      'Developer',
      'Member',
    ])
    expect(tenant.store.findInvitation(invitation.id)).toBeUndefined()
    expect(tenant.accounts.findByEmail('someone.else@example.com')).toBeUndefined()

    // The new account signs in again like anyone else.
    const again = await signIn({
      username: 'ada.lovelace@example.com',
      password: 'analytical-engine',
    })
    expect(decodeJwt(again).sub).toBe(idToken.sub)
  })

  it('gives the API scopes of the invitation’s roles, and none for a plain member', async () => {
    const admin = await invite('new.admin@example.com', ['Admin'])
    const b = browser()
    const page = await b.authorize(paramsOf(admin.invitation_url))
    const done = await b.post(`${new URL(page.url).pathname}/accept`, { password: 'long-enough' })
    const scope = String(decodeJwt((await b.token(done.code)).access_token).scope)
    expect(scope.split(' ')).toEqual(['read:my_org:details', 'create:my_org:member_invitations'])

    const plain = await invite('plain.member@example.com', ['Member'])
    const other = browser()
    const form = await other.authorize(paramsOf(plain.invitation_url))
    const accepted = await other.post(`${new URL(form.url).pathname}/accept`, {
      password: 'long-enough',
    })
    expect(decodeJwt((await other.token(accepted.code)).access_token).scope).toBeUndefined()
  })

  it('refuses a short password and keeps the invitation', async () => {
    const invitation = await invite('short.pass@example.com', ['Member'])
    const b = browser()
    const page = await b.authorize(paramsOf(invitation.invitation_url))
    const refused = await b.post(`${new URL(page.url).pathname}/accept`, {
      name: 'Short Pass',
      password: 'short',
    })
    expect(refused.status).toBe(400)
    expect(textOf(refused.html)).toContain('Choose a password of at least 8 characters.')
    expect(refused.html).toContain('value="Short Pass"')
    expect(tenant.accounts.findByEmail('short.pass@example.com')).toBeUndefined()
    expect(tenant.store.findInvitation(invitation.id)).toBeDefined()
  })

  it('asks an existing account for its password instead of creating another', async () => {
    const invitation = await invite('member@acme.test', ['Auditor'])
    const b = browser()
    const page = await b.authorize(paramsOf(invitation.invitation_url))
    expect(textOf(page.html)).toContain('Sign in to accept.')
    expect(page.html).not.toContain('id="name"')
    const accept = `${new URL(page.url).pathname}/accept`
    const wrong = await b.post(accept, { password: 'not-it' })
    expect(wrong.status).toBe(401)
    expect(textOf(wrong.html)).toContain('Wrong password.')
    const done = await b.post(accept, { password: 'member-pass' })
    const { id_token: idToken } = await b.token(done.code)
    expect(decodeJwt(idToken).sub).toBe('auth0|dev-member')
    expect(tenant.store.findMember('auth0|dev-member')?.role_ids).toHaveLength(1)
  })

  it('shows the accept page even to someone signed in already', async () => {
    const invitation = await invite('second.person@example.com', ['Member'])
    const b = browser()
    const login = await b.authorize({})
    await b.post(`${new URL(login.url).pathname}/login`, tenant.users[0])
    const page = await b.authorize(paramsOf(invitation.invitation_url))
    expect(textOf(page.html)).toContain('Create your account to accept.')
  })
})

describe('an invitation that can’t be accepted', () => {
  it('expired: says so, when, and to ask the administrator for a new one', async () => {
    const expired = tenant.store.state.invitations.find(
      (entry) => entry.invitee.email === 'paula.neumann@acme.com',
    )
    expect(Date.parse(String(expired?.expires_at))).toBeLessThan(Date.now())
    const page = await browser().authorize(paramsOf(String(expired?.invitation_url)))
    expect(page.status).toBe(410)
    const text = textOf(page.html)
    expect(text).toContain('This invitation has expired')
    expect(text).toContain('The invitation for paula.neumann@acme.com to join Acme Corp expired on')
    expect(text).toContain('What to do: ask your administrator to send you a new invitation')
    expect(page.html).not.toContain('<form')
  })

  it('revoked, already accepted, unknown or for another organization: not valid, ask for a new one', async () => {
    const revoked = await invite('revoked@example.com', ['Member'])
    tenant.store.state.invitations = tenant.store.state.invitations.filter(
      (entry) => entry.id !== revoked.id,
    )
    const pending = tenant.store.state.invitations[0]
    const cases = [
      paramsOf(revoked.invitation_url),
      { invitation: 'NoSuchTicket00000000000000000000', organization: tenant.organization.id },
      { ...paramsOf(String(pending?.invitation_url)), organization: 'org_0000000000000000' },
    ]
    for (const params of cases) {
      const page = await browser().authorize(params)
      expect(page.status).toBe(404)
      const text = textOf(page.html)
      expect(text).toContain('This invitation is no longer valid')
      expect(text).toContain('Otherwise ask your administrator for a new invitation.')
      expect(page.html).not.toContain('<form')
    }
  })

  it('accepted once: the link no longer works', async () => {
    const invitation = await invite('once@example.com', ['Member'])
    const b = browser()
    const page = await b.authorize(paramsOf(invitation.invitation_url))
    await b.post(`${new URL(page.url).pathname}/accept`, { password: 'long-enough' })
    const again = await browser().authorize(paramsOf(invitation.invitation_url))
    expect(textOf(again.html)).toContain('This invitation is no longer valid')
  })
})
