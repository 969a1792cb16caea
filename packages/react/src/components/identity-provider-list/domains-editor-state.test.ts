import { describe, expect, it } from 'vitest'

import {
  type EditorState,
  initialEditorState,
  pendingChanges,
  reduceEditor,
} from './domains-editor-state.ts'

const both = { link: true, unlink: true }

function toggled(state: EditorState, domain: string, on: boolean): EditorState {
  return reduceEditor(state, { type: 'toggle', domain, on })
}

describe('the domains editor state', () => {
  it('starts with the linked domains checked, and nothing to apply', () => {
    const state = initialEditorState(['acme.com'])
    expect([...state.checked]).toEqual(['acme.com'])
    expect(state.phase).toEqual({ kind: 'idle', nothingToDo: false })
    expect(pendingChanges(state, both)).toEqual({ link: [], unlink: [] })
    expect(initialEditorState(undefined).linked.size).toBe(0)
  })

  it('turns the boxes into links and unlinks, within what the token may do', () => {
    let state = initialEditorState(['acme.com'])
    state = toggled(state, 'acme.co.uk', true)
    state = toggled(state, 'acme.com', false)
    expect(pendingChanges(state, both)).toEqual({ link: ['acme.co.uk'], unlink: ['acme.com'] })
    expect(pendingChanges(state, { link: false, unlink: true })).toEqual({
      link: [],
      unlink: ['acme.com'],
    })
    expect(pendingChanges(state, { link: true, unlink: false })).toEqual({
      link: ['acme.co.uk'],
      unlink: [],
    })
  })

  it('says "nothing to apply" until a box changes', () => {
    let state = reduceEditor(initialEditorState([]), { type: 'nothingToDo' })
    expect(state.phase).toEqual({ kind: 'idle', nothingToDo: true })
    state = toggled(state, 'acme.com', true)
    expect(state.phase).toEqual({ kind: 'idle', nothingToDo: false })
  })

  it('applies a batch: progress, a line per change, then the server state in the boxes', () => {
    let state = initialEditorState(['acme.com'])
    state = toggled(state, 'acme.co.uk', true)
    state = toggled(state, 'acme.com', false)
    state = reduceEditor(state, { type: 'progress', current: 1, total: 2 })
    expect(state.phase).toEqual({ kind: 'applying', current: 1, total: 2, outcomes: [] })
    // Boxes are locked while it applies.
    expect(toggled(state, 'acme.io', true)).toBe(state)
    state = reduceEditor(state, {
      type: 'outcome',
      outcome: { domain: 'acme.co.uk', change: 'link', ok: true },
    })
    state = reduceEditor(state, { type: 'progress', current: 2, total: 2 })
    const error = new Error('not linked')
    state = reduceEditor(state, {
      type: 'outcome',
      outcome: { domain: 'acme.com', change: 'unlink', ok: false, error },
    })
    state = reduceEditor(state, { type: 'applied', linked: ['acme.co.uk'], unlinked: [] })
    expect(state.phase).toEqual({
      kind: 'applied',
      outcomes: [
        { domain: 'acme.co.uk', change: 'link', ok: true },
        { domain: 'acme.com', change: 'unlink', ok: false, error },
      ],
    })
    // What failed stays as it is on the server: acme.com is still linked and checked.
    expect([...state.linked].sort()).toEqual(['acme.co.uk', 'acme.com'])
    expect([...state.checked].sort()).toEqual(['acme.co.uk', 'acme.com'])
    expect(pendingChanges(state, both)).toEqual({ link: [], unlink: [] })
  })

  it('keeps the last batch’s lines while boxes change, and clears them on the next batch', () => {
    let state = reduceEditor(
      reduceEditor(initialEditorState([]), { type: 'progress', current: 1, total: 1 }),
      { type: 'outcome', outcome: { domain: 'acme.com', change: 'link', ok: true } },
    )
    state = reduceEditor(state, { type: 'applied', linked: ['acme.com'], unlinked: [] })
    state = toggled(state, 'acme.com', false)
    expect(state.phase.kind).toBe('applied')
    state = reduceEditor(state, { type: 'progress', current: 1, total: 1 })
    expect(state.phase).toEqual({ kind: 'applying', current: 1, total: 1, outcomes: [] })
    state = reduceEditor(state, { type: 'applied', linked: [], unlinked: ['acme.com'] })
    expect(state.linked.size).toBe(0)
  })
})
