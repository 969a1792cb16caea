/**
 * Identity providers: list, create, get, update, delete, detach, and refresh of the attribute
 * mapping. Linking domains is in `identity-provider-domains.ts`.
 */
import type { CreateIdentityProviderRequest, OrganizationAccessLevel } from '@myorg-kit/client'
import {
  createIdentityProviderRequestSchema,
  emptyBodySchema,
  updateIdentityProviderRequestSchema,
} from '@myorg-kit/client/schemas'

import { randomId } from '../ids.ts'
import {
  type ValidationErrorDetail,
  apiError,
  fieldError,
  forbidden,
  json,
  noContent,
  validationError,
} from '../responses.ts'
import { defaultSsoAttributes } from '../seed/attributes.ts'
import type { MockIdentityProvider } from '../seed/identity-providers.ts'
import type { MyOrgState, MyOrgStore } from '../store.ts'
import { identityProviderBody, minimalIdentityProviderBody, responseOptions } from './bodies.ts'
import { type RouteTable, route } from './define.ts'
import {
  discoveryFailure,
  organizationFlagErrors,
  refreshRows,
  removeIdentityProvider,
} from './identity-provider-rules.ts'

const accessLevels: readonly OrganizationAccessLevel[] = ['none', 'readonly', 'limited', 'full']

/** The `member_access_level` filter, or the 400 naming each unknown level. */
function levelFilter(searchParams: URLSearchParams): string[] | Response {
  const levels = searchParams.getAll('member_access_level')
  const errors = levels.flatMap((level, index) =>
    accessLevels.some((known) => known === level)
      ? []
      : [
          fieldError(
            ['member_access_level', index],
            `must be one of: ${accessLevels.join(', ')}`,
            'query',
          ),
        ],
  )
  return errors.length > 0 ? validationError(errors) : levels
}

/** The 400 entries of a create body the organization may not use, and its lower-case domains. */
function createErrors(
  store: MyOrgStore,
  input: CreateIdentityProviderRequest,
): { errors: ValidationErrorDetail[]; domains: string[] } {
  const { state } = store
  const errors: ValidationErrorDetail[] = []
  const allowed = state.configuration.allowed_strategies
  if (allowed && !allowed.includes(input.strategy)) {
    errors.push(
      fieldError(
        ['strategy'],
        `is not allowed for this organization (allowed: ${allowed.join(', ')})`,
        'body',
      ),
    )
  }
  errors.push(...organizationFlagErrors(state, input))
  const domains = (input.domains ?? []).map((domain) => domain.toLowerCase())
  domains.forEach((domain, index) => {
    if (store.findDomainByName(domain)?.status !== 'verified') {
      errors.push(
        fieldError(['domains', index], 'must be a verified domain of this organization', 'body'),
      )
    }
  })
  return { errors, domains }
}

/**
 * The 403 for an update the provider's access level forbids: any change when readonly; with
 * limited, anything but the toggles.
 */
function accessRefusal(idp: MockIdentityProvider, changed: string[]): Response | undefined {
  if (idp.access_level === 'readonly' && changed.length > 0) {
    return forbidden(
      'This identity provider is read-only for the organization (access_level readonly). Ask the tenant administrator to change it.',
    )
  }
  if (idp.access_level === 'limited') {
    const refused = changed.filter((key) => key === 'display_name' || key === 'options')
    if (refused.length > 0) {
      return forbidden(
        `With access_level limited you can only change is_enabled, show_as_button and assign_membership_on_login, not ${refused.join(', ')}.`,
      )
    }
  }
  return undefined
}

function hasProviderNamed(state: MyOrgState, name: string): boolean {
  return state.identityProviders.some((idp) => idp.name.toLowerCase() === name.toLowerCase())
}

