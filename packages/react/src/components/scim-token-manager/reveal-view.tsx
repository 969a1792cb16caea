'use client'

import { type ReactNode, useEffect, useId, useRef } from 'react'

import { Button } from '../../ui/button.tsx'
import { CopyButton } from '../../ui/copy-button.tsx'
import { formatApiDate } from './api-date.ts'
import type { RevealDialogProps } from './reveal-dialog.tsx'
import { useScimScope } from './scim-scope.ts'

/** Props of {@link RevealView}. */
export interface RevealViewProps extends Pick<
  RevealDialogProps,
  'name' | 'endpointUrl' | 'created'
> {
  /** The ids the dialog is labelled and described by. */
  titleId: string
  descriptionId: string
  /** "I have copied this token" is ticked. */
  acknowledged: boolean
  onAcknowledgedChange: (acknowledged: boolean) => void
  /** "Discard token": asks what to do with a token not copied. */
  onDiscard: () => void
  /** Done, once acknowledged. */
  onDone: () => void
}

/** The secret with its copy button, the endpoint URL, "I have copied this token", and Done. */
export function RevealView(props: RevealViewProps): ReactNode {
  const { t, translator } = useScimScope()
  const { titleId, created, acknowledged } = props
  const checkboxId = useId()
  const copyRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    copyRef.current?.focus()
  }, [])
  const validUntil = created.metadata.valid_until
  const expiry = validUntil
    ? t('scimTokenManager.reveal.expiresOn', { date: formatApiDate(translator, validUntil) })
    : t('scimTokenManager.reveal.neverExpires')
  return (
    <>
      <h2 className="mk-dialog-title" id={titleId}>
        {t('scimTokenManager.reveal.title')}
      </h2>
      <p id={props.descriptionId}>{t('scimTokenManager.reveal.intro', { name: props.name })}</p>
      <div className="mk-ScimTokenManager-secretBlock">
        <span className="mk-label" id={`${titleId}-token`}>
          {t('scimTokenManager.reveal.token')}
        </span>
        <span className="mk-ScimTokenManager-copyRow">
          <code
            className="mk-code mk-ScimTokenManager-secret"
            aria-labelledby={`${titleId}-token`}
            data-testid="scim-token-secret"
          >
            {created.secret}
          </code>
          <CopyButton
            className="mk-ScimTokenManager-copy"
            text={created.secret}
            label={t('scimTokenManager.reveal.copyToken')}
            t={t}
            buttonRef={copyRef}
            primary
          />
        </span>
      </div>
      <div className="mk-ScimTokenManager-secretBlock">
        <span className="mk-label">{t('scimTokenManager.reveal.endpoint')}</span>
        <span className="mk-ScimTokenManager-copyRow">
          <code className="mk-code">{props.endpointUrl}</code>
          <CopyButton
            className="mk-ScimTokenManager-copy"
            text={props.endpointUrl}
            label={t('scimTokenManager.reveal.copyEndpoint')}
            t={t}
          />
        </span>
      </div>
      <p className="mk-description">
        {t('scimTokenManager.reveal.meta', { tokenId: created.metadata.token_id, expiry })}
      </p>
      <div className="mk-ScimTokenManager-acknowledge">
        <input
          id={checkboxId}
          type="checkbox"
          checked={acknowledged}
          onChange={(event) => {
            props.onAcknowledgedChange(event.target.checked)
          }}
        />
        <label htmlFor={checkboxId}>{t('scimTokenManager.reveal.acknowledge')}</label>
      </div>
      <div className="mk-dialog-actions">
        <Button variant="ghost" data-danger="" onClick={props.onDiscard}>
          {t('scimTokenManager.reveal.discard')}
        </Button>
        <Button
          variant="primary"
          aria-disabled={!acknowledged || undefined}
          aria-describedby={acknowledged ? undefined : `${checkboxId}-hint`}
          onClick={() => {
            if (acknowledged) {
              props.onDone()
            }
          }}
        >
          {t('scimTokenManager.reveal.done')}
        </Button>
      </div>
      {acknowledged ? null : (
        <p className="mk-description mk-ScimTokenManager-doneHint" id={`${checkboxId}-hint`}>
          {t('scimTokenManager.reveal.doneHint')}
        </p>
      )}
    </>
  )
}
