'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import type { IdentityProvider, IdpStrategy, OrgDomain } from '@myorg-kit/client'
import {
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { type UseFormReturn, useForm, useWatch } from 'react-hook-form'

import { useDomains } from '../../api/domains.queries.ts'
import {
  useAddIdentityProviderDomain,
  useCreateIdentityProvider,
  useIdentityProvider,
  useRemoveIdentityProviderDomain,
  useUpdateIdentityProvider,
} from '../../api/identity-providers.queries.ts'
import {
  useIdentityProvidersConfiguration,
  useOrgConfiguration,
} from '../../api/organization.queries.ts'
import type { MyOrgTranslator } from '../../i18n/translator.ts'
import type { DeepPartial, MyOrgMessageKey, MyOrgMessages } from '../../i18n/types.ts'
import { useMyOrgTranslator } from '../../i18n/use-my-org-translator.ts'
import { useMyOrg } from '../../provider/my-org-context.ts'
import { useMyOrgPermissions, useMyOrgSession } from '../../provider/use-my-org-session.ts'
import { cx, getSlotProps } from '../../theming/slots.ts'
import { useMyOrgRootProps } from '../../theming/use-my-org-root-props.ts'
import { MyOrgErrorNotice } from '../error-notice/error-notice.tsx'
import { renderAccessState } from '../shared/access-state.tsx'
import { type ParsedCertificate, certificateStatus, parseCertificate } from './certificate.ts'
import {
  IDP_WIZARD_STEPS,
  type IdpWizardField,
  type IdpWizardFlags,
  type IdpWizardStep,
  type IdpWizardValues,
  buildCreateBody,
  buildUpdateBody,
  createIdpWizardSchema,
  emptyWizardValues,
  errorTarget,
  secretRequiredWithOptions,
  stepFields,
  toWizardValues,
} from './idp-wizard.schema.ts'
import type { IdpWizardSlot } from './idp-wizard.slots.ts'
import { METADATA_MAX_BYTES, parseSamlMetadata } from './saml-metadata.ts'
import { type ServiceProviderValues, getServiceProviderValues } from './sp-values.ts'
import { availableStrategies, isSamlFamily } from './strategies.ts'
import { StrategyLogo } from '../../ui/strategy-logo.tsx'
import { idpWizardMessages } from './idp-wizard.messages.ts'
import { CopyButton } from '../../ui/copy-button.tsx'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { idpWizard: idpWizardMessages }

export type { IdpWizardStep } from './idp-wizard.schema.ts'

/** Props of {@link IdpWizard}. */
export interface IdpWizardProps {
  /**
   * Edit this identity provider (`con_…`) instead of creating one. Only what the provider's
   * `access_level` allows can be changed; the wizard explains what is locked.
   * @default undefined
   */
  identityProviderId?: string
  /** The current step, to control it (with `onStepChange`). @default undefined */
  step?: IdpWizardStep
  /**
   * The first step when uncontrolled.
   * @default 'provider' (create) or 'connection' (edit)
   */
  defaultStep?: IdpWizardStep
  /** Fires when the wizard moves to another step. @default undefined */
  onStepChange?: (step: IdpWizardStep) => void
  /**
   * Fires once the provider is created and its domains are linked, with the provider the API
   * returned. Secrets are already dropped from memory.
   * @default undefined
   */
  onIdentityProviderCreated?: (idp: IdentityProvider) => void
  /** Fires after an edit was saved, with the provider the API returned. @default undefined */
  onIdentityProviderUpdated?: (idp: IdentityProvider) => void
  /**
   * The user leaves the wizard (Cancel). When something was typed, the wizard asks first and
   * calls this only once the user confirms. Without it, Cancel is not shown.
   * @default undefined
   */
  onCancel?: () => void
  /** Fires on every failure the wizard shows (it explains each itself). @default undefined */
  onError?: (error: unknown) => void
  /**
   * The domain users sign in through, when it differs from the provider's `domain` (a custom
   * domain). The callback, ACS and metadata URLs are built from it.
   * @default the provider's domain
   */
  authDomain?: string
  /**
   * The Auth0 tenant name, for the SAML entity ID `urn:auth0:{tenant}:{connection}`. Needed when
   * `authDomain` is a custom domain.
   * @default the first label of the domain
   */
  tenantName?: string
  /**
   * Where to verify a domain (e.g. your domains page), linked next to each unverified domain on
   * the domains step. Without it, the step says to verify them on the domains page.
   * @default undefined
   */
  getVerifyDomainHref?: (domain: string) => string
  /** Heading level of the wizard's title. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5
  /** Extra class on the root element, merged after library classes. @default undefined */
  className?: string
  /** Per-slot classes; see {@link IdpWizardSlot}. @default undefined */
  classNames?: Partial<Record<IdpWizardSlot, string>>
  /**
   * Text overrides for this instance, over the provider's `messages` (the wizard's texts are
   * under `idpWizard`).
   * @default undefined
   */
  messages?: DeepPartial<MyOrgMessages>
  /** Render without library styles (CSS variables, classes and data attributes stay). @default false */
  unstyled?: boolean
  /** The root `<section>` element. @default undefined */
  ref?: Ref<HTMLElement>
}

type T = MyOrgTranslator['t']
type SlotFn = (name: IdpWizardSlot) => ReturnType<typeof getSlotProps>

/**
 * Sets up (or edits) an SSO identity provider step by step: the provider type, the values the
 * customer's IdP admin must enter (with copy buttons and a printable setup sheet), the connection
 * details (metadata and certificates checked in the browser), name and display, domains, and a
 * review. Errors go back to the step and field they belong to; nothing typed is lost.
 *
 * @example
 * ```tsx
 * <IdpWizard
 *   onIdentityProviderCreated={(idp) => navigate(`/sso/${idp.id}`)}
 *   onCancel={() => navigate('/sso')}
 * />
 * ```
 */
export function IdpWizard(props: IdpWizardProps): ReactNode {
  const { ref, onError, ...rest } = props
  const { identityProviderId, headingLevel = 2, className, classNames, messages, unstyled } = rest
  const translator = useMyOrgTranslator(messages, ownTexts)
  const { t } = translator
  const permissions = useMyOrgPermissions()
  const session = useMyOrgSession()
  const mode = identityProviderId ? 'edit' : 'create'
  const canReadConfig = permissions.can('getConfiguration')
  const canAct =
    mode === 'create'
      ? permissions.can('createIdentityProvider')
      : permissions.can('updateIdentityProvider') && permissions.can('getIdentityProvider')
  const config = useOrgConfiguration({ enabled: canAct && canReadConfig && mode === 'create' })
  const idpConfig = useIdentityProvidersConfiguration({ enabled: canAct && canReadConfig })
  const idp = useIdentityProvider(identityProviderId ?? '', {
    enabled: canAct && mode === 'edit',
  })
  const titleId = useId()
  const slot: SlotFn = (name) => getSlotProps('IdpWizard', name, classNames)
  const rootSlot = slot('root')
  const rootProps = useMyOrgRootProps({
    componentClassName: cx('mk-IdpWizard', rootSlot.className),
    className,
    unstyled,
  })
  const Heading = `h${headingLevel}` as const
  const subLevel = (headingLevel + 1) as 3 | 4 | 5 | 6

  const onErrorRef = useRef(onError)
  useEffect(() => {
    onErrorRef.current = onError
  }, [onError])
  const loadError =
    (canReadConfig && mode === 'create' ? config.error : null) ??
    (canReadConfig ? idpConfig.error : null) ??
    (mode === 'edit' ? idp.error : null)
  useEffect(() => {
    if (loadError) {
      onErrorRef.current?.(loadError)
    }
  }, [loadError])

  let content: ReactNode = renderAccessState({
    permissions,
    session,
    canRead: canAct,
    noAccess:
      mode === 'create'
        ? { title: t('idpWizard.noAccess.title'), description: t('idpWizard.noAccess.description') }
        : {
            title: t('idpWizard.noEditAccess.title'),
            description: t('idpWizard.noEditAccess.description'),
          },
    noticeSlot: slot('notice'),
    headingLevel: subLevel,
    messages,
    unstyled,
  })
  const pending =
    permissions.status === 'loading' ||
    (canReadConfig && mode === 'create' && config.isPending) ||
    (canReadConfig && idpConfig.isPending) ||
    (mode === 'edit' && idp.isPending)
  if (content !== undefined) {
    // Session error or no permission.
  } else if (loadError) {
    content = (
      <MyOrgErrorNotice
        error={loadError}
        onRetry={() => {
          void config.refetch()
          void idpConfig.refetch()
          if (mode === 'edit') {
            void idp.refetch()
          }
        }}
        headingLevel={subLevel}
        messages={messages}
        unstyled={unstyled}
      />
    )
  } else if (pending) {
    content = (
      <p {...slot('notice')} role="status" aria-label={t('idpWizard.loading')}>
        <span className="mk-spinner" aria-hidden="true" /> {t('idpWizard.loading')}
      </p>
    )
  } else {
    const strategies = availableStrategies(
      canReadConfig ? config.data : null,
      canReadConfig ? idpConfig.data : null,
    )
    const org = canReadConfig ? idpConfig.data?.organization : undefined
    const flags: IdpWizardFlags = {
      canSetShowAsButton: org?.can_set_show_as_button ?? false,
      canSetAssignMembership: org?.can_set_assign_membership_on_login ?? false,
    }
    if (mode === 'create' && strategies.length === 0) {
      content = (
        <div {...slot('notice')} className={cx(slot('notice').className, 'mk-alert')} role="note">
          <p className="mk-alert-title">{t('idpWizard.notConfigured.title')}</p>
          <p className="mk-alert-description">{t('idpWizard.notConfigured.description')}</p>
        </div>
      )
    } else {
      content = (
        <WizardForm
          {...rest}
          key={idp.data?.id ?? 'create'}
          mode={mode}
          idp={mode === 'edit' ? idp.data : undefined}
          strategies={strategies}
          flags={flags}
          translator={translator}
          slot={slot}
          subLevel={subLevel}
          onErrorRef={onErrorRef}
        />
      )
    }
  }

  const name = idp.data?.display_name || idp.data?.name || ''
  return (
    <section
      {...rootProps}
      ref={ref}
      data-slot={rootSlot['data-slot']}
      aria-labelledby={titleId}
      aria-busy={pending || undefined}
    >
      <header {...slot('header')}>
        <Heading {...slot('title')} id={titleId}>
          {mode === 'create' ? t('idpWizard.title.create') : t('idpWizard.title.edit', { name })}
        </Heading>
        <p {...slot('description')}>
          {mode === 'create' ? t('idpWizard.description.create') : t('idpWizard.description.edit')}
        </p>
      </header>
      {content}
    </section>
  )
}

interface WizardFormProps extends Omit<IdpWizardProps, 'ref' | 'onError'> {
  mode: 'create' | 'edit'
  idp: IdentityProvider | undefined
  strategies: IdpStrategy[]
  flags: IdpWizardFlags
  translator: MyOrgTranslator
  slot: SlotFn
  subLevel: 3 | 4 | 5 | 6
  onErrorRef: { current: ((error: unknown) => void) | undefined }
}

function WizardForm(props: WizardFormProps): ReactNode {
  const { mode, idp, strategies, flags, translator, slot, subLevel, onErrorRef } = props
  const { t } = translator
  const permissions = useMyOrgPermissions()
  const { audience, queryClient } = useMyOrg()
  const steps = mode === 'create' ? IDP_WIZARD_STEPS : IDP_WIZARD_STEPS.slice(1)
  const initial = useMemo(
    () =>
      idp
        ? toWizardValues(idp)
        : emptyWizardValues(strategies.length === 1 ? (strategies[0] ?? '') : ''),
    [idp, strategies],
  )
  const schema = useMemo(
    () => createIdpWizardSchema(t, { mode, initial: idp ? initial : undefined }),
    [t, mode, idp, initial],
  )
  const form = useForm<IdpWizardValues>({
    defaultValues: initial,
    resolver: zodResolver(schema),
    mode: 'onTouched',
  })
  const { control, trigger, getValues, setError, setValue, reset, formState } = form
  const values: IdpWizardValues = { ...initial, ...useWatch({ control }) }
  const strategy = values.strategy
  const accessLevel = idp?.access_level ?? 'full'
  const readOnly = mode === 'edit' && (accessLevel === 'readonly' || accessLevel === 'none')
  const optionsLocked = mode === 'edit' && accessLevel !== 'full'

  // ── Step state: controlled or not ──────────────────────────────────────────────────────────
  const firstStep = mode === 'create' ? 'provider' : 'connection'
  const [innerStep, setInnerStep] = useState<IdpWizardStep>(() => {
    const wanted = props.defaultStep ?? firstStep
    return steps.includes(wanted) ? wanted : firstStep
  })
  const rawStep = props.step ?? innerStep
  const step = steps.includes(rawStep) ? rawStep : firstStep
  const stepIndex = steps.indexOf(step)
  const [furthest, setFurthest] = useState(mode === 'edit' ? steps.length - 1 : stepIndex)
  const onStepChange = props.onStepChange
  const goTo = useCallback(
    (next: IdpWizardStep) => {
      setInnerStep(next)
      setFurthest((current) => Math.max(current, steps.indexOf(next)))
      onStepChange?.(next)
    },
    [onStepChange, steps],
  )

  // Focus the step heading on every step change (not on first render).
  const headingRef = useRef<HTMLHeadingElement>(null)
  const shownStep = useRef(step)
  const pendingFocus = useRef<IdpWizardField | null>(null)
  useEffect(() => {
    if (shownStep.current === step) {
      return
    }
    shownStep.current = step
    const field = pendingFocus.current
    pendingFocus.current = null
    if (field) {
      form.setFocus(field)
      if (document.activeElement?.getAttribute('name') === field) {
        return
      }
    }
    headingRef.current?.focus()
  }, [step, form])

  // ── Submission ─────────────────────────────────────────────────────────────────────────────
  const create = useCreateIdentityProvider()
  const update = useUpdateIdentityProvider()
  const addDomain = useAddIdentityProviderDomain()
  const removeDomain = useRemoveIdentityProviderDomain()
  const [submitError, setSubmitError] = useState<unknown>(null)
  const [linking, setLinking] = useState<{ domain: string; current: number; total: number } | null>(
    null,
  )
  const [created, setCreated] = useState<IdentityProvider | null>(null)
  const [failedLinks, setFailedLinks] = useState<{ domain: string; error: unknown }[]>([])
  const [done, setDone] = useState<string | null>(null)
  const busy = create.isPending || update.isPending || linking !== null

  const canLink = permissions.can('addIdentityProviderDomain')
  const canUnlink = permissions.can('removeIdentityProviderDomain')

  const applyError = (error: unknown): void => {
    onErrorRef.current?.(error)
    const target = errorTarget(error, strategy)
    if (target.field && target.step !== 'review') {
      const message =
        target.reason === 'duplicate-name'
          ? t('idpWizard.errors.duplicateName')
          : target.reason === 'discovery'
            ? t('idpWizard.errors.discovery', {
                detail: target.detail ? ` (${target.detail})` : '',
              })
            : t('idpWizard.errors.server', { detail: target.detail ?? '' })
      setError(target.field, { type: 'server', message })
      pendingFocus.current = target.field
      setSubmitError(null)
      goTo(target.step)
      return
    }
    setSubmitError(error)
  }

  /** Links (and in edit mode unlinks) domains one after another; the client paces the writes. */
  const syncDomains = async (
    idpId: string,
    add: string[],
    remove: string[],
  ): Promise<{ domain: string; error: unknown }[]> => {
    const failed: { domain: string; error: unknown }[] = []
    const total = add.length + remove.length
    let current = 0
    for (const domain of add) {
      current++
      setLinking({ domain, current, total })
      try {
        await addDomain.mutateAsync({ idpId, domain })
      } catch (error) {
        failed.push({ domain, error })
      }
    }
    for (const domain of remove) {
      current++
      setLinking({ domain, current, total })
      try {
        await removeDomain.mutateAsync({ idpId, domain })
      } catch (error) {
        failed.push({ domain, error })
      }
    }
    setLinking(null)
    return failed
  }

  const dropSecrets = (): void => {
    setValue('clientSecret', '')
    // Mutations keep their variables (the body, with the secret) in the cache: remove them.
    create.reset()
    update.reset()
    const cache = queryClient.getMutationCache()
    for (const mutation of cache.getAll()) {
      const key = mutation.options.mutationKey
      const name = key?.[key.length - 1]
      if (
        (name === 'createIdentityProvider' || name === 'updateIdentityProvider') &&
        mutation.state.status !== 'pending'
      ) {
        cache.remove(mutation)
      }
    }
  }

  const submitCreate = async (): Promise<void> => {
    const v = getValues()
    let idpCreated = created
    if (!idpCreated) {
      try {
        idpCreated = await create.mutateAsync(buildCreateBody(v, flags))
      } catch (error) {
        applyError(error)
        return
      }
      setCreated(idpCreated)
      dropSecrets()
      reset({ ...getValues(), clientSecret: '' })
    }
    const toLink = canLink
      ? failedLinks.length > 0
        ? failedLinks.map((f) => f.domain)
        : v.domains
      : []
    const failed = idpCreated.id ? await syncDomains(idpCreated.id, toLink, []) : []
    setFailedLinks(failed)
    if (failed.length > 0) {
      onErrorRef.current?.(failed[0]?.error)
      return
    }
    setDone(
      t('idpWizard.success.created', { name: idpCreated.display_name || idpCreated.name || '' }),
    )
    props.onIdentityProviderCreated?.(idpCreated)
  }

  const submitUpdate = async (): Promise<void> => {
    if (!idp?.id) {
      return
    }
    const v = getValues()
    const body = buildUpdateBody(idp, initial, v, flags)
    let saved = idp
    if (Object.keys(body).length > 0) {
      try {
        saved = await update.mutateAsync({ idpId: idp.id, body, strategy: idp.strategy })
      } catch (error) {
        applyError(error)
        return
      }
    }
    const before = new Set(initial.domains)
    const after = new Set(v.domains)
    const add = accessLevel === 'full' && canLink ? v.domains.filter((d) => !before.has(d)) : []
    const remove =
      accessLevel === 'full' && canUnlink ? initial.domains.filter((d) => !after.has(d)) : []
    const failed = await syncDomains(idp.id, add, remove)
    setFailedLinks(failed)
    dropSecrets()
    if (failed.length > 0) {
      onErrorRef.current?.(failed[0]?.error)
      return
    }
    reset(toWizardValues(saved))
    setDone(t('idpWizard.success.updated', { name: saved.display_name || saved.name || '' }))
    props.onIdentityProviderUpdated?.(saved)
  }

  const next = async (): Promise<void> => {
    const fields = stepFields(step, strategy)
    const ok = fields.length === 0 || (await trigger(fields, { shouldFocus: true }))
    if (!ok) {
      return
    }
    const following = steps[stepIndex + 1]
    if (following) {
      goTo(following)
    }
  }

  // ── Leaving ────────────────────────────────────────────────────────────────────────────────
  const dirty = formState.isDirty && done === null && created === null
  useEffect(() => {
    if (!dirty) {
      return
    }
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [dirty])
  const [confirmLeave, setConfirmLeave] = useState(false)
  const cancel = (): void => {
    if (dirty) {
      setConfirmLeave(true)
    } else {
      props.onCancel?.()
    }
  }

  const spValues =
    strategy === ''
      ? undefined
      : getServiceProviderValues({
          strategy,
          domain: props.authDomain ?? new URL(audience).host,
          connectionName: values.name || 'CONNECTION_NAME',
          tenantName: props.tenantName,
        })

  const shared: StepProps = {
    form,
    values,
    t,
    translator,
    slot,
    mode,
    readOnly,
    optionsLocked,
    flags,
    initial,
    idp,
  }

  let body: ReactNode
  switch (step) {
    case 'provider':
      body = <ProviderStep {...shared} strategies={strategies} />
      break
    case 'sp-values':
      body = spValues ? <SpValuesStep {...shared} spValues={spValues} /> : null
      break
    case 'connection':
      body = <ConnectionStep {...shared} />
      break
    case 'details':
      body = <DetailsStep {...shared} />
      break
    case 'domains':
      body = (
        <DomainsStep
          {...shared}
          canLink={canLink}
          canUnlink={canUnlink}
          getVerifyDomainHref={props.getVerifyDomainHref}
        />
      )
      break
    case 'review':
      body = (
        <ReviewStep
          {...shared}
          steps={steps}
          goTo={goTo}
          noChanges={
            mode === 'edit' &&
            idp !== undefined &&
            Object.keys(buildUpdateBody(idp, initial, values, flags)).length === 0 &&
            values.domains.join() === initial.domains.join()
          }
        />
      )
      break
  }

  const stepHeadingKey = {
    provider: 'idpWizard.provider.heading',
    'sp-values': 'idpWizard.spValues.heading',
    connection: 'idpWizard.connection.heading',
    details: 'idpWizard.details.heading',
    domains: 'idpWizard.domains.heading',
    review: 'idpWizard.review.heading',
  } as const satisfies Record<IdpWizardStep, MyOrgMessageKey>
  const StepHeading = `h${subLevel}` as const
  const isLast = stepIndex === steps.length - 1
  const hasStepErrors = stepFields(step, strategy).some((field) => formState.errors[field])

  if (done !== null) {
    return (
      <div
        {...slot('notice')}
        className={cx(slot('notice').className, 'mk-alert')}
        data-variant="success"
        role="status"
      >
        <p className="mk-alert-title">{done}</p>
      </div>
    )
  }

  return (
    <form
      className="mk-IdpWizard-form"
      noValidate
      aria-busy={busy || undefined}
      onSubmit={(event) => {
        event.preventDefault()
        if (isLast) {
          void (mode === 'create' ? submitCreate() : submitUpdate())
        } else {
          void next()
        }
      }}
    >
      <nav aria-label={t('idpWizard.progressLabel')}>
        <ol {...slot('progress')}>
          {steps.map((item, index) => {
            const current = item === step
            const reachable = index <= furthest && !busy && created === null
            const itemSlot = slot('progressItem')
            return (
              <li
                key={item}
                {...itemSlot}
                data-state={current ? 'current' : index < stepIndex ? 'complete' : 'upcoming'}
              >
                {reachable && !current ? (
                  <button
                    type="button"
                    className="mk-IdpWizard-progressButton"
                    onClick={() => {
                      goTo(item)
                    }}
                  >
                    <span className="mk-IdpWizard-progressIndex" aria-hidden="true">
                      {index + 1}
                    </span>
                    {t(`idpWizard.steps.${item}`)}
                  </button>
                ) : (
                  <span
                    className="mk-IdpWizard-progressButton"
                    aria-current={current ? 'step' : undefined}
                  >
                    <span className="mk-IdpWizard-progressIndex" aria-hidden="true">
                      {index + 1}
                    </span>
                    {t(`idpWizard.steps.${item}`)}
                  </span>
                )}
              </li>
            )
          })}
        </ol>
      </nav>

      {mode === 'edit' ? (
        <p {...slot('notice')} className={cx(slot('notice').className, 'mk-alert')} role="note">
          <span className="mk-alert-description">
            {t(`idpWizard.accessLevel.${accessLevel === 'none' ? 'readonly' : accessLevel}`)}
          </span>
        </p>
      ) : null}

      <div {...slot('step')} data-step={step}>
        <p className="mk-IdpWizard-stepOf">
          {t('idpWizard.stepOf', { current: stepIndex + 1, total: steps.length })}
        </p>
        <StepHeading {...slot('stepHeading')} ref={headingRef} tabIndex={-1}>
          {step === 'review'
            ? t('idpWizard.review.heading', {
                action:
                  mode === 'create'
                    ? t('idpWizard.review.actionCreate')
                    : t('idpWizard.review.actionSave'),
              })
            : t(stepHeadingKey[step])}
        </StepHeading>
        {body}
      </div>

      {failedLinks.length > 0 ? (
        <div className="mk-alert" data-variant="warning" role="alert">
          <p className="mk-alert-description">
            {t('idpWizard.errors.linkFailed', {
              count: failedLinks.length,
              domains: translator.formatList(failedLinks.map((f) => f.domain)),
            })}
          </p>
          <MyOrgErrorNotice
            error={failedLinks[0]?.error}
            headingLevel={Math.min(subLevel + 1, 6) as 4 | 5 | 6}
            messages={props.messages}
            unstyled={props.unstyled}
          />
        </div>
      ) : null}
      {submitError ? (
        <MyOrgErrorNotice
          error={submitError}
          headingLevel={Math.min(subLevel + 1, 6) as 4 | 5 | 6}
          messages={props.messages}
          unstyled={props.unstyled}
        />
      ) : null}
      {hasStepErrors ? (
        <p className="mk-field-error" role="alert">
          {t('idpWizard.errors.stepHasErrors')}
        </p>
      ) : null}

      <div {...slot('footer')}>
        <p role="status" className="mk-IdpWizard-linking">
          {linking ? t('idpWizard.actions.linking', linking) : ''}
        </p>
        <div {...slot('actions')}>
          {props.onCancel && created === null ? (
            <button
              type="button"
              className="mk-button"
              data-variant="ghost"
              disabled={busy}
              onClick={cancel}
            >
              {t('idpWizard.actions.cancel')}
            </button>
          ) : null}
          {stepIndex > 0 && created === null ? (
            <button
              type="button"
              className="mk-button"
              disabled={busy}
              onClick={() => {
                const previous = steps[stepIndex - 1]
                if (previous) {
                  goTo(previous)
                }
              }}
            >
              {t('idpWizard.actions.back')}
            </button>
          ) : null}
          {created !== null && failedLinks.length > 0 ? (
            <button
              type="button"
              className="mk-button"
              disabled={busy}
              onClick={() => {
                setDone(
                  t('idpWizard.success.created', {
                    name: created.display_name || created.name || '',
                  }),
                )
                props.onIdentityProviderCreated?.(created)
              }}
            >
              {t('idpWizard.actions.finish')}
            </button>
          ) : null}
          {isLast ? (
            readOnly ? null : (
              <button type="submit" className="mk-button" data-variant="primary" disabled={busy}>
                {busy ? <span className="mk-spinner" aria-hidden="true" /> : null}
                {created !== null
                  ? t('idpWizard.actions.retryLinks')
                  : mode === 'create'
                    ? busy
                      ? t('idpWizard.actions.creating')
                      : t('idpWizard.actions.create')
                    : busy
                      ? t('idpWizard.actions.saving')
                      : t('idpWizard.actions.save')}
              </button>
            )
          ) : (
            <button type="submit" className="mk-button" data-variant="primary" disabled={busy}>
              {t('idpWizard.actions.next')}
            </button>
          )}
        </div>
      </div>

      {confirmLeave ? (
        <LeaveDialog
          t={t}
          slot={slot}
          onStay={() => {
            setConfirmLeave(false)
          }}
          onLeave={() => {
            setConfirmLeave(false)
            props.onCancel?.()
          }}
        />
      ) : null}
    </form>
  )
}

interface StepProps {
  form: UseFormReturn<IdpWizardValues>
  values: IdpWizardValues
  t: T
  translator: MyOrgTranslator
  slot: SlotFn
  mode: 'create' | 'edit'
  readOnly: boolean
  optionsLocked: boolean
  flags: IdpWizardFlags
  initial: IdpWizardValues
  idp: IdentityProvider | undefined
}

function strategyLabel(t: T, strategy: IdpStrategy): string {
  return t(`idpWizard.provider.strategies.${strategy}.label`)
}

// ── Step 1: provider type ────────────────────────────────────────────────────────────────────

function ProviderStep(props: StepProps & { strategies: IdpStrategy[] }): ReactNode {
  const { form, values, t, slot } = props
  const error = form.formState.errors.strategy?.message
  const errorId = useId()
  return (
    <fieldset
      {...slot('strategyList')}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="mk-label">{t('idpWizard.provider.legend')}</legend>
      <p className="mk-description">{t('idpWizard.provider.help')}</p>
      <div className="mk-IdpWizard-strategyGrid">
        {props.strategies.map((strategy) => (
          <label
            key={strategy}
            {...slot('strategyOption')}
            data-checked={values.strategy === strategy || undefined}
          >
            <input
              type="radio"
              {...form.register('strategy')}
              value={strategy}
              className="mk-IdpWizard-radio"
            />
            <StrategyLogo strategy={strategy} className={slot('logo').className} />
            <span className="mk-IdpWizard-strategyText">
              <span className="mk-IdpWizard-strategyLabel">{strategyLabel(t, strategy)}</span>
              <span className="mk-description">
                {t(`idpWizard.provider.strategies.${strategy}.description`)}
              </span>
            </span>
          </label>
        ))}
      </div>
      <FieldError id={errorId} message={error} slot={slot} />
    </fieldset>
  )
}

// ── Step 2: values for the IdP admin ─────────────────────────────────────────────────────────

function spRows(t: T, strategy: IdpStrategy, values: ServiceProviderValues): [string, string][] {
  if (values.kind === 'oauth') {
    return [[t('idpWizard.spValues.callbackUrl'), values.callbackUrl]]
  }
  const adfs = strategy === 'adfs'
  return [
    [t(adfs ? 'idpWizard.spValues.adfsAcsUrl' : 'idpWizard.spValues.acsUrl'), values.acsUrl],
    [t(adfs ? 'idpWizard.spValues.adfsEntityId' : 'idpWizard.spValues.entityId'), values.entityId],
    [
      t(adfs ? 'idpWizard.spValues.adfsMetadataUrl' : 'idpWizard.spValues.metadataUrl'),
      values.metadataUrl,
    ],
  ]
}

function SpValuesStep(props: StepProps & { spValues: ServiceProviderValues }): ReactNode {
  const { values, t, slot, spValues, mode } = props
  const strategy = values.strategy as IdpStrategy
  const provider = strategyLabel(t, strategy)
  const rows = spRows(t, strategy, spValues)
  const needsName = spValues.kind === 'saml'
  const nameReady = !needsName || values.name.trim() !== ''
  return (
    <>
      <p className="mk-description">{t('idpWizard.spValues.help', { provider })}</p>
      {needsName && mode === 'create' ? (
        <>
          <p className="mk-IdpWizard-hint">{t('idpWizard.spValues.nameFirst')}</p>
          <NameField {...props} />
        </>
      ) : null}
      {nameReady ? (
        <dl {...slot('valueList')}>
          {rows.map(([label, value]) => (
            <div key={label} {...slot('value')}>
              <dt className="mk-label">{label}</dt>
              <dd>
                <code className="mk-IdpWizard-code">{value}</code>
                <CopyButton
                  className="mk-IdpWizard-copy"
                  text={value}
                  label={t('idpWizard.spValues.copy', { label })}
                  copiedLabel={t('idpWizard.spValues.copied', { label })}
                  t={t}
                />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      <section {...slot('guide')} aria-label={t('idpWizard.spValues.guideHeading', { provider })}>
        <p className="mk-label">{t('idpWizard.spValues.guideHeading', { provider })}</p>
        <ol>
          {t(`idpWizard.spValues.guides.${strategy}`)
            .split('\n')
            .map((line) => (
              <li key={line}>{line}</li>
            ))}
        </ol>
      </section>
      {nameReady ? (
        <SetupSheet t={t} strategy={strategy} rows={rows} name={values.name} slot={slot} />
      ) : null}
    </>
  )
}

/** Plain-text setup sheet for the IdP admin: printable and downloadable. */
function setupSheetText(t: T, strategy: IdpStrategy, rows: [string, string][]): string {
  const provider = strategyLabel(t, strategy)
  return [
    t('idpWizard.spValues.sheet.title', { provider }),
    '',
    t('idpWizard.spValues.sheet.intro'),
    '',
    ...rows.map(([label, value]) => `${label}:\n  ${value}`),
    '',
    t('idpWizard.spValues.guideHeading', { provider }),
    ...t(`idpWizard.spValues.guides.${strategy}`)
      .split('\n')
      .map((line, index) => `${String(index + 1)}. ${line}`),
    '',
    `${t('idpWizard.spValues.sheet.returnHeading')}:`,
    `  ${t(`idpWizard.spValues.returns.${strategy}`)}`,
    '',
  ].join('\n')
}

function SetupSheet(props: {
  t: T
  strategy: IdpStrategy
  rows: [string, string][]
  name: string
  slot: SlotFn
}): ReactNode {
  const { t, strategy, rows } = props
  const text = setupSheetText(t, strategy, rows)
  return (
    <div {...props.slot('sheet')}>
      <button
        type="button"
        className="mk-button"
        data-size="sm"
        onClick={() => {
          const frame = document.createElement('iframe')
          frame.setAttribute('aria-hidden', 'true')
          frame.style.cssText = 'position:fixed;inline-size:0;block-size:0;border:0'
          document.body.append(frame)
          const doc = frame.contentDocument
          const win = frame.contentWindow
          if (doc && win) {
            const pre = doc.createElement('pre')
            pre.style.cssText = 'font:14px/1.5 system-ui,sans-serif;white-space:pre-wrap'
            pre.textContent = text
            doc.body.append(pre)
            win.focus()
            win.print()
          }
          setTimeout(() => {
            frame.remove()
          }, 1000)
        }}
      >
        {t('idpWizard.spValues.sheet.print')}
      </button>
      <button
        type="button"
        className="mk-button"
        data-size="sm"
        onClick={() => {
          const url = URL.createObjectURL(new Blob([text], { type: 'text/plain' }))
          const link = document.createElement('a')
          link.href = url
          link.download = t('idpWizard.spValues.sheet.fileName', {
            name: props.name.trim() || strategy,
          })
          link.click()
          setTimeout(() => {
            URL.revokeObjectURL(url)
          }, 1000)
        }}
      >
        {t('idpWizard.spValues.sheet.download')}
      </button>
    </div>
  )
}

// ── Fields ───────────────────────────────────────────────────────────────────────────────────

function FieldError(props: { id: string; message: string | undefined; slot: SlotFn }): ReactNode {
  if (!props.message) {
    return null
  }
  const errorSlot = props.slot('error')
  return (
    <p {...errorSlot} className={cx(errorSlot.className, 'mk-field-error')} id={props.id}>
      {props.message}
    </p>
  )
}

function TextField(
  props: StepProps & {
    name: IdpWizardField
    label: string
    help?: string | undefined
    note?: ReactNode
    type?: 'text' | 'url' | 'password'
    locked?: boolean
    autoComplete?: string
    after?: ReactNode
  },
): ReactNode {
  const { form, slot, name } = props
  const id = useId()
  const error = form.formState.errors[name]?.message
  const inputSlot = slot('input')
  const fieldSlot = slot('field')
  const locked = props.locked ?? false
  return (
    <div
      {...fieldSlot}
      className={cx(fieldSlot.className, 'mk-field')}
      data-field={name}
      data-invalid={error ? '' : undefined}
    >
      <label {...slot('label')} className={cx(slot('label').className, 'mk-label')} htmlFor={id}>
        {props.label}
      </label>
      <div className="mk-IdpWizard-inputRow">
        <input
          {...form.register(name)}
          {...inputSlot}
          className={cx(inputSlot.className, 'mk-input')}
          id={id}
          type={props.type ?? 'text'}
          autoComplete={props.autoComplete ?? 'off'}
          spellCheck={false}
          readOnly={locked}
          aria-invalid={error ? true : undefined}
          aria-describedby={
            [props.help && `${id}-help`, props.note ? `${id}-note` : '', error && `${id}-error`]
              .filter(Boolean)
              .join(' ') || undefined
          }
        />
        {props.after}
      </div>
      {props.help ? (
        <p
          {...slot('help')}
          className={cx(slot('help').className, 'mk-description')}
          id={`${id}-help`}
        >
          {props.help}
        </p>
      ) : null}
      {props.note ? (
        <p className="mk-IdpWizard-hint" id={`${id}-note`}>
          {props.note}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} slot={slot} />
    </div>
  )
}

function NameField(props: StepProps): ReactNode {
  const { t, mode, values } = props
  const saml = values.strategy !== '' && isSamlFamily(values.strategy)
  return (
    <TextField
      {...props}
      name="name"
      label={t('idpWizard.details.name.label')}
      help={mode === 'create' ? t('idpWizard.details.name.help') : undefined}
      locked={mode === 'edit'}
      note={
        mode === 'edit'
          ? t('idpWizard.details.name.locked')
          : `${t('idpWizard.details.name.permanent')}${saml ? ` ${t('idpWizard.details.name.samlNote')}` : ''}`
      }
    />
  )
}

function RadioGroup(
  props: StepProps & {
    name: 'samlSource' | 'adfsSource' | 'oidcType'
    legend: string
    options: { value: string; label: string; help?: string }[]
    disabled: boolean
  },
): ReactNode {
  const { form, slot } = props
  return (
    <fieldset {...slot('field')} className={cx(slot('field').className, 'mk-IdpWizard-choice')}>
      <legend className="mk-label">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} className="mk-IdpWizard-choiceOption">
          <input
            type="radio"
            {...form.register(props.name)}
            value={option.value}
            disabled={props.disabled}
          />
          <span>
            {option.label}
            {option.help ? <span className="mk-description"> {option.help}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  )
}

function Checkbox(
  props: StepProps & {
    name: 'signSAMLRequest' | 'showAsButton' | 'assignMembershipOnLogin'
    label: string
    help?: string
    disabled: boolean
  },
): ReactNode {
  const id = useId()
  return (
    <div className="mk-field mk-IdpWizard-checkbox" data-field={props.name}>
      <input
        type="checkbox"
        id={id}
        {...props.form.register(props.name)}
        disabled={props.disabled}
        aria-describedby={props.help ? `${id}-help` : undefined}
      />
      <label htmlFor={id}>{props.label}</label>
      {props.help ? (
        <p className="mk-description" id={`${id}-help`}>
          {props.help}
        </p>
      ) : null}
    </div>
  )
}

function Select(
  props: StepProps & {
    name: 'signatureAlgorithm' | 'digestAlgorithm' | 'protocolBinding'
    label: string
    options: { value: string; label: string }[]
    disabled: boolean
  },
): ReactNode {
  const id = useId()
  return (
    <div className="mk-field" data-field={props.name}>
      <label className="mk-label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        className="mk-input"
        {...props.form.register(props.name)}
        disabled={props.disabled}
      >
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/** Subject and expiry of a certificate, with a warning when it is expired or about to be. */
function CertificateInfo(props: {
  certificate: ParsedCertificate
  t: T
  translator: MyOrgTranslator
  slot: SlotFn
}): ReactNode {
  const { certificate, t, translator } = props
  const status = certificateStatus(certificate)
  const date = (value: Date) => translator.formatDate(value, { dateStyle: 'medium' })
  const certSlot = props.slot('certificate')
  return (
    <div {...certSlot} data-status={status}>
      <p>{t('idpWizard.connection.certificateInfo.subject', { subject: certificate.subject })}</p>
      {status === 'expired' ? (
        <p className="mk-IdpWizard-warning" data-variant="danger">
          {t('idpWizard.connection.certificateInfo.expired', { date: date(certificate.notAfter) })}
        </p>
      ) : status === 'expiring' ? (
        <p className="mk-IdpWizard-warning">
          {t('idpWizard.connection.certificateInfo.expiring', { date: date(certificate.notAfter) })}
        </p>
      ) : status === 'not-yet-valid' ? (
        <p className="mk-IdpWizard-warning">
          {t('idpWizard.connection.certificateInfo.notYetValid', {
            date: date(certificate.notBefore),
          })}
        </p>
      ) : (
        <p>
          {t('idpWizard.connection.certificateInfo.validUntil', {
            date: date(certificate.notAfter),
          })}
        </p>
      )}
    </div>
  )
}

function FileField(
  props: StepProps & {
    name: 'metadataXml' | 'signingCert'
    label: string
    help: string
    accept: string
    disabled: boolean
    onFile: (file: File) => Promise<string | null>
    after?: ReactNode
  },
): ReactNode {
  const { form, slot, name } = props
  const id = useId()
  const error = form.formState.errors[name]?.message
  return (
    <div className="mk-field" data-field={name} data-invalid={error ? '' : undefined}>
      <label className="mk-label" htmlFor={id}>
        {props.label}
      </label>
      <input
        id={id}
        name={name}
        type="file"
        className="mk-IdpWizard-file"
        accept={props.accept}
        disabled={props.disabled}
        ref={(element) => {
          // Lets setFocus / shouldFocus reach the file input.
          form.register(name).ref(element)
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-help`, error && `${id}-error`].filter(Boolean).join(' ')}
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (!file) {
            return
          }
          void props.onFile(file).then((problem) => {
            if (problem) {
              form.setError(name, { type: 'file', message: problem })
            } else {
              form.clearErrors(name)
            }
          })
        }}
      />
      <p className="mk-description" id={`${id}-help`}>
        {props.help}
      </p>
      {props.after}
      <FieldError id={`${id}-error`} message={error} slot={slot} />
    </div>
  )
}

const set = { shouldDirty: true, shouldTouch: true } as const

// ── Step 3: connection details ───────────────────────────────────────────────────────────────

function ConnectionStep(props: StepProps): ReactNode {
  const { form, values, t, translator, slot, mode, optionsLocked } = props
  const strategy = values.strategy as IdpStrategy
  const locked = optionsLocked || props.readOnly
  const metadata = useMemo(
    () => (values.metadataXml ? parseSamlMetadata(values.metadataXml) : undefined),
    [values.metadataXml],
  )
  const certificate = useMemo(() => {
    const parsed = values.signingCert ? parseCertificate(values.signingCert) : undefined
    return parsed?.ok ? parsed.certificate : undefined
  }, [values.signingCert])

  const readMetadata = async (file: File): Promise<string | null> => {
    if (file.size > METADATA_MAX_BYTES) {
      return t('idpWizard.metadataProblems.too-large')
    }
    let xml: string
    try {
      xml = await file.text()
    } catch {
      return t('idpWizard.metadataProblems.unreadable')
    }
    const result = parseSamlMetadata(xml)
    if (!result.ok) {
      return t(`idpWizard.metadataProblems.${result.problem}`)
    }
    if (strategy === 'samlp') {
      const usable =
        result.metadata.certificates.find((cert) => certificateStatus(cert) !== 'expired') ??
        result.metadata.certificates[0]
      if (!usable) {
        return t('idpWizard.metadataProblems.no-certificate')
      }
      form.setValue('signInEndpoint', result.metadata.ssoUrl, set)
      form.setValue('signingCert', usable.pem, set)
      const binding = result.metadata.ssoBinding
      if (binding?.endsWith('HTTP-POST') || binding?.endsWith('HTTP-Redirect')) {
        form.setValue('protocolBinding', binding as IdpWizardValues['protocolBinding'], set)
      }
    }
    form.setValue('metadataXml', xml, set)
    form.setValue('metadataFileName', file.name, set)
    return null
  }

  const readCertificate = async (file: File): Promise<string | null> => {
    let buffer: ArrayBuffer
    try {
      buffer = await file.arrayBuffer()
    } catch {
      return t('idpWizard.connection.certificate.label')
    }
    const result = parseCertificate(buffer)
    if (!result.ok) {
      return t(`idpWizard.certificateProblems.${result.problem}`)
    }
    form.setValue('signingCert', result.certificate.pem, set)
    return null
  }

  const metadataInfo =
    metadata?.ok === true ? (
      <div className="mk-IdpWizard-parsed">
        <p>
          {t('idpWizard.connection.metadataFile.fileLoaded', { file: values.metadataFileName })}
        </p>
        <p>{t('idpWizard.connection.metadataFile.ssoUrl', { url: metadata.metadata.ssoUrl })}</p>
        <ul
          aria-label={t('idpWizard.connection.certificateInfo.listLabel')}
          className="mk-IdpWizard-certList"
        >
          {metadata.metadata.certificates.map((cert) => (
            <li key={cert.pem}>
              <CertificateInfo certificate={cert} t={t} translator={translator} slot={slot} />
            </li>
          ))}
        </ul>
        {metadata.metadata.unreadableCertificates > 0 ? (
          <p className="mk-IdpWizard-warning">
            {t('idpWizard.connection.certificateInfo.unreadable', {
              count: metadata.metadata.unreadableCertificates,
            })}
          </p>
        ) : null}
      </div>
    ) : null

  const certificateField = (
    <FileField
      {...props}
      name="signingCert"
      label={t('idpWizard.connection.certificate.label')}
      help={
        mode === 'edit' && certificate
          ? t('idpWizard.connection.certificate.replace')
          : t('idpWizard.connection.certificate.help')
      }
      accept=".pem,.cer,.crt,.der"
      disabled={locked}
      onFile={readCertificate}
      after={
        certificate ? (
          <CertificateInfo certificate={certificate} t={t} translator={translator} slot={slot} />
        ) : null
      }
    />
  )

  const signingOptions = (
    <fieldset className="mk-IdpWizard-group">
      <legend className="mk-label">{t('idpWizard.connection.signing.legend')}</legend>
      <Checkbox
        {...props}
        name="signSAMLRequest"
        label={t('idpWizard.connection.signing.signRequest')}
        help={t('idpWizard.connection.signing.signRequestHelp')}
        disabled={locked}
      />
      <div className="mk-IdpWizard-row">
        <Select
          {...props}
          name="signatureAlgorithm"
          label={t('idpWizard.connection.signing.signatureAlgorithm')}
          options={[
            { value: 'rsa-sha256', label: 'RSA-SHA256' },
            { value: 'rsa-sha1', label: 'RSA-SHA1' },
          ]}
          disabled={locked}
        />
        <Select
          {...props}
          name="digestAlgorithm"
          label={t('idpWizard.connection.signing.digestAlgorithm')}
          options={[
            { value: 'sha256', label: 'SHA256' },
            { value: 'sha1', label: 'SHA1' },
          ]}
          disabled={locked}
        />
        {strategy === 'samlp' ? (
          <Select
            {...props}
            name="protocolBinding"
            label={t('idpWizard.connection.signing.protocolBinding')}
            options={[
              { value: '', label: t('idpWizard.connection.signing.bindingDefault') },
              {
                value: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
                label: t('idpWizard.connection.signing.bindingRedirect'),
              },
              {
                value: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST',
                label: t('idpWizard.connection.signing.bindingPost'),
              },
            ]}
            disabled={locked}
          />
        ) : null}
      </div>
    </fieldset>
  )

  const secretHelp =
    mode === 'edit'
      ? secretRequiredWithOptions(strategy)
        ? t('idpWizard.connection.clientSecret.editHelpRequired')
        : t('idpWizard.connection.clientSecret.editHelp')
      : t('idpWizard.connection.clientSecret.help')
  const secretField = <SecretField {...props} help={secretHelp} locked={locked} />
  const clientIdField = (
    <TextField
      {...props}
      name="clientId"
      label={t('idpWizard.connection.clientId.label')}
      help={t('idpWizard.connection.clientId.help')}
      locked={locked}
    />
  )

  let fields: ReactNode
  switch (strategy) {
    case 'samlp':
      fields = (
        <>
          <RadioGroup
            {...props}
            name="samlSource"
            legend={t('idpWizard.connection.samlSource.legend')}
            disabled={locked}
            options={[
              { value: 'metadataUrl', label: t('idpWizard.connection.samlSource.metadataUrl') },
              { value: 'metadataXml', label: t('idpWizard.connection.samlSource.metadataXml') },
              { value: 'manual', label: t('idpWizard.connection.samlSource.manual') },
            ]}
          />
          {values.samlSource === 'metadataUrl' ? (
            <TextField
              {...props}
              name="metadataUrl"
              type="url"
              label={t('idpWizard.connection.metadataUrl.label')}
              help={t('idpWizard.connection.metadataUrl.help')}
              locked={locked}
            />
          ) : values.samlSource === 'metadataXml' ? (
            <FileField
              {...props}
              name="metadataXml"
              label={t('idpWizard.connection.metadataFile.label')}
              help={t('idpWizard.connection.metadataFile.help')}
              accept=".xml,application/xml,text/xml"
              disabled={locked}
              onFile={readMetadata}
              after={metadataInfo}
            />
          ) : (
            <>
              <TextField
                {...props}
                name="signInEndpoint"
                type="url"
                label={t('idpWizard.connection.signInEndpoint.label')}
                help={t('idpWizard.connection.signInEndpoint.help')}
                locked={locked}
              />
              {certificateField}
            </>
          )}
          {signingOptions}
        </>
      )
      break
    case 'oidc':
      fields = (
        <>
          <TextField
            {...props}
            name="discoveryUrl"
            type="url"
            label={t('idpWizard.connection.discoveryUrl.label')}
            help={t('idpWizard.connection.discoveryUrl.help')}
            locked={locked}
          />
          {clientIdField}
          <RadioGroup
            {...props}
            name="oidcType"
            legend={t('idpWizard.connection.oidcType.legend')}
            disabled={locked}
            options={[
              {
                value: 'back_channel',
                label: t('idpWizard.connection.oidcType.back_channel'),
                help: t('idpWizard.connection.oidcType.backHelp'),
              },
              {
                value: 'front_channel',
                label: t('idpWizard.connection.oidcType.front_channel'),
                help: t('idpWizard.connection.oidcType.frontHelp'),
              },
            ]}
          />
          {values.oidcType === 'back_channel' ? secretField : null}
        </>
      )
      break
    case 'okta':
    case 'google-apps':
      fields = (
        <>
          <TextField
            {...props}
            name="domain"
            label={t(`idpWizard.connection.domain.${strategy}.label`)}
            help={t(`idpWizard.connection.domain.${strategy}.help`)}
            locked={locked}
          />
          {clientIdField}
          {secretField}
        </>
      )
      break
    case 'waad':
      fields = (
        <>
          <TextField
            {...props}
            name="tenantDomain"
            label={t('idpWizard.connection.tenantDomain.label')}
            help={t('idpWizard.connection.tenantDomain.help')}
            locked={locked}
          />
          {clientIdField}
          {secretField}
        </>
      )
      break
    case 'adfs':
      fields = (
        <>
          <RadioGroup
            {...props}
            name="adfsSource"
            legend={t('idpWizard.connection.adfsSource.legend')}
            disabled={locked}
            options={[
              { value: 'server', label: t('idpWizard.connection.adfsSource.server') },
              { value: 'metadataXml', label: t('idpWizard.connection.adfsSource.metadataXml') },
            ]}
          />
          {values.adfsSource === 'server' ? (
            <TextField
              {...props}
              name="adfsServer"
              type="url"
              label={t('idpWizard.connection.adfsServer.label')}
              help={t('idpWizard.connection.adfsServer.help')}
              locked={locked}
            />
          ) : (
            <FileField
              {...props}
              name="metadataXml"
              label={t('idpWizard.connection.adfsFile.label')}
              help={t('idpWizard.connection.adfsFile.help')}
              accept=".xml,application/xml,text/xml"
              disabled={locked}
              onFile={readMetadata}
              after={metadataInfo}
            />
          )}
        </>
      )
      break
    case 'pingfederate':
      fields = (
        <>
          <TextField
            {...props}
            name="pingBaseUrl"
            type="url"
            label={t('idpWizard.connection.pingBaseUrl.label')}
            help={t('idpWizard.connection.pingBaseUrl.help')}
            locked={locked}
          />
          {certificateField}
          {signingOptions}
        </>
      )
      break
  }
  return (
    <>
      <p className="mk-description">{t('idpWizard.connection.help')}</p>
      {optionsLocked && !props.readOnly ? (
        <p className="mk-IdpWizard-hint">{t('idpWizard.connection.locked')}</p>
      ) : null}
      {fields}
    </>
  )
}

function SecretField(props: StepProps & { help: string; locked: boolean }): ReactNode {
  const { t } = props
  const [visible, setVisible] = useState(false)
  return (
    <TextField
      {...props}
      name="clientSecret"
      type={visible ? 'text' : 'password'}
      autoComplete="new-password"
      label={t('idpWizard.connection.clientSecret.label')}
      help={props.help}
      locked={props.locked}
      after={
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          aria-pressed={visible}
          aria-label={t('idpWizard.connection.clientSecret.show')}
          onClick={() => {
            setVisible((current) => !current)
          }}
        >
          <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              d="M1 12s4-7 11-7 11 7 11 7-4 7-11 7S1 12 1 12zm11-3a3 3 0 1 0 0 6 3 3 0 0 0 0-6z"
              fill="currentColor"
            />
          </svg>
        </button>
      }
    />
  )
}

// ── Step 4: name and display ─────────────────────────────────────────────────────────────────

function DetailsStep(props: StepProps): ReactNode {
  const { t, flags, mode, idp } = props
  const level = idp?.access_level ?? 'full'
  const displayLocked = props.readOnly || (mode === 'edit' && level !== 'full')
  return (
    <>
      <NameField {...props} />
      <TextField
        {...props}
        name="displayName"
        label={t('idpWizard.details.displayName.label')}
        help={t('idpWizard.details.displayName.help')}
        locked={displayLocked}
      />
      {flags.canSetShowAsButton ? (
        <Checkbox
          {...props}
          name="showAsButton"
          label={t('idpWizard.details.showAsButton.label')}
          help={t('idpWizard.details.showAsButton.help')}
          disabled={props.readOnly}
        />
      ) : null}
      {flags.canSetAssignMembership ? (
        <Checkbox
          {...props}
          name="assignMembershipOnLogin"
          label={t('idpWizard.details.assignMembership.label')}
          help={t('idpWizard.details.assignMembership.help')}
          disabled={props.readOnly}
        />
      ) : null}
    </>
  )
}

// ── Step 5: domains ──────────────────────────────────────────────────────────────────────────

function DomainsStep(
  props: StepProps & {
    canLink: boolean
    canUnlink: boolean
    getVerifyDomainHref: ((domain: string) => string) | undefined
  },
): ReactNode {
  const { form, values, t, mode, idp, canLink, canUnlink } = props
  const permissions = useMyOrgPermissions()
  const canRead = permissions.can('listDomains')
  const domains = useDomains({ enabled: canRead })
  if (!canRead) {
    return <p className="mk-IdpWizard-hint">{t('idpWizard.domains.noReadPermission')}</p>
  }
  if (domains.isPending) {
    return (
      <p role="status">
        <span className="mk-spinner" aria-hidden="true" /> {t('idpWizard.domains.loading')}
      </p>
    )
  }
  if (domains.error) {
    return (
      <MyOrgErrorNotice
        error={domains.error}
        onRetry={() => void domains.refetch()}
        headingLevel={4}
      />
    )
  }
  const all: OrgDomain[] = domains.data.domains
  const verified = all.filter((domain) => domain.status === 'verified')
  const unverified = all.filter((domain) => domain.status !== 'verified')
  const editable =
    !props.readOnly && (mode === 'create' || (idp?.access_level ?? 'full') === 'full')
  const toggle = (name: string, checked: boolean): void => {
    const current = form.getValues('domains')
    form.setValue(
      'domains',
      checked ? [...current, name] : current.filter((item) => item !== name),
      set,
    )
  }
  return (
    <>
      <p className="mk-description">{t('idpWizard.domains.help')}</p>
      {!canLink ? <p className="mk-IdpWizard-hint">{t('idpWizard.domains.noPermission')}</p> : null}
      {verified.length === 0 ? (
        <p className="mk-IdpWizard-hint">{t('idpWizard.domains.none')}</p>
      ) : (
        <fieldset className="mk-IdpWizard-group">
          <legend className="mk-label">{t('idpWizard.domains.legend')}</legend>
          {verified.map((domain) => {
            const checked = values.domains.includes(domain.domain)
            const linkedBefore = props.initial.domains.includes(domain.domain)
            const disabled = !editable || (checked ? linkedBefore && !canUnlink : !canLink)
            return (
              <label key={domain.id} className="mk-IdpWizard-choiceOption">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={disabled}
                  onChange={(event) => {
                    toggle(domain.domain, event.target.checked)
                  }}
                />
                <span>{domain.domain}</span>
              </label>
            )
          })}
          <p className="mk-description">{t('idpWizard.domains.paced')}</p>
        </fieldset>
      )}
      {unverified.length > 0 ? (
        <div className="mk-IdpWizard-group">
          <p className="mk-label">{t('idpWizard.domains.unverifiedHeading')}</p>
          <p className="mk-description">{t('idpWizard.domains.unverifiedHelp')}</p>
          <ul className="mk-IdpWizard-unverified">
            {unverified.map((domain) => (
              <li key={domain.id}>
                <span>{domain.domain}</span>{' '}
                {props.getVerifyDomainHref ? (
                  <a className="mk-IdpWizard-link" href={props.getVerifyDomainHref(domain.domain)}>
                    {t('idpWizard.domains.verify', { domain: domain.domain })}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  )
}

// ── Step 6: review ───────────────────────────────────────────────────────────────────────────

function ReviewStep(
  props: StepProps & {
    steps: readonly IdpWizardStep[]
    goTo: (step: IdpWizardStep) => void
    noChanges: boolean
  },
): ReactNode {
  const { values, t, translator, slot, mode, flags } = props
  const strategy = values.strategy as IdpStrategy
  const yesNo = (value: boolean) => (value ? t('idpWizard.review.yes') : t('idpWizard.review.no'))
  const cert = values.signingCert ? parseCertificate(values.signingCert) : undefined
  const certText = cert?.ok
    ? t('idpWizard.review.certificate', {
        subject: cert.certificate.subject,
        date: translator.formatDate(cert.certificate.notAfter, { dateStyle: 'medium' }),
      })
    : ''
  const secretText =
    values.clientSecret.trim() !== ''
      ? t('idpWizard.review.secretMasked')
      : mode === 'edit'
        ? t('idpWizard.review.secretUnchanged')
        : t('idpWizard.review.notSet')
  const f = (key: keyof MyOrgMessages['idpWizard']['review']['fields']) =>
    t(`idpWizard.review.fields.${key}`)
  const connection: [string, string][] = []
  switch (strategy) {
    case 'samlp':
      if (values.samlSource === 'metadataUrl') {
        connection.push([f('metadataUrl'), values.metadataUrl])
      } else {
        if (values.samlSource === 'metadataXml') {
          connection.push([
            f('metadataXml'),
            t('idpWizard.review.metadataFile', { file: values.metadataFileName }),
          ])
        }
        connection.push([f('signInEndpoint'), values.signInEndpoint], [f('signingCert'), certText])
      }
      connection.push(
        [f('signSAMLRequest'), yesNo(values.signSAMLRequest)],
        [f('signatureAlgorithm'), values.signatureAlgorithm],
        [f('digestAlgorithm'), values.digestAlgorithm],
      )
      break
    case 'oidc':
      connection.push(
        [f('discoveryUrl'), values.discoveryUrl],
        [f('clientId'), values.clientId],
        [f('oidcType'), t(`idpWizard.connection.oidcType.${values.oidcType}`)],
      )
      if (values.oidcType === 'back_channel') {
        connection.push([f('clientSecret'), secretText])
      }
      break
    case 'okta':
    case 'google-apps':
    case 'waad':
      connection.push(
        strategy === 'waad'
          ? [f('tenantDomain'), values.tenantDomain]
          : [f('domain'), values.domain],
        [f('clientId'), values.clientId],
        [f('clientSecret'), secretText],
      )
      break
    case 'adfs':
      connection.push(
        values.adfsSource === 'server'
          ? [f('adfsServer'), values.adfsServer]
          : [
              f('metadataXml'),
              t('idpWizard.review.metadataFile', { file: values.metadataFileName || '' }),
            ],
      )
      break
    case 'pingfederate':
      connection.push(
        [f('pingBaseUrl'), values.pingBaseUrl],
        [f('signingCert'), certText],
        [f('signSAMLRequest'), yesNo(values.signSAMLRequest)],
        [f('signatureAlgorithm'), values.signatureAlgorithm],
        [f('digestAlgorithm'), values.digestAlgorithm],
      )
      break
  }
  const details: [string, string][] = [
    [f('name'), values.name],
    [f('displayName'), values.displayName || t('idpWizard.review.notSet')],
  ]
  if (flags.canSetShowAsButton) {
    details.push([f('showAsButton'), yesNo(values.showAsButton)])
  }
  if (flags.canSetAssignMembership) {
    details.push([f('assignMembershipOnLogin'), yesNo(values.assignMembershipOnLogin)])
  }
  const groups: { step: IdpWizardStep; rows: [string, string][] }[] = [
    ...(mode === 'create'
      ? [
          {
            step: 'provider' as const,
            rows: [[t('idpWizard.review.provider'), strategyLabel(t, strategy)]] as [
              string,
              string,
            ][],
          },
        ]
      : []),
    { step: 'connection', rows: connection },
    { step: 'details', rows: details },
    {
      step: 'domains',
      rows: [
        [
          f('domains'),
          values.domains.length > 0
            ? translator.formatList(values.domains)
            : t('idpWizard.review.domainsNone'),
        ],
      ],
    },
  ]
  return (
    <>
      {props.noChanges ? (
        <p className="mk-IdpWizard-hint">{t('idpWizard.review.noChanges')}</p>
      ) : null}
      <div {...slot('summary')}>
        {groups.map((group) => (
          <div key={group.step} className="mk-IdpWizard-summaryGroup">
            <div className="mk-IdpWizard-summaryHead">
              <p className="mk-label">{t(`idpWizard.steps.${group.step}`)}</p>
              {props.readOnly ? null : (
                <button
                  type="button"
                  className="mk-button"
                  data-variant="ghost"
                  data-size="sm"
                  aria-label={t('idpWizard.review.editStep', {
                    step: t(`idpWizard.steps.${group.step}`),
                  })}
                  onClick={() => {
                    props.goTo(group.step)
                  }}
                >
                  {t('idpWizard.review.edit')}
                </button>
              )}
            </div>
            <dl>
              {group.rows.map(([label, value]) => (
                <div key={label} className="mk-IdpWizard-summaryRow">
                  <dt>{label}</dt>
                  <dd>{value || t('idpWizard.review.notSet')}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </div>
    </>
  )
}

// ── Leave confirmation ───────────────────────────────────────────────────────────────────────

function LeaveDialog(props: {
  t: T
  slot: SlotFn
  onStay: () => void
  onLeave: () => void
}): ReactNode {
  const { t, onStay } = props
  const titleId = useId()
  const descriptionId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const stayRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null
    stayRef.current?.focus()
    return () => {
      opener?.focus()
    }
  }, [])
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) {
      return
    }
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (event.key === 'Escape') {
        event.stopPropagation()
        onStay()
        return
      }
      if (event.key !== 'Tab') {
        return
      }
      const focusable = [...dialog.querySelectorAll<HTMLElement>('button:not(:disabled)')]
      const first = focusable[0]
      const last = focusable[focusable.length - 1]
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault()
        last?.focus()
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault()
        first?.focus()
      }
    }
    dialog.addEventListener('keydown', onKeyDown)
    return () => {
      dialog.removeEventListener('keydown', onKeyDown)
    }
  }, [onStay])
  return (
    <div className="mk-IdpWizard-backdrop">
      <div
        {...props.slot('dialog')}
        ref={dialogRef}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      >
        <p className="mk-IdpWizard-dialogTitle" id={titleId}>
          {t('idpWizard.leave.title')}
        </p>
        <p id={descriptionId}>{t('idpWizard.leave.description')}</p>
        <div className="mk-IdpWizard-dialogActions">
          <button ref={stayRef} type="button" className="mk-button" onClick={onStay}>
            {t('idpWizard.leave.stay')}
          </button>
          <button type="button" className="mk-button" data-variant="danger" onClick={props.onLeave}>
            {t('idpWizard.leave.leave')}
          </button>
        </div>
      </div>
    </div>
  )
}
