'use client'

import {
  type InvitationPage,
  type MemberInvitation,
  maxInvitationTtlSeconds,
  memberBatchLimits,
  invitationsOf,
} from '@myorg-kit/client'
import { type UseInfiniteQueryResult, mutationOptions } from '@tanstack/react-query'

import type { MyOrgQueryContext } from '../provider/my-org-context.ts'
import { batchMutationOptions } from './batch-mutation.ts'
import { type ItemProgress, sendEachChunk } from './batch-results.ts'
import type { MyOrgQueryHookOptions } from './hook-options.ts'
import { type CursorPageRequest, type PageSize, cursorListQueryOptions } from './cursor-pages.ts'
import { myOrgKeys } from './query-keys.ts'
import { type CursorPages, useMyOrgInfiniteQuery } from './use-my-org-infinite-query.ts'
import { myOrgMutationHook } from './use-my-org-mutation.ts'

/** What every address of one invite shares. */
export interface InvitationSettings {
  /** Role ids given on acceptance (up to 10). @default none */
  roleIds?: readonly string[] | undefined
  /** The connection the invitees must sign in with. @default undefined (the API's choice) */
  identityProviderId?: string | undefined
  /** Lifetime of the links in seconds (1 s to 30 days). @default 7 days */
  ttlSeconds?: number | undefined
  /** Who invites them, as the email and the list show it. @default undefined */
  inviterName?: string | undefined
}

/** Variables of {@link useCreateInvitations}. */
export interface CreateInvitationsVariables extends InvitationSettings {
  /** The addresses, already checked and without duplicates. */
  emails: readonly string[]
  /** After each request (of up to 10 addresses) has answered. */
  onProgress?: ((progress: ItemProgress) => void) | undefined
}

/** `GET /member-invitations`, newest first, page by page. */
export function invitationsInfiniteQueryOptions(ctx: MyOrgQueryContext, params: PageSize = {}) {
  const keyFor = (take: number) => myOrgKeys.invitationList(ctx.keyScope, { take })
  const list = (page: CursorPageRequest) => invitationsOf(ctx.client).list(page)
  return cursorListQueryOptions(params, keyFor, list)
}

/** The outcome of one address. */
export type InvitationOutcome =
  | { email: string; invitation: MemberInvitation; error?: undefined }
  | { email: string; invitation?: undefined; error: Error }

/**
 * `POST /member-invitations`, 10 addresses per request, one request after another (paced by
 * the client, never retried after a 5xx, so nobody gets two emails); a failed request doesn't
 * stop the next. Resolves with one outcome per address. The lists refetch: new invitations
 * (and the ones they replace) are the API's to place.
 */
export function createInvitationsMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<InvitationOutcome[], Error, CreateInvitationsVariables>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'createInvitations'],
    mutationFn: async (variables) => {
      const roles = variables.roleIds?.length ? [...variables.roleIds] : undefined
      const outcomes = await sendEachChunk(
        variables.emails,
        memberBatchLimits.invitees,
        (part) =>
          invitationsOf(ctx.client).create({
            invitees: part.map((email) => (roles ? { email, roles } : { email })),
            ...(variables.identityProviderId
              ? { identity_provider_id: variables.identityProviderId }
              : {}),
            ...(variables.ttlSeconds === undefined ? {} : { ttl_sec: variables.ttlSeconds }),
            ...(variables.inviterName ? { inviter: { name: variables.inviterName } } : {}),
          }),
        { onProgress: variables.onProgress },
      )
      return outcomes.flatMap((outcome) =>
        outcome.items.map((email): InvitationOutcome => {
          const invitation = outcome.value?.find(
            (item) => item.invitee?.email?.toLowerCase() === email.toLowerCase(),
          )
          return invitation
            ? { email, invitation }
            : { email, error: outcome.error ?? new Error(`No invitation returned for ${email}`) }
        }),
      )
    },
    onSettled: (_data, _error, _variables, _result, { client }) =>
      client.invalidateQueries({ queryKey: myOrgKeys.invitationLists(ctx.keyScope) }),
  })
}

/** The lifetime an invitation was sent with, in seconds, within what the API accepts. */
export function invitationTtlSeconds(invitation: MemberInvitation): number | undefined {
  if (!invitation.created_at || !invitation.expires_at) {
    return undefined
  }
  const seconds = Math.round(
    (Date.parse(invitation.expires_at) - Date.parse(invitation.created_at)) / 1000,
  )
  return Number.isFinite(seconds) && seconds > 0
    ? Math.min(seconds, maxInvitationTtlSeconds)
    : undefined
}

/**
 * Resend: a fresh invitation to the same address with the same roles, provider and lifetime.
 * The API replaces the address's active invitation itself, so nothing is revoked here.
 */
export function resendInvitationMutationOptions(ctx: MyOrgQueryContext) {
  return mutationOptions<MemberInvitation[], Error, MemberInvitation>({
    mutationKey: [...myOrgKeys.all(ctx.keyScope), 'resendInvitation'],
    mutationFn: (invitation) => {
      const email = invitation.invitee?.email ?? ''
      const ttl = invitationTtlSeconds(invitation)
      return invitationsOf(ctx.client).create({
        invitees: [invitation.roles?.length ? { email, roles: invitation.roles } : { email }],
        ...(invitation.identity_provider_id
          ? { identity_provider_id: invitation.identity_provider_id }
          : {}),
        ...(ttl === undefined ? {} : { ttl_sec: ttl }),
        ...(invitation.inviter?.name ? { inviter: { name: invitation.inviter.name } } : {}),
      })
    },
    onSuccess: (_data, _invitation, _result, { client }) =>
      client.invalidateQueries({ queryKey: myOrgKeys.invitationLists(ctx.keyScope) }),
  })
}

/**
 * `POST /delete-member-invitations`, 10 ids per request; a failed request doesn't stop the
 * next. Succeeds with each invitation's outcome; the revoked ones leave the loaded pages.
 */
export function revokeInvitationsMutationOptions(ctx: MyOrgQueryContext) {
  return batchMutationOptions(ctx, 'revokeInvitations')
}

/** The invitation list's data: the pages, plus every invitation loaded so far. */
export type InvitationsData = CursorPages<InvitationPage> & {
  invitations: MemberInvitation[]
}

/** Options of {@link useInvitations}. */
export interface UseInvitationsOptions extends MyOrgQueryHookOptions {
  /** Page size (1–100). @default 50 */
  take?: number
}

/** The organization's invitations, pending and expired, newest first, page by page. */
export function useInvitations(
  options?: UseInvitationsOptions,
): UseInfiniteQueryResult<InvitationsData> {
  return useMyOrgInfiniteQuery(
    (ctx) =>
      invitationsInfiniteQueryOptions(
        ctx,
        options?.take === undefined ? {} : { take: options.take },
      ),
    (data) => ({ ...data, invitations: data.pages.flatMap((page) => page.invitations) }),
    options,
  )
}

/** Invites addresses; `mutateAsync({ emails, roleIds, identityProviderId, ttlSeconds })`. */
export const useCreateInvitations = myOrgMutationHook(createInvitationsMutationOptions)

/** Sends a fresh invitation like an old one; `mutate(invitation)`. */
export const useResendInvitation = myOrgMutationHook(resendInvitationMutationOptions)

/** Revokes invitations, 10 per request; `mutateAsync({ ids })`. */
export const useRevokeInvitations = myOrgMutationHook(revokeInvitationsMutationOptions)
