import { MyOrgCodeLoadError } from '../errors.ts'
import type { MemberParts } from './member-parts.ts'

/** How each method of a lazily loaded namespace is forwarded: awaited, or iterated. */
type LazyShape<T> = {
  readonly [K in keyof T]: T[K] extends (...args: never[]) => AsyncIterable<unknown>
    ? 'iterate'
    : T[K] extends (...args: never[]) => Promise<unknown>
      ? 'call'
      : LazyShape<T[K]>
}

interface ShapeNode {
  readonly [key: string]: 'call' | 'iterate' | ShapeNode
}

type AnyMethod = (...args: unknown[]) => unknown

// Every member method, so the type check fails when MemberParts gains one that is not listed.
const MEMBER_PARTS_SHAPE: LazyShape<MemberParts> = {
  members: {
    list: 'call',
    listAll: 'iterate',
    get: 'call',
    remove: 'call',
    roles: { list: 'call', listAll: 'iterate', assign: 'call', unassign: 'call' },
  },
  invitations: {
    list: 'call',
    listAll: 'iterate',
    get: 'call',
    create: 'call',
    revoke: 'call',
    roles: 'call',
  },
  roles: { list: 'call', listAll: 'iterate' },
}

function lazyTree(
  load: () => Promise<unknown>,
  shape: ShapeNode,
  path: readonly string[],
): Record<string, unknown> {
  const methodAt = async (at: readonly string[]): Promise<AnyMethod> =>
    at.reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key],
      await load(),
    ) as AnyMethod
  const entries = Object.entries(shape).map(([key, kind]): [string, unknown] => {
    const at = [...path, key]
    if (kind === 'call') {
      return [key, async (...args: unknown[]) => (await methodAt(at))(...args)]
    }
    if (kind === 'iterate') {
      return [
        key,
        (...args: unknown[]) => ({
          async *[Symbol.asyncIterator]() {
            yield* (await methodAt(at))(...args) as AsyncIterable<unknown>
          },
        }),
      ]
    }
    return [key, lazyTree(load, kind, at)]
  })
  return Object.fromEntries(entries)
}

/**
 * The member operations, with their schemas and batching, loaded on first use: a page that
 * shows only domains or SSO never downloads them (a host bundler splits the `import()` into
 * its own chunk). Every method has the same signature as the loaded one.
 */
export function lazyMemberParts(load: () => Promise<MemberParts>): MemberParts {
  let loading: Promise<MemberParts> | undefined
  // A failed download is not kept: the next call (a query's retry, "Try again") loads anew.
  const once = (): Promise<MemberParts> =>
    (loading ??= load().catch((cause: unknown) => {
      loading = undefined
      throw new MyOrgCodeLoadError({ cause })
    }))
  return lazyTree(once, MEMBER_PARTS_SHAPE, []) as unknown as MemberParts
}
