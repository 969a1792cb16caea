/**
 * Provisioning (SCIM) of an identity provider: get, set up, remove, and refresh the attribute
 * mapping.
 */
import { type ProvisioningConfig, identityProvidersConfigurationKey } from '@myorg-kit/client'
import { emptyBodySchema } from '@myorg-kit/client/schemas'

import { badRequest, json, noContent } from '../responses.ts'
import { defaultProvisioningAttributes } from '../seed/attributes.ts'
import type { MyOrgState } from '../store.ts'
import { type RouteTable, route } from './define.ts'
import { refreshRows } from './identity-provider-rules.ts'

function removeScimTokens(state: MyOrgState, idpId: string): void {
  state.scimTokens = state.scimTokens.filter((token) => token.identity_provider_id !== idpId)
}

export const provisioningRoutes = {
  getProvisioning: route({
    checks: ['idp', 'provisioned'],
    handle: ({ provisioning }) => json(200, provisioning),
  }),

  createProvisioning: route({
    checks: ['idp', 'full-access'],
    action: 'set up provisioning for this identity provider',
    handle: ({ state, idp, now }) => {
      const strategies = state.identityProvidersConfiguration.strategies
      const features = strategies[identityProvidersConfigurationKey(idp.strategy)]
      if (!features?.enabled_features.includes('provisioning')) {
        return badRequest(`Provisioning is not available for the ${idp.strategy} strategy.`)
      }
      if (state.provisioning.has(idp.id)) {
        return badRequest('Provisioning is already configured for this identity provider.')
      }
      const timestamp = new Date(now()).toISOString()
      const config: ProvisioningConfig = {
        identity_provider_id: idp.id,
        identity_provider_name: idp.name,
        strategy: idp.strategy,
        method: 'scim',
        attributes: defaultProvisioningAttributes(),
        user_id_attribute: 'externalId',
        created_at: timestamp,
        updated_on: timestamp,
      }
      state.provisioning.set(idp.id, config)
      return json(201, config)
    },
  }),

  deleteProvisioning: route({
    checks: ['idp', 'provisioned', 'full-access'],
    action: 'remove provisioning from this identity provider',
    handle: ({ state, idp }) => {
      state.provisioning.delete(idp.id)
      removeScimTokens(state, idp.id)
      return noContent()
    },
  }),

  refreshProvisioningAttributes: route({
    checks: ['idp', 'provisioned', 'body', 'full-access'],
    body: emptyBodySchema,
    action: 'change provisioning of this identity provider',
    handle: ({ state, idp, provisioning, now }) => {
      provisioning.attributes = refreshRows(provisioning.attributes)
      provisioning.updated_on = new Date(now()).toISOString()
      // Auth0's UI warns that re-syncing the mapping deletes the existing SCIM tokens.
      removeScimTokens(state, idp.id)
      return json(200, provisioning)
    },
  }),
} satisfies Partial<RouteTable>
