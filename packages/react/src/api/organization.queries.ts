'use client'

import {
  type IdentityProvidersConfiguration,
  MyOrgApiError,
  type OrgConfiguration,
  type OrgDetails,
  type UpdateOrgDetailsRequest,
  configurationOf,
  detailsOf,
} from '@myorg-kit/client'
import { type UseQueryResult, mutationOptions } from '@tanstack/react-query'

import { type MyOrgQueryContext } from '../provider/my-org-context.ts'
import { kitQueryOptions } from './kit-query-options.ts'
import { type MyOrgQueryHookOptions } from './hook-options.ts'
import { myOrgMutationHook } from './use-my-org-mutation.ts'
import { useMyOrgQuery } from './use-my-org-query.ts'
import { myOrgKeys } from './query-keys.ts'

/** `GET /details`: the organization's name, display name and branding. */
export function orgDetailsQueryOptions(ctx: MyOrgQueryContext) {
  return kitQueryOptions({
    queryKey: myOrgKeys.details(ctx.keyScope),
    queryFn: ({ signal }): Promise<OrgDetails> => detailsOf(ctx.client).get({ signal }),
  })
}

/**
 * A 404 from an endpoint that reads a setting (the organization's configuration, an identity
 * provider's provisioning) means "not configured": resolves to `null`. Other failures still throw.
 */
export async function nullWhenNotConfigured<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request
  } catch (error) {
    if (error instanceof MyOrgApiError && error.status === 404) {
      return null
    }
    throw error
  }
}

/**
 * `GET /config`: allowed strategies and the connection deletion behaviour. A 404 means the
 * organization has no My Organization configuration and resolves to `null`.
 */
export function orgConfigurationQueryOptions(ctx: MyOrgQueryContext) {
  return kitQueryOptions({
    queryKey: myOrgKeys.configuration(ctx.keyScope),
    queryFn: ({ signal }): Promise<OrgConfiguration | null> =>
      nullWhenNotConfigured(configurationOf(ctx.client).get({ signal })),
  })
}

/**
 * `GET /config/identity-providers`: what the organization may configure per strategy. A 404
 * resolves to `null` ("not configured").
 */
export function identityProvidersConfigurationQueryOptions(ctx: MyOrgQueryContext) {
  return kitQueryOptions({
    queryKey: myOrgKeys.identityProvidersConfiguration(ctx.keyScope),
    queryFn: ({ signal }): Promise<IdentityProvidersConfiguration | null> =>
      nullWhenNotConfigured(configurationOf(ctx.client).identityProviders({ signal })),
  })
}

/** `PATCH /details`: writes the answer (the saved details) into the details query. No refetch. */
export function updateOrgDetailsMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<OrgDetails, Error, UpdateOrgDetailsRequest>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'updateOrganizationDetails'],
    mutationFn: (body) => detailsOf(ctx.client).update(body),
    onSuccess: (details, _body, _result, { client }) => {
      client.setQueryData(myOrgKeys.details(ctx.keyScope), details)
    },
  })
}

/** The organization's details. */
export function useOrgDetails(options?: MyOrgQueryHookOptions): UseQueryResult<OrgDetails> {
  return useMyOrgQuery(orgDetailsQueryOptions, options)
}

/** Updates the organization's details. */
export const useUpdateOrgDetails = myOrgMutationHook(updateOrgDetailsMutationOptions)

/** The organization's configuration (allowed strategies, deletion behaviour); `null` if none. */
export function useOrgConfiguration(
  options?: MyOrgQueryHookOptions,
): UseQueryResult<OrgConfiguration | null> {
  return useMyOrgQuery(orgConfigurationQueryOptions, options)
}

/** What the organization may configure on identity providers, per strategy; `null` if none. */
export function useIdentityProvidersConfiguration(
  options?: MyOrgQueryHookOptions,
): UseQueryResult<IdentityProvidersConfiguration | null> {
  return useMyOrgQuery(identityProvidersConfigurationQueryOptions, options)
}
