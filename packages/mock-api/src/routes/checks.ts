/**
 * The checks a route may run before its handler: what each looks up, and how it refuses. The
 * runner in `define.ts` applies them in the order a route lists them.
 */
import type { OrgDomain, ProvisioningConfig } from '@myorg-kit/client'

import { forbidden, notFound, validationError } from '../responses.ts'
import type { MockIdentityProvider } from '../seed/identity-providers.ts'
import type { MockScimToken } from '../seed/provisioning.ts'
import type { MyOrgState, MyOrgStore } from '../store.ts'
import { type SafeParser, check as parse } from '../validation.ts'

/**
 * A check run before a handler; the first that fails answers:
 * - `idp`: the identity provider of the path exists and is visible (access_level not none), else 404;
 * - `provisioned`: it has a provisioning configuration, else 404;
 * - `scim-token`: the SCIM token of the path is one of its tokens, else 404;
 * - `domain`: the domain of the path exists, else 404;
 * - `body`: the body matches the route's schema, else 400 with `validation_errors`;
 * - `full-access`: the provider's access_level is full, else 403 naming the route's `action`;
 * - `not-readonly`: the provider's access_level is not readonly, else 403.
 */
export type Check =
  'idp' | 'provisioned' | 'scim-token' | 'domain' | 'body' | 'full-access' | 'not-readonly'

/** What checks and handlers read: the request and the store. */
export interface BaseContext {
  readonly store: MyOrgStore
  readonly state: MyOrgState
  /** Decoded path parameters, already checked against their patterns. */
  readonly params: Readonly<Record<string, string>>
  readonly url: URL
  readonly request: Request
  /** The handler's clock (ms). */
  readonly now: () => number
}

/** What the checks find, under the name a handler reads it by. */
export interface Found<Body> {
  idp: MockIdentityProvider
  provisioning: ProvisioningConfig
  scimToken: MockScimToken
  domain: OrgDomain
  body: Body
}

/** The body schema, or a function of the provider when the schema depends on its strategy. */
export type BodyParser<Body> = SafeParser<Body> | ((idp: MockIdentityProvider) => SafeParser<Body>)

/** What a route gives its checks besides the context. */
export interface CheckInput<Body> {
  /** The route's body schema. */
  parser: BodyParser<Body> | undefined
  /** The body, parsed as JSON. */
  raw: unknown
  /** What the caller tried, for the `full-access` 403. */
  action: string | undefined
}

/** The check whose result each check reads, which must run before it. */
export function prerequisiteOf(
  check: Check,
  parser: BodyParser<unknown> | undefined,
): Check | undefined {
  if (check === 'body') {
    return parser && !('safeParse' in parser) ? 'idp' : undefined
  }
  return check === 'idp' || check === 'domain' ? undefined : 'idp'
}

function required<T>(value: T | undefined): T {
  if (value === undefined) {
    throw new Error('A route check ran without what it needs (see prerequisiteOf).')
  }
  return value
}

/** Run one check: store what it finds in `found`, or return the response that refuses. */
export function runCheck<Body>(
  check: Check,
  ctx: BaseContext,
  found: Partial<Found<Body>>,
  input: CheckInput<Body>,
): Response | undefined {
  const { params, state, store } = ctx
  switch (check) {
    case 'idp': {
      const idp = store.findIdentityProvider(params.idp_id ?? '')
      found.idp = idp?.access_level === 'none' ? undefined : idp
      return found.idp ? undefined : notFound('The IdP does not exist.')
    }
    case 'provisioned':
      found.provisioning = state.provisioning.get(required(found.idp).id)
      return found.provisioning
        ? undefined
        : notFound('Provisioning is not configured for this identity provider.')
    case 'scim-token': {
      const idpId = required(found.idp).id
      const tokenId = params.idp_scim_token_id ?? ''
      found.scimToken = state.scimTokens.find(
        (token) => token.identity_provider_id === idpId && token.token_id === tokenId,
      )
      return found.scimToken ? undefined : notFound('The SCIM token does not exist.')
    }
    case 'domain':
      found.domain = store.findDomain(params.domain_id ?? '')
      return found.domain ? undefined : notFound('The domain does not exist.')
    case 'body': {
      const parser = required(input.parser)
      const schema = 'safeParse' in parser ? parser : parser(required(found.idp))
      const result = parse(schema, input.raw, 'body')
      found.body = result.ok ? result.data : undefined
      return result.ok ? undefined : validationError(result.errors)
    }
    case 'full-access': {
      const level = required(found.idp).access_level
      return level === 'full'
        ? undefined
        : forbidden(
            `You cannot ${required(input.action)}: its access_level is ${level}, and this needs full access. Ask the tenant administrator.`,
          )
    }
    case 'not-readonly':
      return required(found.idp).access_level === 'readonly'
        ? forbidden(
            'This identity provider is read-only for the organization (access_level readonly).',
          )
        : undefined
  }
}
