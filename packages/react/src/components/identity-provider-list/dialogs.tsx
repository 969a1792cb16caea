'use client'

import { type IdentityProvider, MyOrgApiError } from '@myorg-kit/client'
import { type ReactNode, type RefObject, useEffect, useId, useRef, useState } from 'react'

import {
  useDeleteIdentityProvider,
  useDetachIdentityProvider,
  useRefreshIdentityProviderAttributes,
} from '../../api/identity-providers.queries.ts'
import { useOrgConfiguration } from '../../api/organization.queries.ts'
import type { MyOrgTranslator } from '../../i18n/translator.ts'
import type { DeepPartial, MyOrgMessages } from '../../i18n/types.ts'
import type { getSlotProps } from '../../theming/slots.ts'
import { cx } from '../../theming/slots.ts'
import { MyOrgErrorNotice } from '../error-notice/error-notice.tsx'
import {
  type AttributeMappingDiff,
  diffAttributeMapping,
  predictAttributeRefresh,
} from './attribute-diff.ts'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import { confirmationNameOf, displayNameOf } from '../../lib/identity-provider.ts'
import { trapTab } from '../shared/trap-tab.ts'

type SlotFn = (name: IdentityProviderListSlot) => ReturnType<typeof getSlotProps>

interface DialogBaseProps {
  idp: IdentityProvider
  translator: MyOrgTranslator
  slot: SlotFn
  messages: DeepPartial<MyOrgMessages> | undefined
  unstyled: boolean | undefined
  onError: (error: Error) => void
}

/** A modal dialog: focus moves in, Tab stays in, Escape cancels (unless busy). */
function DialogShell(props: {
  slot: SlotFn
  title: string
  busy: boolean
  initialFocus: RefObject<HTMLElement | null>
  onCancel: () => void
  children: ReactNode
}): ReactNode {
  const { slot, busy, onCancel, initialFocus } = props
  const titleId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  useEffect(() => {
    initialFocus.current?.focus()
  }, [initialFocus])
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) {
      return
    }
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape' && !busy) {
        event.stopPropagation()
        onCancel()
        return
      }
      trapTab(dialog, event)
    }
    dialog.addEventListener('keydown', onKeyDown)
    return () => {
      dialog.removeEventListener('keydown', onKeyDown)
    }
  }, [busy, onCancel])
  return (
    <div className="mk-IdentityProviderList-backdrop">
      <div
        {...slot('dialog')}
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-busy={busy || undefined}
      >
        <h2 className="mk-IdentityProviderList-dialogTitle" id={titleId}>
          {props.title}
        </h2>
        {props.children}
      </div>
    </div>
  )
}

function DialogActions({
  translator,
  busy,
  cancelRef,
  onCancel,
  confirmLabel,
  busyLabel,
  onConfirm,
  danger = true,
}: {
  translator: MyOrgTranslator
  busy: boolean
  cancelRef?: RefObject<HTMLButtonElement | null>
  onCancel: () => void
  confirmLabel: string
  busyLabel: string
  onConfirm: () => void
  danger?: boolean
}): ReactNode {
  const { t } = translator
  return (
    <div className="mk-IdentityProviderList-dialogActions">
      <button
        ref={cancelRef}
        type="button"
        className="mk-button"
        disabled={busy}
        onClick={onCancel}
      >
        {t('common.actions.cancel')}
      </button>
      <button
        type="submit"
        className="mk-button"
        data-variant={danger ? 'danger' : 'primary'}
        disabled={busy}
        onClick={(event) => {
          event.preventDefault()
          onConfirm()
        }}
      >
        {busy ? <span className="mk-spinner" aria-hidden="true" /> : null}
        {busy ? busyLabel : confirmLabel}
      </button>
    </div>
  )
}

/**
 * Deletes a provider after its name is typed. Loads `GET /config` (once, cached) to say what
 * happens to its users; a 409 under `allow_if_empty` is explained with the way out.
 */
