'use client'

import { type ReactNode, useContext, useMemo } from 'react'

import type { MyOrgMessagesInput } from '../i18n/types.ts'
import { MyOrgContext } from '../provider/my-org-context.ts'
import { type MyOrgAppearance, appearanceToStyle } from '../theming/appearance.ts'
import { cx } from '../theming/slots.ts'
import { Button } from '../ui/button.tsx'
import { Spinner } from '../ui/loading.tsx'
import { Notice } from '../ui/notice.tsx'
import { invitationLoginMessages } from './invitation-login.messages.ts'
import { type UseInvitationLoginOptions, useInvitationLogin } from './use-invitation-login.ts'
import { useStandaloneTranslator } from './use-standalone-translator.ts'

/** Props of {@link InvitationLoginRoute}. */
export interface InvitationLoginRouteProps extends UseInvitationLoginOptions {
  /**
   * BCP 47 locale of the texts. @default the surrounding `<MyOrgProvider>`'s, else 'en-US'
   */
  locale?: string | undefined
  /**
   * Text overrides, e.g. the `frFR` bundle from `@myorg-kit/react/locales/fr-FR`.
   * @default undefined (the provider's, else US English)
   */
  messages?: MyOrgMessagesInput | undefined
  /** Theme and CSS variables. @default the surrounding provider's, else the light theme */
  appearance?: MyOrgAppearance | undefined
  /** A class on the root, after the library's. @default undefined */
  className?: string | undefined
}

const defaults = { invitationLogin: invitationLoginMessages }

/**
 * The host app's login route (Auth0's Application Login URI): an invitation link opens it with
 * `invitation` and `organization` in the query, and it continues to Auth0's `/authorize` with
 * them, once, so the invitee can accept. A malformed link gets a clear message instead, and a
 * failed redirect a retry button. Works inside `<Auth0Provider>`; no `<MyOrgProvider>` needed.
 *
 * @example
 * // Application Login URI: https://app.example.com/login
 * <Route path="/login" element={<InvitationLoginRoute appState={{ returnTo: '/' }} />} />
 */
export function InvitationLoginRoute(props: InvitationLoginRouteProps): ReactNode {
  const { locale, messages, appearance, className, ...options } = props
  const { status, params, retry } = useInvitationLogin(options)
  const { t } = useStandaloneTranslator(defaults, locale, messages)
  const context = useContext(MyOrgContext)
  const look = appearance ?? context?.appearance
  const style = useMemo(() => appearanceToStyle(look?.variables), [look?.variables])

  return (
    <section
      data-mk-root=""
      data-mk-theme={look?.theme ?? 'light'}
      className={cx('mk-InvitationLogin', className)}
      style={style}
    >
      {status === 'redirecting' ? (
        <Notice role="status" title={t('invitationLogin.redirecting.title')}>
          <Spinner />{' '}
          {params?.organizationName
            ? t('invitationLogin.redirecting.invited', { organization: params.organizationName })
            : t('invitationLogin.redirecting.plain')}
        </Notice>
      ) : null}
      {status === 'invalid' || status === 'absent' ? (
        <Notice
          role="alert"
          variant={status === 'invalid' ? 'danger' : 'warning'}
          title={t(`invitationLogin.${status}.title`)}
        >
          {t(`invitationLogin.${status}.description`)}
        </Notice>
      ) : null}
      {status === 'failed' ? (
        <Notice role="alert" variant="danger" title={t('invitationLogin.failed.title')}>
          <p>{t('invitationLogin.failed.description')}</p>
          <Button variant="primary" onClick={retry}>
            {t('invitationLogin.failed.retry')}
          </Button>
        </Notice>
      ) : null}
    </section>
  )
}
