import type { MyOrgClient } from '../client-types.ts'
import type { Call } from './call.ts'
import {
  identityProvidersConfigurationSchema,
  orgConfigurationSchema,
  orgDetailsSchema,
  updateOrgDetailsRequestSchema,
} from '../schemas/index.ts'

/** `organization`, `details` and `configuration`: the organization itself. */
export function organizationResources(
  call: Call,
): Pick<MyOrgClient, 'organization' | 'details' | 'configuration'> {
  return {
    organization: {
      delete: (o = {}) =>
        call<undefined>({ operation: 'deleteOrganization', signal: o.signal }).then(
          () => undefined,
        ),
    },
    details: {
      get: (o = {}) =>
        call({
          operation: 'getOrganizationDetails',
          responseSchema: orgDetailsSchema,
          signal: o.signal,
        }),
      update: (body, o = {}) =>
        call({
          operation: 'updateOrganizationDetails',
          body,
          bodySchema: updateOrgDetailsRequestSchema,
          responseSchema: orgDetailsSchema,
          signal: o.signal,
        }),
    },
    configuration: {
      get: (o = {}) =>
        call({
          operation: 'getConfiguration',
          responseSchema: orgConfigurationSchema,
          signal: o.signal,
        }),
      identityProviders: (o = {}) =>
        call({
          operation: 'getIdentityProvidersConfiguration',
          responseSchema: identityProvidersConfigurationSchema,
          signal: o.signal,
        }),
    },
  }
}
