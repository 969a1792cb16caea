import { MyOrgTokenError } from '@myorg-kit/client'
import { createMockAccessToken } from '@myorg-kit/mock-api'
import { describe, expect, it, vi } from 'vitest'

import { type TokenSource, createTokenSession } from './token-session.ts'

function sessionWith(source: TokenSource, now: () => number = Date.now) {
  const session = createTokenSession({
    identity: 'test',
    audience: 'https://tenant.example/my-org/',
    scope: 'read:my_org:details',
    organizationId: undefined,
    now,
  })
  session.setSource(source)
  return session
}

describe('createTokenSession', () => {
  it('shares one request between concurrent callers', async () => {
    const source = vi.fn<TokenSource>(() => Promise.resolve('opaque-token'))
    const session = sessionWith(source)

    const tokens = await Promise.all([
      session.getAccessToken({ forceRefresh: false }),
      session.getAccessToken({ forceRefresh: false }),
      session.getAccessToken({ forceRefresh: false }),
    ])

    expect(tokens).toEqual(['opaque-token', 'opaque-token', 'opaque-token'])
    expect(source).toHaveBeenCalledTimes(1)
  })

  it('reuses a JWT until a minute before exp, then asks again through the cache', async () => {
    let clock = 1_700_000_000_000
    const source = vi.fn<TokenSource>(() =>
      Promise.resolve(createMockAccessToken({ expiresInSeconds: 600, now: () => clock })),
    )
    const session = sessionWith(source, () => clock)

    await session.getAccessToken({ forceRefresh: false })
    clock += 530_000 // 8m50s: still 70 s left
    await session.getAccessToken({ forceRefresh: false })
    expect(source).toHaveBeenCalledTimes(1)

    clock += 20_000 // 50 s left: renew
    await session.getAccessToken({ forceRefresh: false })
    expect(source).toHaveBeenCalledTimes(2)
    expect(source).toHaveBeenLastCalledWith(expect.objectContaining({ forceRefresh: false }))
  })

  it('reuses an opaque token for about five minutes', async () => {
    let clock = 0
    const source = vi.fn<TokenSource>(() => Promise.resolve('opaque'))
    const session = sessionWith(source, () => clock)

    await session.getAccessToken({ forceRefresh: false })
    clock = 299_000
    await session.getAccessToken({ forceRefresh: false })
    expect(source).toHaveBeenCalledTimes(1)
    clock = 301_000
    await session.getAccessToken({ forceRefresh: false })
    expect(source).toHaveBeenCalledTimes(2)
  })

  it('reads the granted scopes from scope, permissions and the reported scope, and org_id', async () => {
    const payload = btoa(
      JSON.stringify({ scope: 'a b', permissions: ['c'], org_id: 'org_x', exp: 9_999_999_999 }),
    ).replace(/=+$/, '')
    const session = sessionWith(() =>
      Promise.resolve({ accessToken: `h.${payload}.s`, scope: 'd' }),
    )
    await session.getAccessToken({ forceRefresh: false })
    const snapshot = session.getSnapshot()
    expect(snapshot.status).toBe('ready')
    expect([...snapshot.scopes].sort()).toEqual(['a', 'b', 'c', 'd'])
    expect(snapshot.organizationId).toBe('org_x')
  })

  it('wraps failures into MyOrgTokenError (once) and publishes them', async () => {
    const session = sessionWith(() =>
      Promise.reject(Object.assign(new Error('MFA'), { error: 'mfa_required' })),
    )
    const failure = session.getAccessToken({ forceRefresh: false })
    await expect(failure).rejects.toBeInstanceOf(MyOrgTokenError)
    await expect(failure).rejects.toMatchObject({ code: 'mfa_required' })
    expect(session.getSnapshot()).toMatchObject({
      status: 'error',
      error: { code: 'mfa_required' },
    })
  })

  it('does not wrap a MyOrgTokenError twice', async () => {
    const original = new MyOrgTokenError('login_required', 'Log in')
    const session = sessionWith(() => Promise.reject(original))
    await expect(session.getAccessToken({ forceRefresh: false })).rejects.toBe(original)
  })

  it('treats an empty token as an error', async () => {
    const session = sessionWith(() => Promise.resolve({ accessToken: '' }))
    await expect(session.getAccessToken({ forceRefresh: false })).rejects.toBeInstanceOf(
      MyOrgTokenError,
    )
  })

  it('start() is idempotent and notifies subscribers', async () => {
    const source = vi.fn<TokenSource>(() => Promise.resolve('t'))
    const session = sessionWith(source)
    const listener = vi.fn()
    session.subscribe(listener)
    session.start()
    session.start()
    await session.getAccessToken({ forceRefresh: false })
    expect(source).toHaveBeenCalledTimes(1)
    expect(listener).toHaveBeenCalled()
    expect(session.getSnapshot().status).toBe('ready')
  })
})
