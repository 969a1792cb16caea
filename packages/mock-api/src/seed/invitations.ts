/**
 * The seed's member invitations: pending, expiring within a day, and expired, sent by different
 * people, some to an identity provider, some with roles. Dates are placed relative to `now`.
 */
import type { OrgDetails } from '@myorg-kit/client'

import { seedCharacters, seedId } from '../ids.ts'
import { acmeOktaId } from './identity-providers.ts'
import { seedRoles } from './roles.ts'

/** An invitation as the mock stores it: the full response shape. */
export interface MockInvitation {
  id: string
  organization_id: string
  inviter?: { name: string }
  invitee: { email: string }
  identity_provider_id?: string
  created_at: string
  expires_at: string
  /** Role ids given on acceptance. */
  roles: string[]
  invitation_url: string
  ticket_id: string
}

/** Seconds an invitation lives unless `ttl_sec` says otherwise: 7 days. */
export const defaultInvitationTtlSeconds = 604_800

/**
 * The link an invitee opens, in Auth0's form:
 * `{login URI}?invitation={ticket}&organization={org_id}&organization_name={name}`.
 */
export function invitationUrl(
  loginUri: string,
  ticketId: string,
  organization: OrgDetails & { id: string },
): string {
  const url = new URL(loginUri)
  url.searchParams.set('invitation', ticketId)
  url.searchParams.set('organization', organization.id)
  if (organization.name) {
    url.searchParams.set('organization_name', organization.name)
  }
  return url.toString()
}

interface SeedInvitation {
  email: string
  inviter?: string
  idp?: string
  roles: string[]
  /** How long ago it was sent. */
  sentHoursAgo: number
  /** Its lifetime in hours. */
  ttlHours: number
}

const hour = 60 * 60 * 1000
const week = 7 * 24

const invitations: SeedInvitation[] = [
  // Pending, with days left.
  {
    email: 'lena.fischer@acme.com',
    inviter: 'Dana Reyes',
    idp: acmeOktaId,
    roles: [seedRoles.member.id],
    sentHoursAgo: 3,
    ttlHours: week,
  },
  {
    email: 'tom.becker@acme.co.uk',
    inviter: 'Marcus Chen',
    roles: [seedRoles.developer.id, seedRoles.member.id],
    sentHoursAgo: 26,
    ttlHours: week,
  },
  {
    email: 'ines.duarte@acme.com',
    inviter: 'Priya Natarajan',
    idp: acmeOktaId,
    roles: [seedRoles.billing.id],
    sentHoursAgo: 50,
    ttlHours: 30 * 24,
  },
  {
    email: 'contractor.ops@partner.example',
    inviter: 'Dana Reyes',
    roles: [seedRoles.auditor.id],
    sentHoursAgo: 70,
    ttlHours: week,
  },
  { email: 'sam.wilson@acme-labs.io', roles: [], sentHoursAgo: 100, ttlHours: week },
  // Expiring within a day.
  {
    email: 'olivia.brandt@acme.com',
    inviter: 'Marcus Chen',
    idp: acmeOktaId,
    roles: [seedRoles.support.id],
    sentHoursAgo: week - 5,
    ttlHours: week,
  },
  {
    email: 'kenji.mori@acme.com',
    inviter: 'Dana Reyes',
    roles: [seedRoles.admin.id, seedRoles.member.id],
    sentHoursAgo: 47,
    ttlHours: 48,
  },
  // Expired.
  {
    email: 'paula.neumann@acme.com',
    inviter: 'Priya Natarajan',
    roles: [seedRoles.member.id],
    sentHoursAgo: 10 * 24,
    ttlHours: week,
  },
  {
    email: 'former.intern@acme.com',
    inviter: 'Dana Reyes',
    idp: acmeOktaId,
    roles: [],
    sentHoursAgo: 45 * 24,
    ttlHours: 30 * 24,
  },
]

/** The seed's invitations; `now` (ms) places them, `loginUri` starts their links. */
export function seedInvitations(
  now: number,
  organization: OrgDetails & { id: string },
  loginUri: string,
): MockInvitation[] {
  return invitations.map((entry) => {
    const sent = now - entry.sentHoursAgo * hour
    const ticketId = seedCharacters(`ticket:${entry.email}`, 32)
    return {
      id: seedId('uinv', entry.email),
      organization_id: organization.id,
      ...(entry.inviter ? { inviter: { name: entry.inviter } } : {}),
      invitee: { email: entry.email },
      ...(entry.idp ? { identity_provider_id: entry.idp } : {}),
      created_at: new Date(sent).toISOString(),
      expires_at: new Date(sent + entry.ttlHours * hour).toISOString(),
      roles: [...entry.roles],
      invitation_url: invitationUrl(loginUri, ticketId, organization),
      ticket_id: ticketId,
    }
  })
}
