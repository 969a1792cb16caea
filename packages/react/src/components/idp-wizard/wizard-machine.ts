import type { IdentityProvider } from '@myorg-kit/client'

import type { DomainLinkChange } from '../../api/identity-provider-domains.queries.ts'
import type { MyOrgMessageKey } from '../../i18n/types.ts'
import type { IdpWizardField, IdpWizardStep } from './wizard-values.ts'

/** A domain that could not be linked (or unlinked), and why. */
export interface LinkFailure {
  domain: string
  change: DomainLinkChange
  error: Error
}

/** What saving did to the provider. */
export type SaveOutcome = 'created' | 'updated'

/**
 * Where the submission is: editing → saving → linking domains → (links failed | done). Once the
 * provider is saved it is kept: a retry only links the domains that failed.
 */
export type WizardPhase =
  | { kind: 'editing' }
  | { kind: 'saving' }
  | {
      kind: 'linking'
      idp: IdentityProvider
      outcome: SaveOutcome
      /** The domain being linked now (empty before the first one). */
      domain: string
      current: number
      total: number
      /** On a retry: the failures being retried, still shown meanwhile. */
      failed: readonly LinkFailure[]
    }
  | {
      kind: 'linkFailed'
      idp: IdentityProvider
      outcome: SaveOutcome
      failed: readonly LinkFailure[]
    }
  | { kind: 'done'; idp: IdentityProvider; outcome: SaveOutcome }

/** What to focus once the step on screen changes. */
export type FocusTarget = { kind: 'heading' } | { kind: 'field'; field: IdpWizardField }

/** The wizard's flow. The form values live in the form, not here. */
export interface WizardState {
  step: IdpWizardStep
  /** Index of the furthest step reached: the progress bar lets the user go back up to it. */
  furthest: number
  phase: WizardPhase
  /** A failure that belongs to no field: shown under the step, cleared by navigation. */
  submitError: unknown
  /** The "leave without saving?" confirmation is open. */
  leaving: boolean
  focus: FocusTarget | null
}

export type WizardEvent =
  | { type: 'goTo'; step: IdpWizardStep }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'submit' }
  | { type: 'saved'; idp: IdentityProvider; outcome: SaveOutcome }
  | { type: 'linkProgress'; domain: string; current: number; total: number }
  | { type: 'linked'; failed: readonly LinkFailure[] }
  /** A server error that belongs to a field: back to its step, focus on it. */
  | { type: 'fieldError'; step: IdpWizardStep; field: IdpWizardField }
  | { type: 'failed'; error: unknown }
  /** "Done" after failed links: keep the provider as it is. */
  | { type: 'finish' }
  | { type: 'askLeave' }
  | { type: 'stay' }
  | { type: 'leave' }
  /** The focus target was applied. */
  | { type: 'focused' }

/** What the machine is configured with (passed in, never closed over). */
export interface WizardConfig {
  steps: readonly IdpWizardStep[]
}

/**
 * The state a wizard starts in: on `step` when it is one of the steps, else on the provider
 * (create) or the connection (edit: the values for the IdP admin are there to look up).
 */
export function initialWizardState(
  config: WizardConfig,
  start: { step?: IdpWizardStep | undefined; mode: 'create' | 'edit' },
): WizardState {
  const first = start.mode === 'create' ? 'provider' : 'connection'
  const step = start.step !== undefined && config.steps.includes(start.step) ? start.step : first
  return {
    step,
    // Edit mode: every step is filled in already, so every step is reachable.
    furthest: start.mode === 'edit' ? config.steps.length - 1 : config.steps.indexOf(step),
    phase: { kind: 'editing' },
    submitError: null,
    leaving: false,
    focus: null,
  }
}

function moveTo(
  state: WizardState,
  step: IdpWizardStep | undefined,
  config: WizardConfig,
  focus: FocusTarget,
): WizardState {
  if (step === undefined || step === state.step || !config.steps.includes(step)) {
    return state
  }
  const index = config.steps.indexOf(step)
  return {
    ...state,
    step,
    furthest: Math.max(state.furthest, index),
    submitError: null,
    focus,
  }
}

function navigate(state: WizardState, event: WizardEvent, config: WizardConfig): WizardState {
  const index = config.steps.indexOf(state.step)
  const heading = { kind: 'heading' } as const
  switch (event.type) {
    case 'goTo':
      return moveTo(state, event.step, config, heading)
    case 'next':
      return moveTo(state, config.steps[index + 1], config, heading)
    case 'back':
      return moveTo(state, index > 0 ? config.steps[index - 1] : undefined, config, heading)
    default:
      return state
  }
}

