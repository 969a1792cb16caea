import type { CallOptions, MyOrgClient } from '../client-types.ts'
import type { Call } from './call.ts'
import {
  createScimTokenRequestSchema,
  createdScimTokenSchema,
  emptyBodySchema,
  provisioningConfigSchema,
  scimTokenListSchema,
} from '../schemas/index.ts'

/** `identityProviders.provisioning`: SCIM provisioning of one provider and its tokens. */
export function provisioningResource(call: Call): MyOrgClient['identityProviders']['provisioning'] {
  /** Reading and creating differ only in their operation: both answer the configuration. */
  const configCall =
    (operation: 'getProvisioning' | 'createProvisioning') =>
    (idpId: string, o: CallOptions = {}) =>
      call({
        operation,
        pathParams: { idp_id: idpId },
        responseSchema: provisioningConfigSchema,
        signal: o.signal,
      })

  return {
    get: configCall('getProvisioning'),
    create: configCall('createProvisioning'),
    delete: (idpId, o = {}) =>
      call<undefined>({
        operation: 'deleteProvisioning',
        pathParams: { idp_id: idpId },
        signal: o.signal,
      }).then(() => undefined),
    refreshAttributes: (idpId, o = {}) =>
      call({
        operation: 'refreshProvisioningAttributes',
        pathParams: { idp_id: idpId },
        body: {},
        bodySchema: emptyBodySchema,
        responseSchema: provisioningConfigSchema,
        signal: o.signal,
      }),
    scimTokens: {
      list: async (idpId, o = {}) =>
        (
          await call({
            operation: 'listScimTokens',
            pathParams: { idp_id: idpId },
            responseSchema: scimTokenListSchema,
            signal: o.signal,
          })
        ).scim_tokens ?? [],
      create: (idpId, body = {}, o = {}) =>
        call({
          operation: 'createScimToken',
          pathParams: { idp_id: idpId },
          body,
          bodySchema: createScimTokenRequestSchema,
          responseSchema: createdScimTokenSchema,
          signal: o.signal,
        }),
      delete: (idpId, tokenId, o = {}) =>
        call<undefined>({
          operation: 'deleteScimToken',
          pathParams: { idp_id: idpId, idp_scim_token_id: tokenId },
          signal: o.signal,
        }).then(() => undefined),
    },
  }
}
