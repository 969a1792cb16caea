'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { UseMutationResult } from '@tanstack/react-query'
import type { UseFormReturn } from 'react-hook-form'

import {
  type DomainSyncProgress,
  type DomainSyncResult,
  type SyncIdentityProviderDomainsVariables,
  useSyncIdentityProviderDomains,
} from '../../api/identity-provider-domains.queries.ts'
import {
  useCreateIdentityProvider,
  useUpdateIdentityProvider,
} from '../../api/identity-providers.queries.ts'
import { purgeSensitiveMutations } from '../../api/sensitive-mutations.ts'
import type { MyOrgTranslator } from '../../i18n/translator.ts'
import { toError } from '../../kit/use-my-org-component.ts'
import { useStableCallback } from '../../kit/use-stable-callback.ts'
import { useMyOrg } from '../../provider/my-org-context.ts'
import { useWizardScope } from './wizard-context.tsx'
import type { LinkFailure, SaveOutcome, WizardEvent, WizardState } from './wizard-machine.ts'
import { type WizardSaving, wizardSaving } from './wizard-saving.ts'
import { type IdpWizardFlags, type IdpWizardValues, toWizardValues } from './wizard-values.ts'

/** What {@link useIdpSubmission} works with. */
export interface SubmissionInput {
  mode: 'create' | 'edit'
  idp: IdentityProvider | undefined
  initial: IdpWizardValues
  flags: IdpWizardFlags
  form: UseFormReturn<IdpWizardValues>
  state: WizardState
  send: (event: WizardEvent) => void
  /** Domains may be linked and unlinked (permissions, and the access level in edit mode). */
  canLink: boolean
  canUnlink: boolean
  onCreated: ((idp: IdentityProvider) => void) | undefined
  onUpdated: ((idp: IdentityProvider) => void) | undefined
}

/** The domains to link to a provider and to unlink from it. */
interface DomainChanges {
  link: readonly string[]
  unlink: readonly string[]
}

/**
 * Sends a failed save back where it belongs: to its field (with the server's words, focused on
 * its step), or under the step when no field is concerned.
 */
function sendBack(
  error: unknown,
  form: UseFormReturn<IdpWizardValues>,
  send: (event: WizardEvent) => void,
  t: MyOrgTranslator['t'],
): void {
  const saving = wizardSaving.current()
  const target = saving?.errorTarget(error, form.getValues('strategy')) ?? { step: 'review' }
  if (saving && target.field && target.step !== 'review') {
    form.setError(target.field, { type: 'server', message: saving.fieldErrorMessage(t, target) })
    send({ type: 'fieldError', step: target.step, field: target.field })
  } else {
    send({ type: 'failed', error })
  }
}

/** The saving code; if it can't load (offline, a new deploy), `onFailure` gets that error. */
async function loadSaving(onFailure: (error: unknown) => void): Promise<WizardSaving | undefined> {
  try {
    return await wizardSaving.preload()
  } catch (error) {
    onFailure(error)
    return undefined
  }
}

/**
 * Runs the batch; should the batch itself fail (it collects each domain's failure), every
 * change counts as failed, so the user can retry.
 */
async function syncAll(
  sync: UseMutationResult<DomainSyncResult, Error, SyncIdentityProviderDomainsVariables>,
  variables: SyncIdentityProviderDomainsVariables & DomainChanges,
): Promise<readonly LinkFailure[]> {
  try {
    return (await sync.mutateAsync(variables)).failed
  } catch (caught) {
    const error = toError(caught)
    return [
      ...variables.link.map((domain) => ({ domain, change: 'link' as const, error })),
      ...variables.unlink.map((domain) => ({ domain, change: 'unlink' as const, error })),
    ]
  }
}

/**
 * Saves the provider (create or update), then links and unlinks its domains in one batch,
 * telling the machine at each stage. A failure goes back to its field when it has one; after
 * failed links a retry links only those. Secrets leave memory as soon as the provider is saved.
 */
