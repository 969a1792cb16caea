import { HttpResponse, delay, http } from 'msw'
import { describe, expect, it } from 'vitest'

import type { BatchProgress } from './batch.ts'
import { createMyOrgClient } from './create-client.ts'
import { MyOrgRequestValidationError } from './errors.ts'
import { invitation, member, problem, role, roleIds } from './test/fixtures.ts'
import { BASE, makeClient, useRecordingServer } from './test/harness.ts'

const { server, recorded, record } = useRecordingServer()

const userId = member.user_id!
const emails = (count: number) =>
  Array.from({ length: count }, (_, index) => ({ email: `person${index}@acme.com` }))
const invitationIds = (count: number) =>
  Array.from({ length: count }, (_, index) => `uinv_${String(index).padStart(16, '0')}`)

/** Answers every invitation request with one invitation per invitee, echoing the email. */
function echoInvitations() {
  server.use(
    http.post(`${BASE}/member-invitations`, async ({ request }) => {
      const sent = await record(request)
      const { invitees } = sent.body as { invitees: { email: string }[] }
      return HttpResponse.json(
        invitees.map(({ email }) => ({ ...invitation, invitee: { email } })),
        { status: 201 },
      )
    }),
  )
}

/** Answers every request to the API with 204, recording it. */
function acceptEverything() {
  server.use(
    http.all(`${BASE}/*`, async ({ request }) => {
      await record(request)
      return new HttpResponse(null, { status: 204 })
    }),
  )
}

const bodies = () => recorded.map((entry) => entry.body as Record<string, unknown[]>)

describe('batch limits: long lists become several requests', () => {
  it('invites 25 people in requests of 10, 10 and 5 that share inviter, provider and ttl', async () => {
    echoInvitations()
    const created = await makeClient().client.invitations.create({
      invitees: emails(25),
      inviter: { name: 'Dana Reyes' },
      identity_provider_id: 'con_abcdefghijklmnop',
      ttl_sec: 86_400,
    })
    expect(bodies().map((body) => body.invitees!.length)).toEqual([10, 10, 5])
    for (const body of bodies()) {
      expect(body).toMatchObject({
        inviter: { name: 'Dana Reyes' },
        identity_provider_id: 'con_abcdefghijklmnop',
        ttl_sec: 86_400,
      })
    }
    expect(created.map((one) => one.invitee?.email)).toEqual(emails(25).map((one) => one.email))
  })

  it('assigns 23 roles with POST …/roles in three requests of at most 10', async () => {
    acceptEverything()
    const ids = roleIds(23)
    await makeClient().client.members.roles.assign(userId, ids)
    expect(recorded.map((entry) => `${entry.method} ${entry.url.pathname}`)).toEqual(
      Array(3).fill(`POST /my-org/members/${encodeURIComponent(userId)}/roles`),
    )
    expect(bodies().map((body) => body.role_ids)).toEqual([
      ids.slice(0, 10),
      ids.slice(10, 20),
      ids.slice(20),
    ])
  })

  it('removes roles with POST …/unassign-roles, never the legacy DELETE …/roles', async () => {
    acceptEverything()
    await makeClient().client.members.roles.unassign(userId, roleIds(12))
    expect(recorded.map((entry) => `${entry.method} ${entry.url.pathname}`)).toEqual(
      Array(2).fill(`POST /my-org/members/${encodeURIComponent(userId)}/unassign-roles`),
    )
    expect(bodies().map((body) => body.role_ids!.length)).toEqual([10, 2])
  })

  it('revokes with POST /delete-member-invitations, 10 ids per request, never DELETE', async () => {
    acceptEverything()
    const { client } = makeClient()
    await client.invitations.revoke(invitationIds(11))
    await client.invitations.revoke(invitation.id!)
    expect(recorded.map((entry) => `${entry.method} ${entry.url.pathname}`)).toEqual(
      Array(3).fill('POST /my-org/delete-member-invitations'),
    )
    expect(bodies().map((body) => body.invitations!.length)).toEqual([10, 1, 1])
  })

  it('removes members one per delete-memberships request', async () => {
    acceptEverything()
    const ids = ['auth0|one', 'okta|acme-okta|two', 'samlp|acme-saml|three']
    await makeClient().client.members.remove(ids)
    expect(recorded.map((entry) => entry.url.pathname)).toEqual(
      Array(3).fill('/my-org/delete-memberships'),
    )
    expect(bodies()).toEqual(ids.map((id) => ({ members: [id] })))
  })

  it('reports progress after each request, and stops at the first failure', async () => {
    let calls = 0
    server.use(
      http.post(`${BASE}/member-invitations`, async ({ request }) => {
        calls += 1
        const { invitees } = (await request.json()) as { invitees: { email: string }[] }
        return calls === 2
          ? HttpResponse.json(problem(400, 'A0E-400-0001', 'Bad Request', 'Nope'), { status: 400 })
          : HttpResponse.json(
              invitees.map(({ email }) => ({ ...invitation, invitee: { email } })),
              { status: 201 },
            )
      }),
    )
    const progress: BatchProgress[] = []
    const error = await makeClient()
      .client.invitations.create(
        { invitees: emails(25) },
        { onProgress: (step) => progress.push(step) },
      )
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'api', status: 400 })
    expect(calls).toBe(2)
    expect(progress).toEqual([{ done: 10, total: 25 }])
  })
})

