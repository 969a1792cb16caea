'use client'

import type {
  IdentityProvidersConfiguration,
  OrgConfiguration,
  OrgDetails,
  UpdateOrgDetailsRequest,
} from '@myorg-kit/client'
import {
  type UseMutationResult,
  type UseQueryResult,
  mutationOptions,
  queryOptions,
} from '@tanstack/react-query'

import { type MyOrgQueryContext } from '../provider/my-org-context.ts'
import { type MyOrgMutationHookOptions, type MyOrgQueryHookOptions } from './hook-options.ts'
import { useMyOrgMutation } from './use-my-org-mutation.ts'
import { useMyOrgQuery } from './use-my-org-query.ts'
import { myOrgKeys } from './query-keys.ts'

/** `GET /details`: the organization's name, display name and branding. */
export function orgDetailsQueryOptions(ctx: MyOrgQueryContext) {
  return queryOptions({
    queryKey: myOrgKeys.details(ctx.keyScope),
    queryFn: ({ signal }): Promise<OrgDetails> => ctx.client.details.get({ signal }),
  })
}

/** `GET /config`: allowed strategies and the connection deletion behaviour. */
export function orgConfigurationQueryOptions(ctx: MyOrgQueryContext) {
  return queryOptions({
    queryKey: myOrgKeys.configuration(ctx.keyScope),
    queryFn: ({ signal }): Promise<OrgConfiguration> => ctx.client.configuration.get({ signal }),
  })
}

/** `GET /config/identity-providers`: what the organization may configure per strategy. */
export function identityProvidersConfigurationQueryOptions(ctx: MyOrgQueryContext) {
  return queryOptions({
    queryKey: myOrgKeys.identityProvidersConfiguration(ctx.keyScope),
    queryFn: ({ signal }): Promise<IdentityProvidersConfiguration> =>
      ctx.client.configuration.identityProviders({ signal }),
  })
}

/** `PATCH /details`: writes the result into the details query, then marks it stale. */
export function updateOrgDetailsMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<OrgDetails, Error, UpdateOrgDetailsRequest>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'updateOrganizationDetails'],
    mutationFn: (body) => ctx.client.details.update(body),
    onSuccess: async (details, _body, _result, { client }) => {
      client.setQueryData(myOrgKeys.details(ctx.keyScope), details)
      await client.invalidateQueries({ queryKey: myOrgKeys.details(ctx.keyScope) })
    },
  })
}

/** The organization's details. */
export function useOrgDetails(options?: MyOrgQueryHookOptions): UseQueryResult<OrgDetails> {
  return useMyOrgQuery(orgDetailsQueryOptions, options)
}

/** Updates the organization's details. */
export function useUpdateOrgDetails(
  options?: MyOrgMutationHookOptions<OrgDetails, UpdateOrgDetailsRequest>,
): UseMutationResult<OrgDetails, Error, UpdateOrgDetailsRequest> {
  return useMyOrgMutation(updateOrgDetailsMutationOptions, options)
}

/** The organization's configuration (allowed strategies, deletion behaviour). */
export function useOrgConfiguration(
  options?: MyOrgQueryHookOptions,
): UseQueryResult<OrgConfiguration> {
  return useMyOrgQuery(orgConfigurationQueryOptions, options)
}

/** What the organization may configure on identity providers, per strategy. */
export function useIdentityProvidersConfiguration(
  options?: MyOrgQueryHookOptions,
): UseQueryResult<IdentityProvidersConfiguration> {
  return useMyOrgQuery(identityProvidersConfigurationQueryOptions, options)
}