export function DeleteDialog(
  props: DialogBaseProps & {
    canReadConfiguration: boolean
    canDetach: boolean
    onDetachInstead: () => void
    onClose: (deleted: boolean) => void
  },
): ReactNode {
  const { idp, translator, onClose } = props
  const { t } = translator
  const name = displayNameOf(idp)
  const expected = confirmationNameOf(idp)
  const config = useOrgConfiguration({
    enabled: props.canReadConfiguration,
    staleTime: Number.POSITIVE_INFINITY,
  })
  const remove = useDeleteIdentityProvider()
  const [typed, setTyped] = useState('')
  const [showMismatch, setShowMismatch] = useState(false)
  const inputRef = useRef<HTMLInputElement>(null)
  const inputId = useId()
  const busy = remove.isPending
  const behavior = config.data?.connection_deletion_behavior
  const refused =
    remove.error instanceof MyOrgApiError && remove.error.status === 409 ? remove.error : null

  let behaviorNote: ReactNode
  if (props.canReadConfiguration && config.isPending) {
    behaviorNote = (
      <p className="mk-description" role="status">
        <span className="mk-spinner" aria-hidden="true" />{' '}
        {t('identityProviderList.delete.checkingBehavior')}
      </p>
    )
  } else if (behavior === 'allow') {
    behaviorNote = (
      <p className="mk-alert" data-variant="warning">
        <span className="mk-alert-description">
          {t('identityProviderList.delete.allow', { name })}
        </span>
      </p>
    )
  } else if (behavior === 'allow_if_empty') {
    behaviorNote = (
      <p className="mk-description">{t('identityProviderList.delete.allowIfEmpty', { name })}</p>
    )
  } else {
    behaviorNote = (
      <p className="mk-alert" data-variant="warning">
        <span className="mk-alert-description">
          {t('identityProviderList.delete.unknownBehavior', { name })}
        </span>
      </p>
    )
  }

  const submit = (): void => {
    if (typed.trim() !== expected) {
      setShowMismatch(true)
      inputRef.current?.focus()
      return
    }
    if (!idp.id) {
      return
    }
    remove.mutate(idp.id, {
      onSuccess: () => {
        onClose(true)
      },
      onError: (error) => {
        props.onError(error)
      },
    })
  }
  const mismatch = showMismatch && typed.trim() !== expected

  return (
    <DialogShell
      slot={props.slot}
      title={t('identityProviderList.delete.title', { name })}
      busy={busy}
      initialFocus={inputRef}
      onCancel={() => {
        onClose(false)
      }}
    >
      <form
        noValidate
        className="mk-IdentityProviderList-dialogForm"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <p>{t('identityProviderList.delete.description', { name })}</p>
        {refused ? null : behaviorNote}
        {refused ? (
          <div className="mk-alert" data-variant="error" role="alert">
            <p className="mk-alert-title">
              {t('identityProviderList.delete.refusedTitle', { name })}
            </p>
            <p className="mk-alert-description">
              {t('identityProviderList.delete.refused', { name })}
            </p>
            {props.canDetach ? (
              <div className="mk-alert-actions">
                <button type="button" className="mk-button" onClick={props.onDetachInstead}>
                  {t('identityProviderList.delete.detachInstead')}
                </button>
              </div>
            ) : null}
          </div>
        ) : remove.error ? (
          <MyOrgErrorNotice
            error={remove.error}
            headingLevel={3}
            messages={props.messages}
            unstyled={props.unstyled}
          />
        ) : null}
        <div className="mk-field" data-invalid={mismatch ? '' : undefined}>
          <label className="mk-label" htmlFor={inputId}>
            {t('identityProviderList.delete.typeLabel', { name: expected })}
          </label>
          <input
            ref={inputRef}
            id={inputId}
            className="mk-input"
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={typed}
            disabled={busy}
            aria-invalid={mismatch || undefined}
            aria-describedby={mismatch ? `${inputId}-error` : undefined}
            onChange={(event) => {
              setTyped(event.target.value)
            }}
          />
          {mismatch ? (
            <p className="mk-field-error" id={`${inputId}-error`}>
              {t('identityProviderList.delete.mismatch', { name: expected })}
            </p>
          ) : null}
        </div>
        <DialogActions
          translator={translator}
          busy={busy}
          onCancel={() => {
            onClose(false)
          }}
          confirmLabel={t('identityProviderList.delete.confirm')}
          busyLabel={t('identityProviderList.delete.deleting')}
          onConfirm={submit}
        />
      </form>
    </DialogShell>
  )
}

