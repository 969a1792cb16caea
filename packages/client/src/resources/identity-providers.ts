import type { CallOptions, MyOrgClient } from '../client-types.ts'
import { MyOrgRequestValidationError } from '../errors.ts'
import type { IdpStrategy } from '../types.ts'
import type { Call } from './call.ts'
import { provisioningResource } from './provisioning.ts'
import {
  createIdentityProviderRequestSchema,
  emptyBodySchema,
  identityProviderListSchema,
  identityProviderSchema,
  idpDomainRequestSchema,
  idpDomainResponseSchema,
  updateIdentityProviderRequestSchema,
} from '../schemas/index.ts'

/** `identityProviders`: SSO connections, their domains, and (nested) their provisioning. */
export function identityProviderResource(call: Call): MyOrgClient['identityProviders'] {
  /** Deleting and detaching differ only in their operation: both answer 204. */
  const withoutBody =
    (operation: 'deleteIdentityProvider' | 'detachIdentityProvider') =>
    (idpId: string, o: CallOptions = {}) =>
      call<undefined>({ operation, pathParams: { idp_id: idpId }, signal: o.signal }).then(
        () => undefined,
      )

  return {
    list: async (o = {}) =>
      (
        await call({
          operation: 'listIdentityProviders',
          query: { member_access_level: o.memberAccessLevel },
          responseSchema: identityProviderListSchema,
          signal: o.signal,
        })
      ).identity_providers ?? [],
    get: (idpId, o = {}) =>
      call({
        operation: 'getIdentityProvider',
        pathParams: { idp_id: idpId },
        responseSchema: identityProviderSchema,
        signal: o.signal,
      }),
    create: (body, o = {}) =>
      call({
        operation: 'createIdentityProvider',
        body,
        bodySchema: createIdentityProviderRequestSchema,
        responseSchema: identityProviderSchema,
        signal: o.signal,
      }),
    update: async (idpId, body, o = {}) =>
      call({
        operation: 'updateIdentityProvider',
        pathParams: { idp_id: idpId },
        body,
        bodySchema: updateIdentityProviderRequestSchema(
          requireStrategyForOptions(body, o.strategy),
        ),
        responseSchema: identityProviderSchema,
        signal: o.signal,
      }),
    delete: withoutBody('deleteIdentityProvider'),
    detach: withoutBody('detachIdentityProvider'),
    refreshAttributes: (idpId, o = {}) =>
      call({
        operation: 'refreshIdentityProviderAttributes',
        pathParams: { idp_id: idpId },
        body: {},
        bodySchema: emptyBodySchema,
        responseSchema: identityProviderSchema,
        signal: o.signal,
      }),
    domains: {
      add: (idpId, domain, o = {}) =>
        call({
          operation: 'addIdentityProviderDomain',
          pathParams: { idp_id: idpId },
          body: { domain },
          bodySchema: idpDomainRequestSchema,
          responseSchema: idpDomainResponseSchema,
          signal: o.signal,
        }),
      remove: (idpId, domain, o = {}) =>
        call<undefined>({
          operation: 'removeIdentityProviderDomain',
          pathParams: { idp_id: idpId, domain },
          signal: o.signal,
        }).then(() => undefined),
    },
    provisioning: provisioningResource(call),
  }
}

/**
 * `options` differ per strategy and the API's own update schema cannot tell them apart, so an
 * update that carries `options` must say which strategy it is for.
 */
function requireStrategyForOptions(
  body: { options?: unknown },
  strategy: IdpStrategy | undefined,
): IdpStrategy | undefined {
  if (body.options !== undefined && strategy === undefined) {
    throw new MyOrgRequestValidationError(
      [
        {
          path: ['options'],
          field: 'options',
          message:
            'can only be checked with the provider’s strategy: pass { strategy } as the third argument',
        },
      ],
      'updateIdentityProvider',
    )
  }
  return strategy
}
