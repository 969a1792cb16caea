/** The roles the organization may give: paged, filtered by name (case-insensitive, contains). */
import { fieldError, json, validationError } from '../responses.ts'
import { type RouteTable, route } from './define.ts'
import { pageOf, readPageQuery } from './paging.ts'

export const roleRoutes = {
  listRoles: route({
    handle: ({ state, url }) => {
      const page = readPageQuery(url.searchParams, 'roles')
      const name = url.searchParams.get('name')
      const errors = [...page.errors]
      if (name !== null && (name.length < 1 || name.length > 300)) {
        errors.push(fieldError(['name'], 'must be 1 to 300 characters', 'query'))
      }
      if (errors.length > 0) {
        return validationError(errors)
      }
      const needle = name?.toLowerCase()
      const roles = needle
        ? state.roles.filter((role) => role.name.toLowerCase().includes(needle))
        : state.roles
      const { items, next } = pageOf(roles, page.query, 'roles')
      return json(200, { roles: items, ...(next ? { next } : {}) })
    },
  }),
} satisfies Partial<RouteTable>