export function useIdpSubmission(input: SubmissionInput): {
  submit: () => Promise<void>
  finish: () => void
} {
  const { mode, form, send, flags } = input
  const { t, reportError } = useWizardScope()
  const { queryClient } = useMyOrg()
  const create = useCreateIdentityProvider()
  const update = useUpdateIdentityProvider()
  const sync = useSyncIdentityProviderDomains()
  const onCreated = useStableCallback(input.onCreated)
  const onUpdated = useStableCallback(input.onUpdated)

  const fail = (error: unknown, action: 'create' | 'update'): void => {
    reportError(error, action)
    sendBack(error, form, send, t)
  }

  /** The secret leaves memory: the form, the mutation observers and the MutationCache. */
  const dropSecrets = (): void => {
    form.setValue('clientSecret', '')
    create.reset()
    update.reset()
    purgeSensitiveMutations(queryClient)
  }

  const complete = (idp: IdentityProvider, outcome: SaveOutcome): void => {
    if (outcome === 'created') {
      onCreated(idp)
    } else {
      form.reset(toWizardValues(idp))
      onUpdated(idp)
    }
  }

  const showProgress = (progress: DomainSyncProgress): void => {
    if (progress.outcome === 'pending') {
      const { domain, current, total } = progress
      send({ type: 'linkProgress', domain, current, total })
    }
  }

  /** Links and unlinks the saved provider's domains in one batch, then completes or reports. */
  const link = async (idp: IdentityProvider, outcome: SaveOutcome, changes: DomainChanges) => {
    const idpId = idp.id
    const failed =
      idpId && changes.link.length + changes.unlink.length > 0
        ? await syncAll(sync, { idpId, ...changes, onProgress: showProgress })
        : []
    send({ type: 'linked', failed })
    if (failed[0]) {
      reportError(failed[0].error, 'link')
    } else {
      complete(idp, outcome)
    }
  }

  const saveCreate = async (saving: WizardSaving): Promise<void> => {
    const values = form.getValues()
    let created: IdentityProvider
    try {
      created = await create.mutateAsync(saving.buildCreateBody(values, flags))
    } catch (error) {
      fail(error, 'create')
      return
    }
    send({ type: 'saved', idp: created, outcome: 'created' })
    dropSecrets()
    form.reset({ ...form.getValues(), clientSecret: '' })
    await link(created, 'created', { link: input.canLink ? values.domains : [], unlink: [] })
  }

  const saveUpdate = async (
    saving: WizardSaving,
    idp: IdentityProvider,
    idpId: string,
  ): Promise<void> => {
    const values = form.getValues()
    const body = saving.buildUpdateBody(idp, input.initial, values, flags)
    let saved = idp
    if (Object.keys(body).length > 0) {
      try {
        saved = await update.mutateAsync({ idpId, body, strategy: idp.strategy })
      } catch (error) {
        fail(error, 'update')
        return
      }
    }
    send({ type: 'saved', idp: saved, outcome: 'updated' })
    dropSecrets()
    const changes = saving.domainChanges(input.initial.domains, values.domains)
    await link(saved, 'updated', {
      link: input.canLink ? changes.link : [],
      unlink: input.canUnlink ? changes.unlink : [],
    })
  }

  const submit = async (): Promise<void> => {
    const { phase } = input.state
    if (phase.kind === 'linkFailed') {
      send({ type: 'submit' })
      const retry = (change: LinkFailure['change']) =>
        phase.failed.filter((item) => item.change === change).map((item) => item.domain)
      await link(phase.idp, phase.outcome, { link: retry('link'), unlink: retry('unlink') })
      return
    }
    const idp = mode === 'edit' ? input.idp : undefined
    if (phase.kind !== 'editing' || (mode === 'edit' && !idp?.id)) {
      return
    }
    send({ type: 'submit' })
    const saving = await loadSaving((error) => {
      fail(error, idp ? 'update' : 'create')
    })
    if (saving) {
      await (idp?.id ? saveUpdate(saving, idp, idp.id) : saveCreate(saving))
    }
  }

  const finish = (): void => {
    const { phase } = input.state
    if (phase.kind === 'linkFailed') {
      send({ type: 'finish' })
      complete(phase.idp, phase.outcome)
    }
  }

  return { submit, finish }
}
