'use client'

import type { ScimToken } from '@myorg-kit/client'
import { type ReactNode, type RefObject, useId } from 'react'

import { Button } from '../../ui/button.tsx'
import { useScimScope } from './scim-scope.ts'

/** Props of {@link RotationGuide}. */
export interface RotationGuideProps {
  /** The provider's name. */
  name: string
  /** The token closest to (or past) its end. */
  token: ScimToken
  /** It has already expired (an error-coloured guide). */
  expired: boolean
  /** Offer "Create the new token". */
  canCreate: boolean
  /** Offer "Revoke {token}". */
  canRevoke: boolean
  /** The create form's fieldset: "Create the new token" scrolls there and focuses the lifetime. */
  createForm: RefObject<HTMLFieldSetElement | null>
  /** Asks to revoke the old token. */
  onRevokeOld: () => void
}

/** Create new → paste into the IdP → confirm sync → revoke old, for an expiring token. */
export function RotationGuide(props: RotationGuideProps): ReactNode {
  const { t, slot } = useScimScope()
  const { name, token } = props
  const titleId = useId()
  return (
    <div
      {...slot('rotation', 'mk-alert')}
      data-variant={props.expired ? 'error' : 'warning'}
      role="group"
      aria-labelledby={titleId}
    >
      <p className="mk-alert-title" id={titleId}>
        {props.expired
          ? t('scimTokenManager.rotation.titleExpired', { tokenId: token.token_id })
          : t('scimTokenManager.rotation.title', { tokenId: token.token_id })}
      </p>
      <p className="mk-alert-description">{t('scimTokenManager.rotation.intro', { name })}</p>
      <ol className="mk-ScimTokenManager-steps">
        <li>{t('scimTokenManager.rotation.step1')}</li>
        <li>{t('scimTokenManager.rotation.step2', { name })}</li>
        <li>{t('scimTokenManager.rotation.step3', { name })}</li>
        <li>{t('scimTokenManager.rotation.step4', { tokenId: token.token_id })}</li>
      </ol>
      <div className="mk-alert-actions">
        {props.canCreate ? (
          <Button
            size="sm"
            onClick={() => {
              goTo(props.createForm.current)
            }}
          >
            {t('scimTokenManager.rotation.start')}
          </Button>
        ) : null}
        {props.canRevoke ? (
          <Button size="sm" variant="ghost" data-danger="" onClick={props.onRevokeOld}>
            {t('scimTokenManager.rotation.revokeOld', { tokenId: token.token_id })}
          </Button>
        ) : null}
      </div>
    </div>
  )
}

function goTo(fieldset: HTMLFieldSetElement | null): void {
  // Not every DOM implements scrollIntoView (jsdom doesn't).
  if (fieldset && 'scrollIntoView' in fieldset) {
    fieldset.scrollIntoView({ block: 'center' })
  }
  fieldset?.querySelector<HTMLInputElement>('input:checked')?.focus()
}
