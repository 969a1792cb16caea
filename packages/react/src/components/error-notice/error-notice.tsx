'use client'

import { MyOrgApiError, MyOrgNetworkError, MyOrgTokenError, isMyOrgError } from '@myorg-kit/client'
import { type ReactNode, useEffect, useRef, useState } from 'react'

import { describeError } from '../../i18n/describe-error.ts'
import type { DeepPartial, MyOrgMessages } from '../../i18n/types.ts'
import { useMyOrgTranslator } from '../../i18n/use-my-org-translator.ts'
import { useMyOrgPermissions, useMyOrgSession } from '../../provider/use-my-org-session.ts'
import { cx, getSlotProps } from '../../theming/slots.ts'
import { useMyOrgRootProps } from '../../theming/use-my-org-root-props.ts'
import type { ErrorNoticeSlot } from './error-notice.slots.ts'

/** Seconds to wait after a 429 whose `Retry-After` the browser could not read. */
const DEFAULT_WAIT_SECONDS = 5

/** Props of {@link MyOrgErrorNotice}. */
export interface MyOrgErrorNoticeProps {
  /** The error to explain: anything a hook or the client threw. */
  error: unknown
  /**
   * Called by "Try again", and automatically when a rate-limit wait is over. Without it, no
   * retry button is shown.
   * @default undefined
   */
  onRetry?: () => void
  /**
   * Retry by itself once a rate-limit (429) wait is over.
   * @default true
   */
  autoRetryAfterWait?: boolean
  /**
   * Heading level of the title, to fit the page outline.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6
  /** Extra class on the root element, merged after library classes. @default undefined */
  className?: string
  /** Per-slot classes. @default undefined */
  classNames?: Partial<Record<ErrorNoticeSlot, string>>
  /** Text overrides for this instance, over the provider's `messages`. @default undefined */
  messages?: DeepPartial<MyOrgMessages>
  /** Render without library styles (CSS variables and classes stay). @default false */
  unstyled?: boolean
}

/**
 * Explains a failed request in plain words, with the action that fixes it: the origin to add
 * to Allowed Origins (CORS), a countdown after a rate limit, the permission that is missing, or
 * the button that completes a consent, MFA or sign-in step.
 *
 * @example
 * ```tsx
 * const details = useOrgDetails()
 * if (details.error) {
 *   return <MyOrgErrorNotice error={details.error} onRetry={() => details.refetch()} />
 * }
 * ```
 */
export function MyOrgErrorNotice(props: MyOrgErrorNoticeProps): ReactNode {
  const {
    error,
    onRetry,
    autoRetryAfterWait = true,
    headingLevel = 3,
    className,
    classNames,
    messages,
    unstyled,
  } = props
  const translator = useMyOrgTranslator(messages)
  const { t } = translator
  const permissions = useMyOrgPermissions()
  const description = describeError(error, translator, { grantedScopes: permissions.scopes })
  const rootSlot = getSlotProps('ErrorNotice', 'root', classNames)
  const rootProps = useMyOrgRootProps({
    componentClassName: cx('mk-ErrorNotice', rootSlot.className),
    className,
    unstyled,
  })

  const waitSeconds =
    description.action === 'wait' ? (description.retryAfterSeconds ?? DEFAULT_WAIT_SECONDS) : 0
  const secondsLeft = useCountdown(waitSeconds, error)
  const retriedFor = useRef<unknown>(null)
  useEffect(() => {
    if (
      description.action === 'wait' &&
      secondsLeft === 0 &&
      autoRetryAfterWait &&
      onRetry &&
      retriedFor.current !== error
    ) {
      retriedFor.current = error
      onRetry()
    }
  }, [description.action, secondsLeft, autoRetryAfterWait, onRetry, error])

  const { resolving, resolve } = useResolveTokenError(error, description.description)
  // Proxy mode: signing in again is a plain link to the host's login page.
  const { loginUrl } = useMyOrgSession()

  const corsOrigin =
    error instanceof MyOrgNetworkError && error.reason === 'cors' ? error.pageOrigin : undefined
  const [copied, copyOrigin] = useCopyOrigin(corsOrigin)

  const Heading = `h${headingLevel}` as const
  const technical = technicalDetails(error)
  const { action } = description

  const titleSlot = getSlotProps('ErrorNotice', 'title', classNames)
  const descriptionSlot = getSlotProps('ErrorNotice', 'description', classNames)
  const actionsSlot = getSlotProps('ErrorNotice', 'actions', classNames)
  const detailsSlot = getSlotProps('ErrorNotice', 'details', classNames)
  const variant = action === 'wait' ? 'warning' : 'error'

  return (
    <div {...rootProps} data-slot={rootSlot['data-slot']} role="alert">
      <div className="mk-alert" data-variant={variant}>
        <Heading {...titleSlot} className={cx(titleSlot.className, 'mk-alert-title')}>
          {description.title}
        </Heading>
        <p {...descriptionSlot} className={cx(descriptionSlot.className, 'mk-alert-description')}>
          {description.description}
        </p>
        <div {...actionsSlot} className={cx(actionsSlot.className, 'mk-alert-actions')}>
          {corsOrigin ? (
            <button type="button" className="mk-button" data-size="sm" onClick={copyOrigin}>
              {copied ? t('errors.notice.originCopied') : t('errors.notice.copyOrigin')}
            </button>
          ) : null}
          {action === 'login' && loginUrl !== undefined ? (
            <a className="mk-button" data-variant="primary" data-size="sm" href={loginUrl}>
              {description.actionLabel ?? t('common.actions.signIn')}
            </a>
          ) : action === 'login' || action === 'consent' || action === 'mfa' ? (
            <button
              type="button"
              className="mk-button"
              data-variant="primary"
              data-size="sm"
              disabled={resolving}
              onClick={resolve}
            >
              {description.actionLabel ?? t('common.actions.signIn')}
            </button>
          ) : null}
          {action === 'wait' && secondsLeft > 0 ? (
            <span className="mk-ErrorNotice-countdown">
              {t('errors.notice.retryIn', { seconds: secondsLeft })}
            </span>
          ) : null}
          {onRetry && (action === 'retry' || (action === 'wait' && secondsLeft === 0)) ? (
            <button type="button" className="mk-button" data-size="sm" onClick={onRetry}>
              {t('common.actions.retry')}
            </button>
          ) : null}
        </div>
        {technical ? (
          <details {...detailsSlot}>
            <summary>{t('errors.notice.details')}</summary>
            <code>{technical}</code>
          </details>
        ) : null}
      </div>
    </div>
  )
}

