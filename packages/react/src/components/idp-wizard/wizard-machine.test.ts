import type { IdentityProvider } from '@myorg-kit/client'
import { describe, expect, it } from 'vitest'

import {
  type LinkFailure,
  type WizardConfig,
  type WizardEvent,
  type WizardState,
  initialWizardState,
  reduce,
  select,
} from './wizard-machine.ts'
import { IDP_WIZARD_STEPS, stepsOf } from './wizard-values.ts'

const create: WizardConfig = { steps: stepsOf('create') }
const edit: WizardConfig = { steps: stepsOf('edit') }
const idp = { id: 'con_1', name: 'acme', strategy: 'okta' } as IdentityProvider
const failure: LinkFailure = { domain: 'acme.com', change: 'link', error: new Error('boom') }

function run(state: WizardState, events: WizardEvent[], config = create): WizardState {
  return events.reduce((current, event) => reduce(current, event, config), state)
}

const start = () => initialWizardState(create, { mode: 'create' })
const onReview = () => run(start(), [{ type: 'goTo', step: 'review' }])
const saving = () => run(onReview(), [{ type: 'submit' }])
const linking = () => run(saving(), [{ type: 'saved', idp, outcome: 'created' }])
const linkFailed = () => run(linking(), [{ type: 'linked', failed: [failure] }])

describe('initialWizardState', () => {
  it('starts on the first step of the mode, or on a valid requested one', () => {
    expect(start()).toEqual({
      step: 'provider',
      furthest: 0,
      phase: { kind: 'editing' },
      submitError: null,
      leaving: false,
      focus: null,
    })
    expect(initialWizardState(create, { mode: 'create', step: 'details' })).toMatchObject({
      step: 'details',
      furthest: 3,
    })
    expect(initialWizardState(edit, { mode: 'edit' }).step).toBe('connection')
  })

  it('ignores a step the mode has not, and reaches every step in edit mode', () => {
    const state = initialWizardState(edit, { mode: 'edit', step: 'provider' })
    expect(state.step).toBe('connection')
    expect(state.furthest).toBe(edit.steps.length - 1)
  })
})

describe('navigation', () => {
  it('next and back move one step, focus the heading and remember the furthest step', () => {
    const state = run(start(), [{ type: 'next' }, { type: 'next' }, { type: 'back' }])
    expect(state.step).toBe('sp-values')
    expect(state.furthest).toBe(2)
    expect(state.focus).toEqual({ kind: 'heading' })
  })

  it('goTo jumps to a step and clears a submit error', () => {
    const failed = run(saving(), [{ type: 'failed', error: 'nope' }])
    expect(failed.submitError).toBe('nope')
    const moved = reduce(failed, { type: 'goTo', step: 'details' }, create)
    expect(moved.step).toBe('details')
    expect(moved.submitError).toBeNull()
    expect(moved.furthest).toBe(IDP_WIZARD_STEPS.length - 1)
  })

  it('returns the same state when nothing changes', () => {
    const first = start()
    expect(reduce(first, { type: 'back' }, create)).toBe(first)
    expect(reduce(first, { type: 'goTo', step: 'provider' }, create)).toBe(first)
    const last = onReview()
    expect(reduce(last, { type: 'next' }, create)).toBe(last)
    const editing = initialWizardState(edit, { mode: 'edit' })
    expect(reduce(editing, { type: 'goTo', step: 'provider' }, edit)).toBe(editing)
    expect(reduce(editing, { type: 'focused' }, edit)).toBe(editing)
  })

  it('is locked while saving and once the provider is saved', () => {
    for (const state of [saving(), linking(), linkFailed()]) {
      expect(reduce(state, { type: 'back' }, create)).toBe(state)
      expect(reduce(state, { type: 'goTo', step: 'provider' }, create)).toBe(state)
      expect(select.canNavigate(state)).toBe(false)
      expect(select.reachable(state, 0)).toBe(false)
    }
  })

  it('offers the steps reached so far as buttons', () => {
    const state = run(start(), [{ type: 'next' }, { type: 'next' }, { type: 'back' }])
    expect([0, 1, 2, 3].map((index) => select.reachable(state, index))).toEqual([
      true,
      true,
      true,
      false,
    ])
  })

  it('clears the focus target once applied', () => {
    const moved = reduce(start(), { type: 'next' }, create)
    expect(reduce(moved, { type: 'focused' }, create).focus).toBeNull()
  })
})

