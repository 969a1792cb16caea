// The dev tenant's user accounts: the seeded people (users.mjs), plus the accounts invitees
// create when they accept an invitation. Scopes come from the role, as Auth0's RBAC does: a
// seeded user's fixed role, or for an invitee the organization roles the API's store gives them
// now (so an admin's role change applies at the invitee's next sign-in).
import { randomBytes } from 'node:crypto'

import { allScopes, devUsers, readScopes } from './users.mjs'

/**
 * The API scopes an organization role grants (by role name; the mock API's seed roles).
 * @type {Readonly<Record<string, readonly string[]>>}
 */
export const roleScopeMap = { Admin: allScopes, Auditor: readScopes }

/**
 * @typedef {object} Account
 * @property {string} id The `sub` claim.
 * @property {string} username The email address, lower case.
 * @property {string} password
 * @property {string} name
 * @property {readonly string[]} [scopes] Fixed scopes (seeded users); invitees' come from roles.
 */

/**
 * @param {import('@myorg-kit/mock-api').MyOrgStore} store The API's data (members and roles).
 */
export function createAccounts(store) {
  /** @type {Account[]} */
  let invited = []
  const all = () => [...devUsers, ...invited]

  /** @param {string} email */
  const findByEmail = (email) => {
    const key = email.trim().toLowerCase()
    return all().find((account) => account.username === key)
  }

  return {
    /** @param {string} id */
    find(id) {
      return all().find((account) => account.id === id)
    },
    findByEmail,
    /**
     * @param {string} username
     * @param {string} password
     */
    check(username, password) {
      const account = findByEmail(username)
      return account && account.password === password ? account : undefined
    },
    /**
     * A new account for an invitee (the email must be free).
     * @param {{ email: string, password: string, name: string }} input
     * @returns {Account}
     */
    signUp({ email, password, name }) {
      if (findByEmail(email)) {
        throw new Error(`An account for ${email} exists already.`)
      }
      const account = {
        id: `auth0|${randomBytes(12).toString('hex')}`,
        username: email.trim().toLowerCase(),
        password,
        name,
      }
      invited = [...invited, account]
      return account
    },
    /**
     * The API scopes of an account's role: fixed for the seeded users, from the organization
     * roles it holds in the store for invitees (none once it is no longer a member).
     * @param {string | undefined} id
     */
    scopesOf(id) {
      const account = id ? this.find(id) : undefined
      if (!account) {
        return new Set()
      }
      if (account.scopes) {
        return new Set(account.scopes)
      }
      const member = store.findMember(account.id)
      const names = (member?.role_ids ?? []).map((roleId) => store.findRole(roleId)?.name ?? '')
      return new Set(names.flatMap((name) => roleScopeMap[name] ?? []))
    },
    /** Forgets every invitee account (the seeded users stay). */
    reset() {
      invited = []
    },
  }
}

/** @typedef {ReturnType<typeof createAccounts>} Accounts */