/** Seconds left of a wait, restarting whenever the error changes. */
function useCountdown(seconds: number, key: unknown): number {
  const [left, setLeft] = useState(seconds)
  const [previous, setPrevious] = useState<{ key: unknown; seconds: number }>({ key, seconds })
  if (previous.key !== key || previous.seconds !== seconds) {
    setPrevious({ key, seconds })
    setLeft(seconds)
  }
  useEffect(() => {
    if (left <= 0) {
      return undefined
    }
    const timer = setTimeout(() => {
      setLeft((value) => Math.max(0, value - 1))
    }, 1000)
    return () => {
      clearTimeout(timer)
    }
  }, [left])
  return left
}

/** A short technical line for support: status, Auth0 error code, operation. Never a token. */
function technicalDetails(error: unknown): string | undefined {
  if (!isMyOrgError(error)) {
    return undefined
  }
  const parts: string[] = []
  if (error instanceof MyOrgApiError) {
    parts.push(`HTTP ${error.status}`)
    if (error.code) {
      parts.push(error.code)
    }
  } else if (error instanceof MyOrgNetworkError) {
    parts.push(`network: ${error.reason}`)
  } else if (error instanceof MyOrgTokenError) {
    parts.push(`token: ${error.code}`)
  } else {
    parts.push(error.kind)
  }
  if (error.operation) {
    parts.push(error.operation)
  }
  return parts.join(' · ')
}

/** "Sign in again" / consent / MFA: hands the failure to the session and tracks it while it runs. */
function useResolveTokenError(
  error: unknown,
  description: string,
): { resolving: boolean; resolve: () => void } {
  const session = useMyOrgSession()
  const [resolving, setResolving] = useState(false)
  const resolve = (): void => {
    const tokenError =
      error instanceof MyOrgTokenError
        ? error
        : new MyOrgTokenError('login_required', description, { cause: error })
    setResolving(true)
    session
      .resolveTokenError(tokenError)
      .catch(() => undefined)
      .finally(() => {
        setResolving(false)
      })
  }
  return { resolving, resolve }
}

/** Copies the page origin a CORS failure names; `copied` once the clipboard took it. */
function useCopyOrigin(origin: string | undefined): [copied: boolean, copy: () => void] {
  const [copied, setCopied] = useState(false)
  const copy = (): void => {
    if (!origin) {
      return
    }
    navigator.clipboard.writeText(origin).then(
      () => {
        setCopied(true)
      },
      () => {
        setCopied(false)
      },
    )
  }
  return [copied, copy]
}