describe('submission', () => {
  it('editing → saving → linking → done', () => {
    const states = [saving(), linking()]
    expect(states.map((state) => state.phase.kind)).toEqual(['saving', 'linking'])
    const progress = reduce(
      linking(),
      { type: 'linkProgress', domain: 'acme.com', current: 1, total: 2 },
      create,
    )
    expect(select.linking(progress)).toEqual({ domain: 'acme.com', current: 1, total: 2 })
    const done = reduce(progress, { type: 'linked', failed: [] }, create)
    expect(done.phase).toEqual({ kind: 'done', idp, outcome: 'created' })
  })

  it('a failure without a field stays on the step and is shown', () => {
    const state = run(saving(), [{ type: 'failed', error: 'server' }])
    expect(state.phase.kind).toBe('editing')
    expect(state.step).toBe('review')
    expect(state.submitError).toBe('server')
    expect(reduce(state, { type: 'submit' }, create).submitError).toBeNull()
  })

  it('a field error goes back to its step and targets the field', () => {
    const state = run(saving(), [{ type: 'fieldError', step: 'details', field: 'name' }])
    expect(state).toMatchObject({
      step: 'details',
      phase: { kind: 'editing' },
      focus: { kind: 'field', field: 'name' },
      submitError: null,
    })
  })

  it('a field error on the current step only targets the field', () => {
    const state = run(start(), [
      { type: 'submit' },
      { type: 'fieldError', step: 'provider', field: 'strategy' },
    ])
    expect(state.step).toBe('provider')
    expect(state.focus).toEqual({ kind: 'field', field: 'strategy' })
  })

  it('failed links keep the provider; a retry links them again, or finish ends', () => {
    const failed = linkFailed()
    expect(failed.phase).toEqual({
      kind: 'linkFailed',
      idp,
      outcome: 'created',
      failed: [failure],
    })
    expect(select.saved(failed)).toBe(idp)
    expect(select.failures(failed)).toEqual([failure])
    const retry = reduce(failed, { type: 'submit' }, create)
    expect(retry.phase).toMatchObject({ kind: 'linking', total: 1, failed: [failure] })
    expect(select.failures(retry)).toEqual([failure])
    expect(reduce(retry, { type: 'linked', failed: [] }, create).phase.kind).toBe('done')
    expect(reduce(failed, { type: 'finish' }, create).phase).toEqual({
      kind: 'done',
      idp,
      outcome: 'created',
    })
  })

  it('ignores events that do not belong to the phase', () => {
    const ignored: [WizardState, WizardEvent][] = [
      [start(), { type: 'saved', idp, outcome: 'created' }],
      [start(), { type: 'linked', failed: [] }],
      [start(), { type: 'linkProgress', domain: 'a', current: 1, total: 1 }],
      [start(), { type: 'failed', error: 'x' }],
      [start(), { type: 'fieldError', step: 'details', field: 'name' }],
      [start(), { type: 'finish' }],
      [saving(), { type: 'submit' }],
      [saving(), { type: 'finish' }],
      [linking(), { type: 'submit' }],
      [linking(), { type: 'failed', error: 'x' }],
      [linkFailed(), { type: 'linked', failed: [] }],
    ]
    for (const [state, event] of ignored) {
      expect(reduce(state, event, create)).toBe(state)
    }
  })
})

describe('leaving', () => {
  it('askLeave opens the confirmation; stay and leave close it', () => {
    const asking = reduce(start(), { type: 'askLeave' }, create)
    expect(asking.leaving).toBe(true)
    expect(reduce(asking, { type: 'askLeave' }, create)).toBe(asking)
    expect(reduce(asking, { type: 'stay' }, create).leaving).toBe(false)
    expect(reduce(asking, { type: 'leave' }, create).leaving).toBe(false)
    const closed = start()
    expect(reduce(closed, { type: 'stay' }, create)).toBe(closed)
  })

  it('is not offered while saving', () => {
    const state = saving()
    expect(reduce(state, { type: 'askLeave' }, create)).toBe(state)
  })
})

describe('select', () => {
  it('knows the step index and the last step', () => {
    expect(select.stepIndex(onReview(), create)).toBe(5)
    expect(select.isLast(onReview(), create)).toBe(true)
    expect(select.isLast(start(), create)).toBe(false)
  })

  it('is busy while saving and linking, and unsaved until the provider is saved', () => {
    expect([start(), saving(), linking(), linkFailed()].map(select.busy)).toEqual([
      false,
      true,
      true,
      false,
    ])
    expect([start(), saving(), linking(), linkFailed()].map(select.unsaved)).toEqual([
      true,
      true,
      false,
      false,
    ])
    expect(select.saved(start())).toBeNull()
    expect(select.failures(start())).toEqual([])
    expect(select.linking(linking())).toBeNull()
  })

  it('words the submit button for the mode and the phase', () => {
    expect(select.submitLabelKey(onReview(), 'create')).toBe('idpWizard.actions.create')
    expect(select.submitLabelKey(saving(), 'create')).toBe('idpWizard.actions.creating')
    expect(select.submitLabelKey(linking(), 'create')).toBe('idpWizard.actions.retryLinks')
    expect(select.submitLabelKey(linkFailed(), 'create')).toBe('idpWizard.actions.retryLinks')
    expect(select.submitLabelKey(onReview(), 'edit')).toBe('idpWizard.actions.save')
    expect(select.submitLabelKey(saving(), 'edit')).toBe('idpWizard.actions.saving')
    const updating = run(saving(), [{ type: 'saved', idp, outcome: 'updated' }])
    expect(select.submitLabelKey(updating, 'edit')).toBe('idpWizard.actions.saving')
  })
})
