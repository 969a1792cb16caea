'use client'

import { useLayoutEffect, useReducer, useState } from 'react'

import { useControllableState } from '../../kit/use-controllable-state.ts'
import { useStableCallback } from '../../kit/use-stable-callback.ts'
import {
  type WizardConfig,
  type WizardEvent,
  type WizardState,
  initialWizardState,
  reduce,
} from './wizard-machine.ts'
import type { IdpWizardStep } from './wizard-values.ts'

/** Options of {@link useWizardMachine}. */
export interface WizardMachineOptions {
  mode: 'create' | 'edit'
  /** The controlled step. */
  step: IdpWizardStep | undefined
  /** The first step when uncontrolled. */
  defaultStep: IdpWizardStep | undefined
  onStepChange: ((step: IdpWizardStep) => void) | undefined
}

/** The machine's state, and whether its last event moved to another step. */
interface Held {
  state: WizardState
  moved: boolean
}

/**
 * The wizard's machine with a step the host may control (Radix's controllable reducer
 * pattern): every event is reduced from the step on screen, and a move to another step is
 * shown (uncontrolled) or offered to the host through `onStepChange` (controlled).
 */
export function useWizardMachine(
  config: WizardConfig,
  options: WizardMachineOptions,
): [WizardState, (event: WizardEvent) => void] {
  const { mode } = options
  const [start] = useState(() =>
    initialWizardState(config, { mode, step: options.step ?? options.defaultStep }),
  )
  // A controlled step the mode has not shows the mode's first step, as uncontrolled would.
  const controlled =
    options.step === undefined
      ? undefined
      : initialWizardState(config, { mode, step: options.step }).step
  const [step, setStep] = useControllableState({
    prop: controlled,
    defaultProp: start.step,
    onChange: options.onStepChange,
  })
  const [held, send] = useReducer(
    (current: Held, event: WizardEvent): Held => {
      const base = current.state.step === step ? current.state : { ...current.state, step }
      const next = reduce(base, event, config)
      return next === base ? current : { state: next, moved: next.step !== base.step }
    },
    undefined,
    () => ({ state: start, moved: false }),
  )
  const show = useStableCallback(setStep)
  // Before paint: the new step replaces the old one without a frame in between.
  useLayoutEffect(() => {
    if (held.moved) {
      show(held.state.step)
    }
  }, [held, show])
  const state = held.state.step === step ? held.state : { ...held.state, step }
  return [state, send]
}