/** Removes a provider from the organization (`POST …/detach`), saying how it differs from delete. */
export function DetachDialog(
  props: DialogBaseProps & { onClose: (detached: boolean) => void },
): ReactNode {
  const { idp, translator, onClose } = props
  const { t } = translator
  const name = displayNameOf(idp)
  const detach = useDetachIdentityProvider()
  const cancelRef = useRef<HTMLButtonElement>(null)
  return (
    <DialogShell
      slot={props.slot}
      title={t('identityProviderList.detach.title', { name })}
      busy={detach.isPending}
      initialFocus={cancelRef}
      onCancel={() => {
        onClose(false)
      }}
    >
      <p>{t('identityProviderList.detach.description', { name })}</p>
      <p className="mk-alert" data-variant="info">
        <span className="mk-alert-description">{t('identityProviderList.detach.difference')}</span>
      </p>
      {detach.error ? (
        <MyOrgErrorNotice
          error={detach.error}
          headingLevel={3}
          messages={props.messages}
          unstyled={props.unstyled}
        />
      ) : null}
      <DialogActions
        translator={translator}
        busy={detach.isPending}
        cancelRef={cancelRef}
        onCancel={() => {
          onClose(false)
        }}
        confirmLabel={t('identityProviderList.detach.confirm')}
        busyLabel={t('identityProviderList.detach.removing')}
        onConfirm={() => {
          if (!idp.id) {
            return
          }
          detach.mutate(idp.id, {
            onSuccess: () => {
              onClose(true)
            },
            onError: (error) => {
              props.onError(error)
            },
          })
        }}
      />
    </DialogShell>
  )
}

/** Refreshes the attribute mapping: says beforehand what will change, then what did. */
export function RefreshDialog(
  props: DialogBaseProps & {
    onClose: (result: { idp: IdentityProvider; diff: AttributeMappingDiff } | null) => void
  },
): ReactNode {
  const { idp, translator, onClose } = props
  const { t } = translator
  const name = displayNameOf(idp)
  const refresh = useRefreshIdentityProviderAttributes()
  const cancelRef = useRef<HTMLButtonElement>(null)
  const prediction = predictAttributeRefresh(idp.attributes)
  const before = idp.attributes
  return (
    <DialogShell
      slot={props.slot}
      title={t('identityProviderList.refresh.title', { name })}
      busy={refresh.isPending}
      initialFocus={cancelRef}
      onCancel={() => {
        onClose(null)
      }}
    >
      <p>{t('identityProviderList.refresh.description', { name })}</p>
      {prediction.willRemove.length + prediction.willAdd.length === 0 ? (
        <p className="mk-description">{t('identityProviderList.refresh.upToDate')}</p>
      ) : (
        <ul className={cx('mk-IdentityProviderList-diff')}>
          {prediction.willRemove.length > 0 ? (
            <li data-change="removed">
              {t('identityProviderList.refresh.willRemove', {
                attributes: translator.formatList(prediction.willRemove),
              })}
            </li>
          ) : null}
          {prediction.willAdd.length > 0 ? (
            <li data-change="added">
              {t('identityProviderList.refresh.willAdd', {
                attributes: translator.formatList(prediction.willAdd),
              })}
            </li>
          ) : null}
        </ul>
      )}
      {refresh.error ? (
        <MyOrgErrorNotice
          error={refresh.error}
          headingLevel={3}
          messages={props.messages}
          unstyled={props.unstyled}
        />
      ) : null}
      <DialogActions
        translator={translator}
        busy={refresh.isPending}
        cancelRef={cancelRef}
        danger={false}
        onCancel={() => {
          onClose(null)
        }}
        confirmLabel={t('identityProviderList.refresh.confirm')}
        busyLabel={t('identityProviderList.refresh.refreshing')}
        onConfirm={() => {
          if (!idp.id) {
            return
          }
          refresh.mutate(idp.id, {
            onSuccess: (updated) => {
              onClose({ idp: updated, diff: diffAttributeMapping(before, updated.attributes) })
            },
            onError: (error) => {
              props.onError(error)
            },
          })
        }}
      />
    </DialogShell>
  )
}
