import type { MyOrgClient } from '../client-types.ts'
import { type Call, byId, byIdNoContent } from './call.ts'
import {
  createScimTokenRequestSchema,
  createdScimTokenSchema,
  emptyBodySchema,
  provisioningConfigSchema,
  scimTokenListSchema,
} from '../schemas/index.ts'

/** `identityProviders.provisioning`: SCIM provisioning of one provider and its tokens. */
export function provisioningResource(call: Call): MyOrgClient['identityProviders']['provisioning'] {
  return {
    get: byId(call, 'getProvisioning', 'idp_id', provisioningConfigSchema),
    create: byId(call, 'createProvisioning', 'idp_id', provisioningConfigSchema),
    delete: byIdNoContent(call, 'deleteProvisioning', 'idp_id'),
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