describe('checked before anything is sent', () => {
  it('refuses a bad email in the third chunk before sending the first, with its real index', async () => {
    echoInvitations()
    const invitees = emails(25)
    invitees[23] = { email: 'not-an-email' }
    const { client, tokenRequests } = makeClient()
    const error = await client.invitations.create({ invitees }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(MyOrgRequestValidationError)
    expect((error as MyOrgRequestValidationError).issues.map((issue) => issue.field)).toEqual([
      'invitees.23.email',
    ])
    expect(recorded).toHaveLength(0)
    expect(tokenRequests).toHaveLength(0)
  })

  it('refuses empty lists, repeated ids, a ttl over 30 days and a bad user id', async () => {
    acceptEverything()
    const { client } = makeClient()
    const refusals = [
      client.members.roles.assign(userId, []),
      client.members.roles.assign(userId, [role.id, role.id]),
      client.invitations.revoke([]),
      client.invitations.create({ invitees: [], ttl_sec: 10 }),
      client.invitations.create({ invitees: emails(1), ttl_sec: 2_592_001 }),
      client.members.remove('no-connection-prefix'),
    ]
    for (const outcome of refusals) {
      await expect(outcome).rejects.toBeInstanceOf(MyOrgRequestValidationError)
    }
    expect(recorded).toHaveLength(0)
  })
})

describe('invitations are never sent twice', () => {
  it('does not retry an invitation request after a 503 (the emails may have gone)', async () => {
    let calls = 0
    server.use(
      http.post(`${BASE}/member-invitations`, () => {
        calls += 1
        return HttpResponse.json(problem(503, 'A0E-503-0001', 'Service Unavailable', 'Later'), {
          status: 503,
        })
      }),
    )
    const error = await makeClient()
      .client.invitations.create({ invitees: emails(15) })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'api', status: 503 })
    expect(calls).toBe(1)
  })

  it('does not retry an invitation request that timed out', async () => {
    let calls = 0
    server.use(
      http.post(`${BASE}/member-invitations`, async () => {
        calls += 1
        await delay(2_000)
        return HttpResponse.json([invitation], { status: 201 })
      }),
    )
    const error = await makeClient({ timeoutMs: 50 })
      .client.invitations.create({ invitees: emails(1) })
      .catch((e: unknown) => e)
    expect(error).toMatchObject({ kind: 'network', reason: 'timeout' })
    expect(calls).toBe(1)
  })

  it('retries a 429, which the API refused before doing anything', async () => {
    let calls = 0
    server.use(
      http.post(`${BASE}/member-invitations`, () => {
        calls += 1
        return calls === 1
          ? HttpResponse.json(problem(429, 'A0E-429-0003', 'Too Many Requests', 'Slow'), {
              status: 429,
              headers: { 'Retry-After': '1' },
            })
          : HttpResponse.json([invitation], { status: 201 })
      }),
    )
    await expect(
      makeClient().client.invitations.create({ invitees: emails(1) }),
    ).resolves.toHaveLength(1)
    expect(calls).toBe(2)
  })

  it('sends auth0-custom-domain when asked', async () => {
    echoInvitations()
    await makeClient().client.invitations.create(
      { invitees: emails(1) },
      { customDomain: 'login.acme.com' },
    )
    expect(recorded[0]!.headers.get('auth0-custom-domain')).toBe('login.acme.com')
  })
})

describe('pacing and pages', () => {
  it('paces the requests of one split call within the free tier (2 writes per second)', async () => {
    let clock = 0
    const starts: number[] = []
    server.use(
      http.post(`${BASE}/members/:id/roles`, () => {
        starts.push(clock)
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const client = createMyOrgClient({
      domain: 'tenant.example.com',
      getAccessToken: () => Promise.resolve('token'),
      now: () => clock,
      sleep: (ms) => {
        clock += ms
        return Promise.resolve()
      },
    })
    await client.members.roles.assign(userId, roleIds(50))
    expect(starts).toHaveLength(5)
    for (let i = 2; i < starts.length; i += 1) {
      expect(starts[i]! - starts[i - 2]!).toBeGreaterThanOrEqual(1000)
    }
  })

  it('lists every member, passing each next cursor back as from', async () => {
    const all = Array.from({ length: 120 }, (_, index) => ({
      ...member,
      user_id: `auth0|${index}`,
    }))
    server.use(
      http.get(`${BASE}/members`, async ({ request }) => {
        const sent = await record(request)
        const start = Number(sent.url.searchParams.get('from') ?? '0')
        const end = start + Number(sent.url.searchParams.get('take'))
        return HttpResponse.json({
          members: all.slice(start, end),
          ...(end < all.length ? { next: String(end) } : {}),
        })
      }),
    )
    const seen: string[] = []
    for await (const one of makeClient().client.members.listAll({ fields: ['user_id'] })) {
      seen.push(one.user_id!)
    }
    expect(seen).toHaveLength(120)
    expect(recorded.map((entry) => entry.url.searchParams.get('from'))).toEqual([null, '50', '100'])
    expect(recorded.every((entry) => entry.url.searchParams.get('fields') === 'user_id')).toBe(true)
  })

  it('reads a page without members as an empty page', async () => {
    server.use(http.get(`${BASE}/member-invitations`, () => HttpResponse.json({})))
    await expect(makeClient().client.invitations.list()).resolves.toEqual({ invitations: [] })
  })
})