export const identityProviderRoutes = {
  listIdentityProviders: route({
    handle: ({ state, url }) => {
      const levels = levelFilter(url.searchParams)
      if (levels instanceof Response) {
        return levels
      }
      const selected =
        levels.length > 0
          ? state.identityProviders.filter((idp) => levels.includes(idp.access_level))
          : state.identityProviders
      return json(200, {
        identity_providers: selected.map((idp) =>
          idp.access_level === 'none'
            ? minimalIdentityProviderBody(idp)
            : identityProviderBody(idp),
        ),
      })
    },
  }),

  createIdentityProvider: route({
    checks: ['body'],
    body: createIdentityProviderRequestSchema,
    handle: ({ store, state, body: input }) => {
      const { errors, domains } = createErrors(store, input)
      if (errors.length > 0) {
        return validationError(errors)
      }
      if (hasProviderNamed(state, input.name)) {
        return apiError(
          409,
          'A0E-409-0001',
          'Configuration issue',
          `An identity provider named "${input.name}" already exists.`,
        )
      }
      const discovery = discoveryFailure(input.strategy, input.options)
      if (discovery) {
        return discovery
      }
      const idp: MockIdentityProvider = {
        id: randomId('con'),
        name: input.name,
        strategy: input.strategy,
        display_name: input.display_name ?? input.name,
        show_as_button: input.show_as_button ?? true,
        assign_membership_on_login: input.assign_membership_on_login ?? false,
        is_enabled: input.is_enabled ?? true,
        access_level: 'full',
        domains: [...new Set(domains)],
        options: responseOptions(input.strategy, { ...input.options }),
        user_count: 0,
      }
      const attributes = defaultSsoAttributes(input.strategy)
      if (attributes) {
        idp.attributes = attributes
      }
      state.identityProviders.push(idp)
      return json(201, identityProviderBody(idp))
    },
  }),

  getIdentityProvider: route({
    checks: ['idp'],
    handle: ({ idp }) => json(200, identityProviderBody(idp)),
  }),

  updateIdentityProvider: route({
    checks: ['idp', 'body'],
    body: (idp) => updateIdentityProviderRequestSchema(idp.strategy),
    handle: ({ state, idp, body: input }) => {
      const refused = accessRefusal(idp, Object.keys(input))
      if (refused) {
        return refused
      }
      const errors = organizationFlagErrors(state, input)
      if (errors.length > 0) {
        return validationError(errors)
      }
      if (input.display_name !== undefined) {
        idp.display_name = input.display_name
      }
      if (input.show_as_button !== undefined) {
        idp.show_as_button = input.show_as_button
      }
      if (input.assign_membership_on_login !== undefined) {
        idp.assign_membership_on_login = input.assign_membership_on_login
      }
      if (input.is_enabled !== undefined) {
        idp.is_enabled = input.is_enabled
      }
      const discovery = input.options && discoveryFailure(idp.strategy, input.options)
      if (discovery) {
        return discovery
      }
      if (input.options !== undefined) {
        idp.options = responseOptions(idp.strategy, { ...input.options }, idp.options)
      }
      return json(200, identityProviderBody(idp))
    },
  }),

  deleteIdentityProvider: route({
    checks: ['idp', 'full-access'],
    action: 'delete this identity provider',
    handle: ({ state, idp }) => {
      if (
        state.configuration.connection_deletion_behavior === 'allow_if_empty' &&
        idp.user_count > 0
      ) {
        return apiError(
          409,
          'A0E-409-0001',
          'Configuration issue',
          `The identity provider still has ${idp.user_count} user${idp.user_count === 1 ? '' : 's'}, and connection_deletion_behavior is allow_if_empty: it can only be deleted once it has no users. Detach it from the organization instead, or ask the tenant administrator.`,
        )
      }
      removeIdentityProvider(state, idp.id)
      return noContent()
    },
  }),

  detachIdentityProvider: route({
    checks: ['idp', 'full-access'],
    action: 'detach this identity provider',
    handle: ({ state, idp }) => {
      removeIdentityProvider(state, idp.id)
      return noContent()
    },
  }),

  refreshIdentityProviderAttributes: route({
    checks: ['idp', 'body', 'not-readonly'],
    body: emptyBodySchema,
    handle: ({ idp }) => {
      if (idp.attributes) {
        idp.attributes = refreshRows(idp.attributes)
      }
      return json(200, identityProviderBody(idp))
    },
  }),
} satisfies Partial<RouteTable>
