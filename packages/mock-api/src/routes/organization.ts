/**
 * The organization: its details, its deletion, and the two configuration documents.
 */
import { updateOrgDetailsRequestSchema } from '@myorg-kit/client/schemas'

import { json, noContent } from '../responses.ts'
import { type RouteTable, route } from './define.ts'

export const organizationRoutes = {
  getOrganizationDetails: route({
    handle: ({ state }) => json(200, state.organization),
  }),

  updateOrganizationDetails: route({
    checks: ['body'],
    body: updateOrgDetailsRequestSchema,
    handle: ({ state, body }) => {
      const { name, display_name, branding } = body
      if (name !== undefined) {
        state.organization.name = name
      }
      if (display_name !== undefined) {
        state.organization.display_name = display_name
      }
      if (branding !== undefined) {
        const next = { ...state.organization.branding }
        if (branding.logo_url === null) {
          delete next.logo_url
        } else if (branding.logo_url !== undefined) {
          next.logo_url = branding.logo_url
        }
        if (branding.colors !== undefined) {
          next.colors = { ...branding.colors }
        }
        state.organization.branding = next
      }
      return json(200, state.organization)
    },
  }),

  deleteOrganization: route({
    handle: ({ state }) => {
      state.organizationDeleted = true
      return noContent()
    },
  }),

  getConfiguration: route({
    handle: ({ state }) => json(200, state.configuration),
  }),

  getIdentityProvidersConfiguration: route({
    handle: ({ state }) => json(200, state.identityProvidersConfiguration),
  }),
} satisfies Partial<RouteTable>
