/** The seed's roles: the six the tenant administrator made available to the organization. */
import type { Role } from '@myorg-kit/client'

import { seedId } from '../ids.ts'

const role = (name: string, description: string): Role => ({
  id: seedId('rol', name),
  name,
  description,
})

/** The seed's roles, by what they are for. */
export const seedRoles = {
  admin: role('Admin', 'Manages the organization: members, invitations, SSO and domains.'),
  member: role('Member', 'Uses the product with standard access.'),
  billing: role('Billing manager', 'Manages the plan, invoices and payment methods.'),
  support: role('Support agent', 'Answers tickets and can see customer accounts.'),
  developer: role('Developer', 'Creates API keys and manages integrations.'),
  auditor: role('Auditor', 'Reads logs and exports reports; changes nothing.'),
} as const

/** The roles in list order. */
export function seedRoleList(): Role[] {
  return Object.values(seedRoles).map((entry) => ({ ...entry }))
}
