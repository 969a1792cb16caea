'use client'

import type { IdentityProvider, IdpStrategy } from '@myorg-kit/client'
import { type RefObject, type SyntheticEvent, useEffect, useMemo, useRef } from 'react'
import { type UseFormReturn, useForm, useWatch } from 'react-hook-form'

import { usePreloadParts } from '../../kit/lazy-part.ts'
import { zodResolver } from '../../lib/zod-resolver.ts'
import type { IdpWizardProps } from './idp-wizard.props.ts'
import { useIdpSubmission } from './use-idp-submission.ts'
import { useWizardMachine } from './use-wizard-machine.ts'
import { type WizardContextValue, useWizardScope } from './wizard-context.tsx'
import { type WizardConfig, type WizardEvent, type WizardState, select } from './wizard-machine.ts'
import { createIdpWizardSchema, stepFields, wizardReaders } from './wizard-validation.ts'
import { wizardSaving } from './wizard-saving.ts'
import {
  type IdpWizardFlags,
  type IdpWizardValues,
  emptyWizardValues,
  stepsOf,
  toWizardValues,
} from './wizard-values.ts'

/** Props of the form: the host's flow props and what the root loaded. */
export interface WizardFormProps extends Pick<
  IdpWizardProps,
  | 'step'
  | 'defaultStep'
  | 'onStepChange'
  | 'onIdentityProviderCreated'
  | 'onIdentityProviderUpdated'
  | 'onCancel'
  | 'authDomain'
  | 'tenantName'
  | 'getVerifyDomainHref'
> {
  mode: 'create' | 'edit'
  idp: IdentityProvider | undefined
  strategies: readonly IdpStrategy[]
  flags: IdpWizardFlags
}

/** The form, its starting values and its current values. */
function useWizardForm(props: WizardFormProps) {
  const { mode, idp, strategies } = props
  const { t } = useWizardScope()
  const initial = useMemo(
    () =>
      idp
        ? toWizardValues(idp)
        : emptyWizardValues(strategies.length === 1 ? (strategies[0] ?? '') : ''),
    [idp, strategies],
  )
  usePreloadParts(wizardReaders, wizardSaving)
  const schema = useMemo(
    () => createIdpWizardSchema(t, { mode, initial: idp ? initial : undefined }),
    [t, mode, idp, initial],
  )
  const form = useForm<IdpWizardValues>({
    defaultValues: initial,
    resolver: zodResolver(schema),
    mode: 'onTouched',
  })
  const watched = useWatch({ control: form.control })
  const values: IdpWizardValues = { ...initial, ...watched }
  return { form, initial, values }
}

/**
 * Focuses the new step's heading when the step on screen changes (not on first render), or the
 * field a server error was sent back to.
 */
function useStepFocus(
  state: WizardState,
  form: UseFormReturn<IdpWizardValues>,
  send: (event: WizardEvent) => void,
): RefObject<HTMLHeadingElement | null> {
  const headingRef = useRef<HTMLHeadingElement>(null)
  const shown = useRef(state.step)
  const { step, focus } = state
  useEffect(() => {
    if (shown.current === step) {
      return
    }
    shown.current = step
    if (focus !== null) {
      send({ type: 'focused' })
    }
    if (focus?.kind === 'field') {
      form.setFocus(focus.field)
      if (document.activeElement?.getAttribute('name') === focus.field) {
        return
      }
    }
    headingRef.current?.focus()
  }, [step, focus, form, send])
  return headingRef
}

/** Asks the browser to confirm leaving the page while there is unsaved input. */
function useLeaveGuard(dirty: boolean): void {
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
}

/**
 * Everything the wizard's form runs on: the form and its values, the flow machine (with a step
 * the host may control), step validation, focus, the leave guard and the submission.
 */
export function useIdpWizard(props: WizardFormProps) {
  const { mode, idp, flags } = props
  const { can } = useWizardScope()
  const config: WizardConfig = useMemo(() => ({ steps: stepsOf(mode) }), [mode])
  const { form, initial, values } = useWizardForm(props)
  const [state, send] = useWizardMachine(config, {
    mode,
    step: props.step,
    defaultStep: props.defaultStep,
    onStepChange: props.onStepChange,
  })
  const accessLevel = idp?.access_level ?? 'full'
  const readOnly = mode === 'edit' && (accessLevel === 'readonly' || accessLevel === 'none')
  const optionsLocked = mode === 'edit' && accessLevel !== 'full'
  const canLink = can('addIdentityProviderDomain')
  const canUnlink = can('removeIdentityProviderDomain')
  const submission = useIdpSubmission({
    mode,
    idp,
    initial,
    flags,
    form,
    state,
    send,
    canLink: canLink && !optionsLocked,
    canUnlink: canUnlink && !optionsLocked,
    onCreated: props.onIdentityProviderCreated,
    onUpdated: props.onIdentityProviderUpdated,
  })
  const headingRef = useStepFocus(state, form, send)
  const dirty = form.formState.isDirty && select.unsaved(state)
  useLeaveGuard(dirty)

  const next = async (): Promise<void> => {
    const fields = stepFields(state.step, values.strategy)
    const ok = fields.length === 0 || (await form.trigger(fields, { shouldFocus: true }))
    if (ok) {
      send({ type: 'next' })
    }
  }

  const context: WizardContextValue = {
    form,
    values,
    initial,
    mode,
    idp,
    strategies: props.strategies,
    flags,
    readOnly,
    optionsLocked,
    canLink,
    canUnlink,
    getVerifyDomainHref: props.getVerifyDomainHref,
    authDomain: props.authDomain,
    tenantName: props.tenantName,
    goTo: (step) => {
      send({ type: 'goTo', step })
    },
  }
  return {
    state,
    config,
    context,
    headingRef,
    accessLevel,
    errorFields: stepFields(state.step, values.strategy).filter(
      (field) => form.formState.errors[field] !== undefined,
    ),
    onSubmit: (event: SyntheticEvent<HTMLFormElement>) => {
      event.preventDefault()
      void (select.isLast(state, config) ? submission.submit() : next())
    },
    back: () => {
      send({ type: 'back' })
    },
    cancel: () => {
      if (dirty) {
        send({ type: 'askLeave' })
      } else {
        props.onCancel?.()
      }
    },
    stay: () => {
      send({ type: 'stay' })
    },
    leave: () => {
      send({ type: 'leave' })
      props.onCancel?.()
    },
    finish: submission.finish,
  }
}
