'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import { type ActionDispatch, useReducer } from 'react'

import { useSyncIdentityProviderDomains } from '../../api/identity-provider-domains.queries.ts'
import {
  type EditorEvent,
  type EditorState,
  initialEditorState,
  pendingChanges,
  reduceEditor,
} from './domains-editor-state.ts'
import { useListContext, useListScope } from './list-context.ts'

/** What the domains editor's view works with. */
export interface DomainsEditorModel {
  state: EditorState
  dispatch: ActionDispatch<[event: EditorEvent]>
  /** What the token may do: link, unlink. */
  allowed: { link: boolean; unlink: boolean }
  /** A batch is being applied: boxes and buttons wait. */
  busy: boolean
  /** Sends the checked changes as one batch (or says there is nothing to apply). */
  apply: () => void
}

/**
 * The domains editor's state machine wired to the batch mutation: progress and a line per
 * change come from the batch as it runs, each failure is reported to `onError`, and the host
 * hears what the batch did once it is done.
 */
export function useDomainsEditor(idp: IdentityProvider): DomainsEditorModel {
  const { can, reportError } = useListScope()
  const { host } = useListContext()
  const sync = useSyncIdentityProviderDomains()
  const [state, dispatch] = useReducer(reduceEditor, idp.domains, initialEditorState)
  const allowed = {
    link: can('addIdentityProviderDomain'),
    unlink: can('removeIdentityProviderDomain'),
  }

  const apply = (): void => {
    const { link, unlink } = pendingChanges(state, allowed)
    const idpId = idp.id
    if (link.length + unlink.length === 0 || !idpId) {
      dispatch({ type: 'nothingToDo' })
      return
    }
    sync.mutate(
      {
        idpId,
        link,
        unlink,
        onProgress: (step) => {
          const { domain, change } = step
          if (step.outcome === 'pending') {
            dispatch({ type: 'progress', current: step.current, total: step.total })
          } else if (step.outcome === 'failed') {
            dispatch({ type: 'outcome', outcome: { domain, change, ok: false, error: step.error } })
            const action = change === 'link' ? 'linkDomain' : 'unlinkDomain'
            reportError(step.error, action, { identityProviderId: idpId })
          } else {
            dispatch({ type: 'outcome', outcome: { domain, change, ok: true } })
          }
        },
      },
      {
        onSuccess: (result) => {
          dispatch({ type: 'applied', linked: result.linked, unlinked: result.unlinked })
          host.onIdentityProviderDomainsChanged?.(idpId, result)
        },
      },
    )
  }

  return {
    state,
    dispatch,
    allowed,
    busy: state.phase.kind === 'applying' || sync.isPending,
    apply,
  }
}
