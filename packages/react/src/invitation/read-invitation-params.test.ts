import { describe, expect, it } from 'vitest'

import { hasInvitationQuery, readInvitationParams } from './read-invitation-params.ts'

const ticket = 'Fv2iI4lQxBbR4ZG5MkXR8K3dcuVdURYX'
const org = 'org_W9cKd2LZt3pXqR8m'

describe('readInvitationParams', () => {
  it('reads Auth0’s invitation link: ticket, organization id and the name for display', () => {
    const link = `https://app.example/login?invitation=${ticket}&organization=${org}&organization_name=acme-corp`
    const expected = { invitation: ticket, organization: org, organizationName: 'acme-corp' }
    expect(readInvitationParams(link)).toEqual(expected)
    expect(readInvitationParams(new URL(link))).toEqual(expected)
    expect(readInvitationParams(new URL(link).search)).toEqual(expected)
    expect(readInvitationParams(new URL(link).search.slice(1))).toEqual(expected)
    expect(readInvitationParams(new URL(link).searchParams)).toEqual(expected)
  })

  it('returns null without both the ticket and the organization', () => {
    expect(readInvitationParams('')).toBeNull()
    expect(readInvitationParams(`?invitation=${ticket}`)).toBeNull()
    expect(readInvitationParams(`?organization=${org}`)).toBeNull()
    expect(readInvitationParams('not a url: at all')).toBeNull()
  })

  it.each([
    ['a ticket with a quote', `?invitation=abc'def12345&organization=${org}`],
    ['a ticket with spaces', `?invitation=abc%20def%2012345&organization=${org}`],
    ['a too short ticket', `?invitation=abc&organization=${org}`],
    ['a too long ticket', `?invitation=${'a'.repeat(129)}&organization=${org}`],
    ['an organization name instead of an id', `?invitation=${ticket}&organization=acme-corp`],
    ['an organization id of the wrong length', `?invitation=${ticket}&organization=org_short`],
    ['a script in the organization', `?invitation=${ticket}&organization=org_<script>alert(1)`],
    ['a ticket given twice', `?invitation=${ticket}&invitation=${ticket}&organization=${org}`],
    [
      'an organization given twice',
      `?invitation=${ticket}&organization=${org}&organization=${org}`,
    ],
  ])('refuses %s', (_case, search) => {
    expect(readInvitationParams(search)).toBeNull()
  })

  it('keeps the organization name for display only, and drops it when it is not plain text', () => {
    const base = `?invitation=${ticket}&organization=${org}`
    expect(readInvitationParams(`${base}&organization_name=%20Acme%20Corp%20`)).toEqual({
      invitation: ticket,
      organization: org,
      organizationName: 'Acme Corp',
    })
    for (const name of ['', '%20', 'a%00b', 'evil%E2%80%AEgnp', 'x'.repeat(51)]) {
      expect(readInvitationParams(`${base}&organization_name=${name}`)).toEqual({
        invitation: ticket,
        organization: org,
      })
    }
  })
})

describe('hasInvitationQuery', () => {
  it('tells a link that tries to carry an invitation from one that carries none', () => {
    expect(hasInvitationQuery('?invitation=x')).toBe(true)
    expect(hasInvitationQuery('?organization=x')).toBe(true)
    expect(hasInvitationQuery('?returnTo=/domains')).toBe(false)
    expect(hasInvitationQuery('')).toBe(false)
  })
})
