import type { CallOptions, MyOrgClient } from '../client-types.ts'
import type { RequestSpec } from '../http.ts'
import type { ProvisioningConfig } from '../types.ts'
import { type Call, byId, byIdNoContent } from './call.ts'
import { checkedList } from './list-items.ts'
import {
  createScimTokenRequestSchema,
  createdScimTokenSchema,
  emptyBodySchema,
  provisioningAttributeSchema,
  provisioningConfigEnvelopeSchema,
  scimTokenListEnvelopeSchema,
  scimTokenSchema,
} from '../schemas/index.ts'

/** A provisioning configuration with its mapping rows not yet checked. */
type RawConfig = Omit<ProvisioningConfig, 'attributes'> & { attributes: unknown[] }

/**
 * A provisioning read or write by provider id whose mapping keeps its valid rows when one
 * breaks the contract (`attributes.skipped`).
 */
function configById(
  call: Call,
  operation: 'getProvisioning' | 'createProvisioning' | 'refreshProvisioningAttributes',
  send: Pick<RequestSpec<RawConfig>, 'body' | 'bodySchema'> = {},
): (idpId: string, options?: CallOptions) => Promise<ProvisioningConfig> {
  const read = byId(call, operation, 'idp_id', provisioningConfigEnvelopeSchema, send)
  return async (idpId, options) => {
    const config = await read(idpId, options)
    return {
      ...config,
      attributes: checkedList(
        config.attributes,
        provisioningAttributeSchema,
        'attributes',
        operation,
      ),
    }
  }
}

/** `identityProviders.provisioning`: SCIM provisioning of one provider and its tokens. */
export function provisioningResource(call: Call): MyOrgClient['identityProviders']['provisioning'] {
  const listScimTokens = byId(call, 'listScimTokens', 'idp_id', scimTokenListEnvelopeSchema)

  return {
    get: configById(call, 'getProvisioning'),
    create: configById(call, 'createProvisioning'),
    delete: byIdNoContent(call, 'deleteProvisioning', 'idp_id'),
    refreshAttributes: configById(call, 'refreshProvisioningAttributes', {
      body: {},
      bodySchema: emptyBodySchema,
    }),
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
