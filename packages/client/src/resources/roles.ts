import type { RolesClient } from '../member-client-types.ts'
import type { Call } from './call.ts'
import { pageQuery, pagedList } from './query.ts'
import { rolePageSchema } from '../schemas/index.ts'

/** `roles`: the roles the organization may give, paged, filtered by name. */
export function roleResource(call: Call): RolesClient {
  const list: RolesClient['list'] = (params = {}) =>
    call({
      operation: 'listRoles',
      query: { ...pageQuery(params), name: params.name },
      responseSchema: rolePageSchema,
      signal: params.signal,
    })
  return pagedList(list, (page) => page.roles)
}
