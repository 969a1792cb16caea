/**
 * The seed's members: 120 people (three pages of 50), signing in through the database or the
 * organization's identity providers, with roles, a last login (or none yet) and a few phone
 * numbers. Everything is derived from the index, so the seed is the same on every run.
 */
import type { OrgMember } from '@myorg-kit/client'

import { seedCharacters } from '../ids.ts'
import { seedRoles } from './roles.ts'

/** A member as the mock stores it: the user's fields, and the ids of the roles it holds. */
export interface MockMember extends Omit<OrgMember, 'roles'> {
  user_id: string
  email: string
  name: string
  created_at: string
  updated_at: string
  /** Role ids, in the order they were assigned. */
  role_ids: string[]
}

/** How many members the seed has. */
export const seedMemberCount = 120

const givenNames = [
  'Ana',
  'Marcus',
  'Priya',
  'Jonas',
  'Sofia',
  'Kwame',
  'Mei',
  'Lucas',
  'Amara',
  'Diego',
  'Hannah',
  'Rahul',
  'Chloé',
  'Tomasz',
  'Aisha',
  'Noah',
  'Yuki',
  'Elena',
  'Omar',
  'Freya',
  'Mateo',
  'Zanele',
  'Liam',
  'Ingrid',
  'Ravi',
  'Camille',
  'Hiroshi',
  'Nadia',
  'Ethan',
  'Lucía',
  'Kofi',
  'Astrid',
  'Samir',
  'Julia',
  'Felipe',
  'Ayesha',
  'Oskar',
  'Maya',
  'Tariq',
  'Grace',
]
const familyNames = [
  'Silva',
  'Chen',
  'Natarajan',
  'Becker',
  'Rossi',
  'Mensah',
  'Wang',
  'Martin',
  'Okafor',
  'García',
  'Schmidt',
  'Iyer',
  'Dubois',
  'Kowalski',
  'Khan',
  'Johnson',
  'Tanaka',
  'Popescu',
  'Haddad',
  'Nielsen',
  'Fernández',
  'Dlamini',
  'Murphy',
  'Larsen',
  'Kapoor',
  'Lefèvre',
  'Sato',
  'Petrova',
  'Walker',
  'Moreno',
  'Boateng',
]

const minute = 60 * 1000
const day = 24 * 60 * minute

/** Lower-case ASCII for an email address: `Chloé Lefèvre` → `chloe`, `lefevre`. */
function ascii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
}

/** The user id of the connection member `index` signs in with, as Auth0 spells them. */
function userIdFor(index: number, local: string): string {
  const hex = seedCharacters(`member:${index}`, 24, '0123456789abcdef')
  switch (index % 10) {
    case 1:
    case 6:
      return `samlp|acme-saml|${local}@acme.com`
    case 3:
      return `waad|acme-entra|${seedCharacters(`entra:${index}`, 32, '0123456789abcdef')}`
    case 8:
      return `google-apps|${local}@acme.com`
    default:
      return `auth0|${hex}`
  }
}

/** The ids of the roles member `index` holds (some hold none). */
function roleIdsFor(index: number): string[] {
  if (index % 11 === 7) {
    return []
  }
  const held = [
    index % 15 === 0 ? seedRoles.admin : undefined,
    seedRoles.member,
    index % 8 === 3 ? seedRoles.billing : undefined,
    index % 6 === 1 ? seedRoles.support : undefined,
    index % 4 === 2 ? seedRoles.developer : undefined,
    index % 13 === 5 ? seedRoles.auditor : undefined,
  ]
  return held.flatMap((role) => (role ? [role.id] : []))
}

/** Member `index`, with dates placed before `now` (ms). */
function memberAt(index: number, now: number): MockMember {
  const given = givenNames[index % givenNames.length] ?? 'Alex'
  // A prime number of family names and a shift per round keep every full name distinct.
  const round = Math.floor(index / givenNames.length)
  const family = familyNames[(index + 3 * round) % familyNames.length] ?? 'Doe'
  const local = `${ascii(given)}.${ascii(family)}`
  const createdDaysAgo = 20 + ((index * 37) % 900)
  const created = now - createdDaysAgo * day - ((index * 131) % 1440) * minute
  // One member in nine has never logged in; the others did, between minutes and weeks ago.
  const lastLogin =
    index % 9 === 4
      ? undefined
      : now - (5 + ((index * 977) % (Math.min(createdDaysAgo, 45) * 24 * 60 - 10))) * minute
  return {
    user_id: userIdFor(index, local),
    email: `${local}@acme.com`,
    name: `${given} ${family}`,
    nickname: local,
    given_name: given,
    family_name: family,
    created_at: new Date(created).toISOString(),
    updated_at: new Date(lastLogin ?? created).toISOString(),
    ...(lastLogin === undefined ? {} : { last_login: new Date(lastLogin).toISOString() }),
    ...(index % 5 === 0
      ? { phone_number: `+1415555${String(1000 + ((index * 7919) % 9000)).slice(-4)}` }
      : {}),
    role_ids: roleIdsFor(index),
  }
}

/** The seed's members; `now` (ms) places their sign-up and last login. */
export function seedMembers(now: number): MockMember[] {
  return Array.from({ length: seedMemberCount }, (_, index) => memberAt(index, now))
}
