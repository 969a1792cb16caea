/**
 * How a route is declared: the checks it runs before its handler, in the order it lists them,
 * and the handler. The order decides which error wins when several apply (the API answers with
 * the first), so every route states it, and one runner applies it.
 */
import type { OperationName } from '@myorg-kit/client'

import { badRequest } from '../responses.ts'
import {
  type BaseContext,
  type BodyParser,
  type Check,
  type Found,
  prerequisiteOf,
  runCheck,
} from './checks.ts'

export type { BaseContext, Check } from './checks.ts'

/** The check that finds each field of a handler's context. */
interface FoundBy {
  idp: 'idp'
  provisioning: 'provisioned'
  scimToken: 'scim-token'
  domain: 'domain'
  body: 'body'
}

/** A handler's context: the base, plus what its checks `C` found. */
export type RouteContext<C extends Check, Body> = BaseContext & {
  readonly [K in keyof FoundBy as FoundBy[K] extends C ? K : never]: Found<Body>[K]
}

/** A route as its resource file declares it. */
export interface RouteSpec<C extends Check, Body> {
  /** Run in this order before `handle`; the first that fails answers. @default [] */
  readonly checks?: readonly C[]
  /** The schema of the `body` check. Its JSON is read before any check runs. */
  readonly body?: BodyParser<Body>
  /** What the caller tried, for the `full-access` 403 ("delete this identity provider"). */
  readonly action?: string
  /** Answer the request, once every check has passed. */
  readonly handle: (ctx: RouteContext<C, Body>) => Response | Promise<Response>
}

/** What the checks `C` make required: a schema for `body`, an action for `full-access`. */
type Needs<C extends Check> = ('body' extends C ? { readonly body: unknown } : unknown) &
  ('full-access' extends C ? { readonly action: string } : unknown)

/** A route of the table. Opaque: its body type is checked inside {@link route}. */
export interface Route {
  readonly run: (ctx: BaseContext) => Promise<Response>
}

/** One route per operation of the client: an operation without a route fails to compile. */
export type RouteTable = Record<OperationName, Route>

async function readJson(request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> {
  const text = await request.text()
  if (text.trim() === '') {
    return { ok: true, body: {} }
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

/** Throw when a route is declared so that a check could not run (see {@link route}). */
function assertDeclared(
  checks: readonly Check[],
  parser: BodyParser<unknown> | undefined,
  action: string | undefined,
): void {
  if (parser && !checks.includes('body')) {
    throw new Error("A route with a body schema must list the 'body' check.")
  }
  if (checks.includes('full-access') && action === undefined) {
    throw new Error("A route with the 'full-access' check needs an action for its 403.")
  }
  checks.forEach((check, index) => {
    const needed = prerequisiteOf(check, parser)
    if (needed && !checks.slice(0, index).includes(needed)) {
      throw new Error(`Route check '${check}' needs '${needed}' before it.`)
    }
  })
}

/**
 * Declare a route. When it has a body, the JSON is read first (400 when it is not JSON); then
 * its checks run in order, and the first that fails answers; else `handle` does. Throws at once
 * when a check is listed before the one it reads (`provisioned` before `idp`), when a schema
 * comes without the `body` check, or `full-access` without an action.
 *
 * @example
 * route({ checks: ['idp', 'full-access'], action: 'detach this identity provider', handle })
 */
export function route<C extends Check = never, Body = undefined>(
  spec: RouteSpec<C, Body> & Needs<C>,
): Route {
  const checks: readonly Check[] = spec.checks ?? []
  assertDeclared(checks, spec.body, spec.action)
  return {
    async run(ctx) {
      let raw: unknown = undefined
      if (spec.body) {
        const read = await readJson(ctx.request)
        if (!read.ok) {
          return badRequest('The request body is not valid JSON.')
        }
        raw = read.body
      }
      const found: Partial<Found<Body>> = {}
      const input = { parser: spec.body, raw, action: spec.action }
      for (const check of checks) {
        const refused = runCheck(check, ctx, found, input)
        if (refused) {
          return refused
        }
      }
      return spec.handle({ ...ctx, ...found } as RouteContext<C, Body>)
    },
  }
}