/** Transitions of the submission phase; any other event leaves the state as it is. */
function submission(state: WizardState, event: WizardEvent, config: WizardConfig): WizardState {
  const { phase } = state
  if (event.type === 'submit' && phase.kind === 'editing') {
    return { ...state, phase: { kind: 'saving' }, submitError: null }
  }
  if (event.type === 'submit' && phase.kind === 'linkFailed') {
    const { idp, outcome, failed } = phase
    const retry = { idp, outcome, failed, domain: '', current: 0, total: failed.length }
    return { ...state, phase: { kind: 'linking', ...retry } }
  }
  if (phase.kind === 'saving') {
    switch (event.type) {
      case 'saved': {
        const { idp, outcome } = event
        const start = { idp, outcome, domain: '', current: 0, total: 0, failed: [] }
        return { ...state, phase: { kind: 'linking', ...start } }
      }
      case 'fieldError': {
        const editing = { ...state, phase: { kind: 'editing' } } as const
        const focus = { kind: 'field', field: event.field } as const
        const moved = moveTo(editing, event.step, config, focus)
        return moved === editing ? { ...editing, submitError: null, focus } : moved
      }
      case 'failed':
        return { ...state, phase: { kind: 'editing' }, submitError: event.error }
      default:
        return state
    }
  }
  if (phase.kind === 'linking' && event.type === 'linkProgress') {
    const { domain, current, total } = event
    return { ...state, phase: { ...phase, domain, current, total } }
  }
  if (phase.kind === 'linking' && event.type === 'linked') {
    const { idp, outcome } = phase
    return event.failed.length > 0
      ? { ...state, phase: { kind: 'linkFailed', idp, outcome, failed: event.failed } }
      : { ...state, phase: { kind: 'done', idp, outcome } }
  }
  if (phase.kind === 'linkFailed' && event.type === 'finish') {
    return { ...state, phase: { kind: 'done', idp: phase.idp, outcome: phase.outcome } }
  }
  return state
}

/**
 * The wizard's reducer. Pure: the same state object comes back for an event that changes
 * nothing, so React skips the render.
 */
export function reduce(state: WizardState, event: WizardEvent, config: WizardConfig): WizardState {
  switch (event.type) {
    case 'goTo':
    case 'next':
    case 'back':
      return state.phase.kind === 'editing' ? navigate(state, event, config) : state
    case 'askLeave':
      return state.phase.kind === 'editing' && !state.leaving ? { ...state, leaving: true } : state
    case 'stay':
    case 'leave':
      return state.leaving ? { ...state, leaving: false } : state
    case 'focused':
      return state.focus === null ? state : { ...state, focus: null }
    default:
      return submission(state, event, config)
  }
}

const NO_FAILURES: readonly LinkFailure[] = []

/** Everything the view derives from the state. */
export const select = {
  stepIndex: (state: WizardState, config: WizardConfig): number => config.steps.indexOf(state.step),
  isLast: (state: WizardState, config: WizardConfig): boolean =>
    config.steps.indexOf(state.step) === config.steps.length - 1,
  /** Steps can be changed: nothing is being saved, and nothing was saved yet. */
  canNavigate: (state: WizardState): boolean => state.phase.kind === 'editing',
  /** A progress item is a button: a step reached before, while steps can be changed. */
  reachable: (state: WizardState, index: number): boolean =>
    state.phase.kind === 'editing' && index <= state.furthest,
  busy: (state: WizardState): boolean =>
    state.phase.kind === 'saving' || state.phase.kind === 'linking',
  /** Nothing is saved yet: typed input would be lost by leaving, and Back and Cancel apply. */
  unsaved: (state: WizardState): boolean =>
    state.phase.kind === 'editing' || state.phase.kind === 'saving',
  /** The provider once saved (kept for the retry and for "Done"). */
  saved: (state: WizardState): IdentityProvider | null =>
    'idp' in state.phase ? state.phase.idp : null,
  failures: (state: WizardState): readonly LinkFailure[] =>
    state.phase.kind === 'linking' || state.phase.kind === 'linkFailed'
      ? state.phase.failed
      : NO_FAILURES,
  /** The domain being linked now, for the status line. */
  linking: (state: WizardState): { domain: string; current: number; total: number } | null =>
    state.phase.kind === 'linking' && state.phase.domain !== ''
      ? { domain: state.phase.domain, current: state.phase.current, total: state.phase.total }
      : null,
  /** The submit button's label on the last step. */
  submitLabelKey: (state: WizardState, mode: 'create' | 'edit'): MyOrgMessageKey => {
    const { phase } = state
    if (phase.kind === 'linkFailed' || (phase.kind === 'linking' && phase.outcome === 'created')) {
      return 'idpWizard.actions.retryLinks'
    }
    const busy = phase.kind === 'saving' || phase.kind === 'linking'
    if (mode === 'create') {
      return busy ? 'idpWizard.actions.creating' : 'idpWizard.actions.create'
    }
    return busy ? 'idpWizard.actions.saving' : 'idpWizard.actions.save'
  },
}
