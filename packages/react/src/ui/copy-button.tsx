'use client'

import { type ReactNode, type Ref, useEffect, useState } from 'react'

import type { MyOrgTranslator } from '../i18n/translator.ts'

/** Props of {@link CopyButton}. Internal: the components' copy buttons. */
export interface CopyButtonProps {
  /** What goes to the clipboard. */
  text: string
  /** The button's accessible name before copying, e.g. "Copy the SCIM endpoint URL". */
  label: string
  /** Its name and the announcement after copying. @default `common.actions.copied` */
  copiedLabel?: string | undefined
  t: MyOrgTranslator['t']
  /** The wrapper's class (the component's own, e.g. `mk-DomainList-copy`). */
  className: string
  buttonRef?: Ref<HTMLButtonElement> | undefined
  /** The primary variant (the show-once token). @default false */
  primary?: boolean | undefined
}

/**
 * Copies `text`, then says "Copied" (visible, and announced by a status region) for two
 * seconds. Without a clipboard, or when the browser refuses, it says to copy by hand.
 */
export function CopyButton(props: CopyButtonProps): ReactNode {
  const { text, label, t, className, buttonRef, primary = false } = props
  const copiedLabel = props.copiedLabel ?? t('common.actions.copied')
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state !== 'copied') {
      return
    }
    const timer = setTimeout(() => {
      setState('idle')
    }, 2000)
    return () => {
      clearTimeout(timer)
    }
  }, [state])
  return (
    <span className={className}>
      <button
        ref={buttonRef}
        type="button"
        className="mk-button"
        data-size="sm"
        data-variant={primary ? 'primary' : undefined}
        aria-label={state === 'copied' ? copiedLabel : label}
        onClick={() => {
          const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard
          if (!clipboard) {
            setState('failed')
            return
          }
          clipboard.writeText(text).then(
            () => {
              setState('copied')
            },
            () => {
              setState('failed')
            },
          )
        }}
      >
        {state === 'copied' ? t('common.actions.copied') : t('common.actions.copy')}
      </button>
      <span role="status" className={state === 'failed' ? 'mk-field-error' : 'mk-visually-hidden'}>
        {state === 'copied' ? copiedLabel : state === 'failed' ? t('common.copyFailed') : ''}
      </span>
    </span>
  )
}
