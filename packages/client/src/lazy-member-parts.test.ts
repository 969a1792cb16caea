import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'

import { MyOrgCodeLoadError, isMyOrgError } from './errors.ts'
import { lazyMemberParts } from './resources/lazy-member-parts.ts'
import { memberParts } from './resources/member-parts.ts'
import { member } from './test/fixtures.ts'
import { BASE, useRecordingServer } from './test/harness.ts'
import { createMyOrgTransport } from './transport.ts'

const { server, recorded, record } = useRecordingServer()

/** The member operations behind a download that fails the first time, as a dropped chunk does. */
function flakyMemberParts() {
  const transport = createMyOrgTransport({
    domain: 'tenant.example.com',
    getAccessToken: () => Promise.resolve('token'),
    rateLimits: false,
  })
  let downloads = 0
  const parts = lazyMemberParts(() => {
    downloads += 1
    return downloads === 1
      ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
      : Promise.resolve(memberParts(transport.call, transport.check))
  })
  return { parts, downloads: () => downloads }
}

describe('member operations loaded on first use', () => {
  it('report a failed download as MyOrgCodeLoadError, send nothing, and load anew next time', async () => {
    const { parts, downloads } = flakyMemberParts()
    server.use(
      http.get(`${BASE}/members`, ({ request }) =>
        record(request).then(() => HttpResponse.json({ members: [member] })),
      ),
    )

    const failure: unknown = await parts.members.list().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(MyOrgCodeLoadError)
    expect(isMyOrgError(failure) && failure.kind).toBe('code-load')
    expect((failure as Error).cause).toBeInstanceOf(TypeError)
    expect(recorded).toHaveLength(0)

    const page = await parts.members.list()
    expect(page.members.map((item) => item.user_id)).toEqual([member.user_id])
    expect(recorded).toHaveLength(1)
    expect(downloads()).toBe(2)
    await parts.members.list()
    expect(downloads()).toBe(2)
  })
})
