/** What happened to one domain of an applied batch. */
export type DomainOutcome =
  | { domain: string; change: 'link' | 'unlink'; ok: true }
  | { domain: string; change: 'link' | 'unlink'; ok: false; error: Error }

/** Where the editor is: choosing, applying a batch, or showing what the last batch did. */
export type EditorPhase =
  | { kind: 'idle'; nothingToDo: boolean }
  | { kind: 'applying'; current: number; total: number; outcomes: readonly DomainOutcome[] }
  | { kind: 'applied'; outcomes: readonly DomainOutcome[] }

/** The domains editor's state. */
export interface EditorState {
  /** The domains linked on the server, as far as the editor knows. */
  linked: ReadonlySet<string>
  /** The checked boxes. */
  checked: ReadonlySet<string>
  phase: EditorPhase
}

/** What can happen to the editor. */
export type EditorEvent =
  | { type: 'toggle'; domain: string; on: boolean }
  /** "Apply changes" with nothing to change. */
  | { type: 'nothingToDo' }
  /** A change of the batch starts (`current` from 1). */
  | { type: 'progress'; current: number; total: number }
  /** A change of the batch is done. */
  | { type: 'outcome'; outcome: DomainOutcome }
  /** The batch is done: the server now has `linked`. */
  | { type: 'applied'; linked: readonly string[]; unlinked: readonly string[] }

/** The editor for a provider that has `domains` linked. */
export function initialEditorState(domains: readonly string[] | undefined): EditorState {
  const linked = new Set(domains ?? [])
  return { linked, checked: linked, phase: { kind: 'idle', nothingToDo: false } }
}

/** The links and unlinks the boxes ask for, limited to what the token may do. */
export function pendingChanges(
  state: EditorState,
  allowed: { link: boolean; unlink: boolean },
): { link: string[]; unlink: string[] } {
  return {
    link: allowed.link ? [...state.checked].filter((domain) => !state.linked.has(domain)) : [],
    unlink: allowed.unlink ? [...state.linked].filter((domain) => !state.checked.has(domain)) : [],
  }
}

/**
 * The editor's transitions (pure). Boxes can't change while a batch applies; after a batch,
 * the boxes show the server's state again (a failed change stays as it was).
 */
export function reduceEditor(state: EditorState, event: EditorEvent): EditorState {
  const { phase } = state
  switch (event.type) {
    case 'toggle': {
      if (phase.kind === 'applying') {
        return state
      }
      const checked = new Set(state.checked)
      if (event.on) {
        checked.add(event.domain)
      } else {
        checked.delete(event.domain)
      }
      return {
        ...state,
        checked,
        phase: phase.kind === 'idle' ? { kind: 'idle', nothingToDo: false } : phase,
      }
    }
    case 'nothingToDo':
      return phase.kind === 'applying'
        ? state
        : { ...state, phase: { kind: 'idle', nothingToDo: true } }
    case 'progress':
      return {
        ...state,
        phase: {
          kind: 'applying',
          current: event.current,
          total: event.total,
          outcomes: phase.kind === 'applying' ? phase.outcomes : [],
        },
      }
    case 'outcome':
      return phase.kind === 'applying'
        ? { ...state, phase: { ...phase, outcomes: [...phase.outcomes, event.outcome] } }
        : state
    case 'applied': {
      const linked = new Set(state.linked)
      event.linked.forEach((domain) => linked.add(domain))
      event.unlinked.forEach((domain) => linked.delete(domain))
      const outcomes = phase.kind === 'applying' ? phase.outcomes : []
      return { linked, checked: linked, phase: { kind: 'applied', outcomes } }
    }
  }
}
