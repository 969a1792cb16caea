// The seeded people of the dev tenant: one organization (the mock API's Acme Corp) and three
// members whose roles map to scopes, as Auth0's RBAC does for the My Organization API.
import { myOrgScopes } from '@myorg-kit/client'
import { seedOrganizationId } from '@myorg-kit/mock-api'

/** Every scope the My Organization API defines (its resource server's scope list). */
export const allScopes = [...myOrgScopes]

/** The read-only scopes: what a plain member's role grants. */
export const readScopes = allScopes.filter((scope) => scope.startsWith('read:'))

/** The organization every seeded user belongs to (the mock store's Acme Corp). */
export const organization = { id: seedOrganizationId, name: 'acme-corp' }

/**
 * @typedef {object} DevUser
 * @property {string} id The `sub` claim.
 * @property {string} role What the person is, for the terminal and the login page.
 * @property {string} username What to type on the login page.
 * @property {string} password Not a secret: printed in the terminal and on the login page.
 * @property {string} name
 * @property {readonly string[]} scopes The API scopes the role grants.
 */

/** @type {readonly DevUser[]} */
export const devUsers = [
  {
    id: 'auth0|dev-admin',
    role: 'organization admin (every scope)',
    username: 'admin@acme.test',
    password: 'admin-pass',
    name: 'Dana Reyes',
    scopes: allScopes,
  },
  {
    id: 'auth0|dev-member',
    role: 'member (read scopes only)',
    username: 'member@acme.test',
    password: 'member-pass',
    name: 'Sam Ortiz',
    scopes: readScopes,
  },
  {
    id: 'auth0|dev-none',
    role: 'member without any organization permission',
    username: 'none@acme.test',
    password: 'none-pass',
    name: 'Lee Park',
    scopes: [],
  },
]

/** @param {string} id */
export function findUser(id) {
  return devUsers.find((user) => user.id === id)
}

/**
 * @param {string} username
 * @param {string} password
 */
export function checkCredentials(username, password) {
  const user = devUsers.find((candidate) => candidate.username === username.trim().toLowerCase())
  return user && user.password === password ? user : undefined
}
