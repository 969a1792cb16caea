import type { MyOrgClient } from '../client-types.ts'
import { MyOrgRequestValidationError } from '../errors.ts'
import type { IdpStrategy } from '../types.ts'
import { type Call, byId, byIdNoContent } from './call.ts'
import { checkedList } from './list-items.ts'
import { provisioningResource } from './provisioning.ts'
import {
  createIdentityProviderRequestSchema,
  emptyBodySchema,
  identityProviderListEnvelopeSchema,
  identityProviderListItemSchema,
  identityProviderSchema,
  idpDomainRequestSchema,
  idpDomainResponseSchema,
  updateIdentityProviderRequestSchema,
} from '../schemas/index.ts'

/** `identityProviders`: SSO connections, their domains, and (nested) their provisioning. */
export function identityProviderResource(call: Call): MyOrgClient['identityProviders'] {
  return {
    list: async (o = {}) =>
      checkedList(
        (
          await call({
            operation: 'listIdentityProviders',
            query: { member_access_level: o.memberAccessLevel },
            responseSchema: identityProviderListEnvelopeSchema,
            signal: o.signal,
          })
        ).identity_providers,
        identityProviderListItemSchema,
        'identity_providers',
        'listIdentityProviders',
      ),
    get: byId(call, 'getIdentityProvider', 'idp_id', identityProviderSchema),
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
    delete: byIdNoContent(call, 'deleteIdentityProvider', 'idp_id'),
    detach: byIdNoContent(call, 'detachIdentityProvider', 'idp_id'),
    refreshAttributes: byId(
      call,
      'refreshIdentityProviderAttributes',
      'idp_id',
      identityProviderSchema,
      {
        body: {},
        bodySchema: emptyBodySchema,
      },
    ),
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
