import type { MyOrgClient } from '../client-types.ts'
import { type Call, byId, byIdNoContent } from './call.ts'
import { checkedList } from './list-items.ts'
import {
  createScimTokenRequestSchema,
  createdScimTokenSchema,
  emptyBodySchema,
  provisioningConfigSchema,
  scimTokenListEnvelopeSchema,
  scimTokenSchema,
} from '../schemas/index.ts'

/** `identityProviders.provisioning`: SCIM provisioning of one provider and its tokens. */
export function provisioningResource(call: Call): MyOrgClient['identityProviders']['provisioning'] {
  const listScimTokens = byId(call, 'listScimTokens', 'idp_id', scimTokenListEnvelopeSchema)

  return {
    get: byId(call, 'getProvisioning', 'idp_id', provisioningConfigSchema),
    create: byId(call, 'createProvisioning', 'idp_id', provisioningConfigSchema),
    delete: byIdNoContent(call, 'deleteProvisioning', 'idp_id'),
    refreshAttributes: byId(
      call,
      'refreshProvisioningAttributes',
      'idp_id',
      provisioningConfigSchema,
      {
        body: {},
        bodySchema: emptyBodySchema,
      },
    ),
    scimTokens: {
      list: async (idpId, o) =>
        checkedList(
          (await listScimTokens(idpId, o)).scim_tokens,
          scimTokenSchema,
          'scim_tokens',
          'listScimTokens',
        ),
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
