import type { MemberParts } from './member-parts.ts'

/**
 * The member operations, with their schemas and batching, loaded on first use: a page that
 * shows only domains or SSO never downloads them (a host bundler splits the `import()` into
 * its own chunk). Every method has the same signature as the loaded one.
 */
export function lazyMemberParts(load: () => Promise<MemberParts>): MemberParts {
  let loading: Promise<MemberParts> | undefined
  const parts = (): Promise<MemberParts> => (loading ??= load())
  const later =
    <Args extends unknown[], Result>(
      pick: (loaded: MemberParts) => (...args: Args) => Promise<Result>,
    ) =>
    async (...args: Args): Promise<Result> =>
      pick(await parts())(...args)
  const laterAll =
    <Args extends unknown[], Item>(
      pick: (loaded: MemberParts) => (...args: Args) => AsyncIterable<Item>,
    ) =>
    (...args: Args): AsyncIterable<Item> => ({
      async *[Symbol.asyncIterator]() {
        yield* pick(await parts())(...args)
      },
    })
  return {
    members: {
      list: later(
        (p) =>
          (...args) =>
            p.members.list(...args),
      ),
      listAll: laterAll(
        (p) =>
          (...args) =>
            p.members.listAll(...args),
      ),
      get: later(
        (p) =>
          (...args) =>
            p.members.get(...args),
      ),
      remove: later(
        (p) =>
          (...args) =>
            p.members.remove(...args),
      ),
      roles: {
        list: later(
          (p) =>
            (...args) =>
              p.members.roles.list(...args),
        ),
        listAll: laterAll(
          (p) =>
            (...args) =>
              p.members.roles.listAll(...args),
        ),
        assign: later(
          (p) =>
            (...args) =>
              p.members.roles.assign(...args),
        ),
        unassign: later(
          (p) =>
            (...args) =>
              p.members.roles.unassign(...args),
        ),
      },
    },
    invitations: {
      list: later(
        (p) =>
          (...args) =>
            p.invitations.list(...args),
      ),
      listAll: laterAll(
        (p) =>
          (...args) =>
            p.invitations.listAll(...args),
      ),
      get: later(
        (p) =>
          (...args) =>
            p.invitations.get(...args),
      ),
      create: later(
        (p) =>
          (...args) =>
            p.invitations.create(...args),
      ),
      revoke: later(
        (p) =>
          (...args) =>
            p.invitations.revoke(...args),
      ),
      roles: later(
        (p) =>
          (...args) =>
            p.invitations.roles(...args),
      ),
    },
    roles: {
      list: later(
        (p) =>
          (...args) =>
            p.roles.list(...args),
      ),
      listAll: laterAll(
        (p) =>
          (...args) =>
            p.roles.listAll(...args),
      ),
    },
  }
}
