'use client'

import { zodResolver } from '@hookform/resolvers/zod'
import {
  type IdpStrategy,
  MyOrgApiError,
  type ProvisioningConfig,
  type ScimToken,
} from '@myorg-kit/client'
import { useMutation } from '@tanstack/react-query'
import {
  Fragment,
  type ReactNode,
  type Ref,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'
import { useForm, useWatch } from 'react-hook-form'

import { withHostCallbacks } from '../../api/hook-options.ts'
import { useIdentityProvider } from '../../api/identity-providers.queries.ts'
import { useIdentityProvidersConfiguration } from '../../api/organization.queries.ts'
import {
  useCreateProvisioning,
  useDeleteProvisioning,
  useProvisioning,
  useRefreshProvisioningAttributes,
} from '../../api/provisioning.queries.ts'
import { myOrgKeys } from '../../api/query-keys.ts'
import {
  type CreateScimTokenVariables,
  createScimTokenMutationOptions,
  useDeleteScimToken,
  useScimTokens,
} from '../../api/scim-tokens.queries.ts'
import type { MyOrgTranslator } from '../../i18n/translator.ts'
import type { DeepPartial, MyOrgMessages } from '../../i18n/types.ts'
import { useMyOrgTranslator } from '../../i18n/use-my-org-translator.ts'
import { useMyOrgReady } from '../../provider/my-org-context.ts'
import { useMyOrgPermissions, useMyOrgSession } from '../../provider/use-my-org-session.ts'
import { type SlotProps, cx, getSlotProps } from '../../theming/slots.ts'
import { useMyOrgRootProps } from '../../theming/use-my-org-root-props.ts'
import { MyOrgErrorNotice } from '../error-notice/error-notice.tsx'
import { renderAccessState } from '../shared/access-state.tsx'
import { ModalDialog } from './modal-dialog.tsx'
import type { ScimTokenManagerSlot } from './scim-token-manager.slots.ts'
import {
  MAX_CUSTOM_DAYS,
  TOKEN_LIFETIME_PRESETS,
  type TokenExpiry,
  type TokenLifetimeValues,
  createTokenLifetimeSchema,
  toCreateScimTokenBody,
  tokenExpiry,
} from './token-lifetime.ts'
import { scimTokenManagerMessages } from './scim-token-manager.messages.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import {
  supportsScimProvisioning,
} from '../../lib/identity-provider.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { scimTokenManager: scimTokenManagerMessages }

/** What the manager was doing when an error happened. */
export type ScimTokenManagerAction =
  | 'load'
  | 'enableProvisioning'
  | 'disableProvisioning'
  | 'refreshAttributes'
  | 'loadTokens'
  | 'createToken'
  | 'revokeToken'

/** Props of {@link ScimTokenManager}. */
export interface ScimTokenManagerProps {
  /** The identity provider (connection) id, `con_…`. */
  identityProviderId: string
  /**
   * Show provisioning and tokens without any action (enable, refresh, disable, create, revoke),
   * whatever the user's permissions. Actions are also hidden, with a one-line reason, when the
   * token lacks their scope or the provider is not fully managed by the organization.
   * @default false
   */
  readOnly?: boolean
  /**
   * The SCIM endpoint URL the customer's identity provider must call. The API does not return
   * it; by default it is built from the provider's domain as Auth0 documents it.
   * @default `https://{domain}/scim/v2/connections/{identityProviderId}/`
   */
  scimEndpointUrl?: string
  /**
   * Fires after provisioning was switched on, with the new configuration.
   * @default undefined
   */
  onProvisioningEnabled?: (config: ProvisioningConfig) => void
  /**
   * Fires after provisioning was switched off (its tokens are gone too).
   * @default undefined
   */
  onProvisioningDisabled?: () => void
  /**
   * Fires after a token was created, with its metadata only (id, creation and expiry dates,
   * scopes): never the secret, which only the show-once dialog ever holds.
   * @default undefined
   */
  onTokenCreated?: (token: ScimToken) => void
  /**
   * Fires after a token was revoked, with its id.
   * @default undefined
   */
  onTokenRevoked?: (tokenId: string) => void
  /**
   * Fires on every failure the manager shows, with what it was doing. The manager explains the
   * error itself; use this to log it. Errors never contain a token.
   * @default undefined
   */
  onError?: (error: Error, context: { action: ScimTokenManagerAction }) => void
  /**
   * Heading level of the manager's title, to fit the page outline (sections use the next one).
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5
  /** Extra class on the root element, merged after library classes. @default undefined */
  className?: string
  /** Per-slot classes; see {@link ScimTokenManagerSlot}. @default undefined */
  classNames?: Partial<Record<ScimTokenManagerSlot, string>>
  /**
   * Text overrides for this instance, over the provider's `messages` (the manager's texts are
   * under `scimTokenManager`).
   * @default undefined
   */
  messages?: DeepPartial<MyOrgMessages>
  /** Render without library styles (CSS variables, classes and data attributes stay). @default false */
  unstyled?: boolean
  /** The root `<section>` element. @default undefined */
  ref?: Ref<HTMLElement>
}

type T = MyOrgTranslator['t']
type SlotFn = (name: ScimTokenManagerSlot) => ReturnType<typeof getSlotProps>
type ReportError = (error: Error, action: ScimTokenManagerAction) => void

const strategyMessageKey = {
  adfs: 'adfs',
  'google-apps': 'googleApps',
  oidc: 'oidc',
  okta: 'okta',
  pingfederate: 'pingfederate',
  samlp: 'samlp',
  waad: 'waad',
} as const satisfies Record<IdpStrategy, string>

/** Holds a just-created secret between the request and the dialog; `take()` empties it. */
class SecretHandOff {
  #value: string | null = null
  put(value: string): void {
    this.#value = value
  }
  take(): string | null {
    const value = this.#value
    this.#value = null
    return value
  }
}

/** Focuses `ref` once the dialog that had focus has closed and React has committed. */
function focusLater(ref: { current: HTMLElement | null }): void {
  setTimeout(() => {
    ref.current?.focus()
  }, 0)
}

/** Re-renders every minute so "expires in n days" badges stay true on a page left open. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(Date.now())
    }, 60_000)
    return () => {
      clearInterval(timer)
    }
  }, [])
  return now
}

/**
 * SCIM provisioning of one identity provider and its bearer tokens: switch provisioning on
 * (with a confirmation), copy the SCIM endpoint URL, read the attribute mapping, refresh it,
 * switch it off; list the tokens with their expiry, create one with a chosen lifetime and see its
 * secret exactly once in a dialog that cannot be dismissed by accident, rotate an expiring token
 * with an inline guide, revoke tokens. Each action is hidden, with the permission it needs
 * named, when the access token lacks its scope.
 *
 * @example
 * ```tsx
 * <MyOrgProvider domain="acme.eu.auth0.com">
 *   <ScimTokenManager
 *     identityProviderId="con_2CXLh0ShsVOtZpLA"
 *     onTokenCreated={(token) => audit('scim token created', token.token_id)}
 *   />
 * </MyOrgProvider>
 * ```
 */
export function ScimTokenManager(props: ScimTokenManagerProps): ReactNode {
  const {
    identityProviderId,
    readOnly = false,
    headingLevel = 2,
    className,
    classNames,
    messages,
    unstyled,
    ref,
  } = props
  const translator = useMyOrgTranslator(messages, ownTexts)
  const { t } = translator
  const ctx = useMyOrgReady()
  const permissions = useMyOrgPermissions()
  const session = useMyOrgSession()
  const canRead = permissions.can('getProvisioning')
  const provider = useIdentityProvider(identityProviderId, {
    enabled: canRead && permissions.can('getIdentityProvider'),
  })
  const provisioning = useProvisioning(identityProviderId, { enabled: canRead })
  const titleId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const [announcement, setAnnouncement] = useState('')
  // The view under the heading changes (enabled ↔ not set up): say so and keep focus nearby.
  const announceAndFocus = useCallback((text: string) => {
    setAnnouncement(text)
    focusLater(headingRef)
  }, [])

  const rootSlot = getSlotProps('ScimTokenManager', 'root', classNames)
  const rootProps = useMyOrgRootProps({
    componentClassName: cx('mk-ScimTokenManager', rootSlot.className),
    className,
    unstyled,
  })
  const slot = useCallback(
    (name: ScimTokenManagerSlot) => getSlotProps('ScimTokenManager', name, classNames),
    [classNames],
  )

  const onErrorRef = useRef(props.onError)
  useEffect(() => {
    onErrorRef.current = props.onError
  })
  const reportError = useCallback<ReportError>((error, action) => {
    onErrorRef.current?.(error, { action })
  }, [])
  const reported = useRef<unknown>(null)
  useEffect(() => {
    if (provisioning.error && reported.current !== provisioning.error) {
      reported.current = provisioning.error
      reportError(provisioning.error, 'load')
    }
  }, [provisioning.error, reportError])

  const Heading = `h${headingLevel}` as const
  const sectionLevel = (headingLevel + 1) as 3 | 4 | 5 | 6
  const providerNotFound = provider.error instanceof MyOrgApiError && provider.error.status === 404
  const name =
    provider.data?.display_name ??
    provider.data?.name ??
    provisioning.data?.identity_provider_name ??
    identityProviderId
  const strategy = provider.data?.strategy ?? provisioning.data?.strategy
  const fullyManaged =
    provider.data?.access_level === undefined || provider.data.access_level === 'full'
  const endpointUrl =
    props.scimEndpointUrl ??
    `${new URL(ctx.audience).origin}/scim/v2/connections/${encodeURIComponent(identityProviderId)}/`
  const loading =
    permissions.status === 'loading' ||
    (canRead && (provisioning.isPending || (provider.isPending && provider.fetchStatus !== 'idle')))

  let content: ReactNode = renderAccessState({
    permissions,
    session,
    canRead,
    noAccess: {
      title: t('scimTokenManager.noAccess.title'),
      description: t('scimTokenManager.noAccess.description'),
    },
    noticeSlot: slot('notice'),
    headingLevel: sectionLevel,
    messages,
    unstyled,
  })
  let badge: ReactNode = null
  if (content !== undefined) {
    // The session failed or the read scope is missing: nothing to load.
  } else if (providerNotFound) {
    const noticeSlot = slot('notice')
    content = (
      <div {...noticeSlot} className={cx(noticeSlot.className, 'mk-alert')} role="note">
        <p className="mk-alert-title">{t('scimTokenManager.notFound.title')}</p>
        <p className="mk-alert-description">{t('scimTokenManager.notFound.description')}</p>
      </div>
    )
  } else if (loading) {
    const noticeSlot = slot('notice')
    content = (
      <div
        {...noticeSlot}
        className={cx(noticeSlot.className, 'mk-ScimTokenManager-loading')}
        role="status"
        aria-label={t('scimTokenManager.loading')}
      >
        {[0, 1, 2].map((row) => (
          <span key={row} className="mk-skeleton" />
        ))}
      </div>
    )
  } else if (provisioning.error) {
    content = (
      <MyOrgErrorNotice
        error={provisioning.error}
        onRetry={() => void provisioning.refetch()}
        headingLevel={sectionLevel}
        messages={messages}
        unstyled={unstyled}
      />
    )
  } else {
    const config = provisioning.data ?? null
    const shared: SharedProps = {
      t,
      translator,
      slot,
      idpId: identityProviderId,
      name,
      strategy,
      endpointUrl,
      readOnly: readOnly || !fullyManaged,
      accessNote:
        !readOnly && !fullyManaged ? t('scimTokenManager.permissions.accessLevel', { name }) : null,
      sectionLevel,
      messages,
      unstyled,
      reportError,
      announceAndFocus,
    }
    badge = (
      <span className="mk-badge" data-variant={config ? 'success' : undefined}>
        {config ? t('scimTokenManager.setUp.badge') : t('scimTokenManager.notSetUp.badge')}
      </span>
    )
    content = config ? (
      <SetUpView
        {...shared}
        config={config}
        onProvisioningDisabled={props.onProvisioningDisabled}
        onTokenCreated={props.onTokenCreated}
        onTokenRevoked={props.onTokenRevoked}
      />
    ) : (
      <NotSetUpView {...shared} onProvisioningEnabled={props.onProvisioningEnabled} />
    )
  }

  return (
    <section
      {...rootProps}
      ref={ref}
      data-slot={rootSlot['data-slot']}
      aria-labelledby={titleId}
      aria-busy={loading || undefined}
    >
      <header {...slot('header')}>
        <div className="mk-ScimTokenManager-titleRow">
          <Heading {...slot('title')} id={titleId} tabIndex={-1} ref={headingRef}>
            {name === identityProviderId
              ? t('scimTokenManager.title')
              : t('scimTokenManager.titleFor', { name })}
          </Heading>
          {badge}
        </div>
        <p {...slot('description')}>{t('scimTokenManager.description')}</p>
      </header>
      {/* Keyed by provider: switching providers never carries a dialog or form state across. */}
      <Fragment key={identityProviderId}>{content}</Fragment>
      <p role="status" className="mk-visually-hidden">
        {announcement}
      </p>
    </section>
  )
}

interface SharedProps {
  t: T
  translator: MyOrgTranslator
  slot: SlotFn
  idpId: string
  name: string
  strategy: IdpStrategy | undefined
  endpointUrl: string
  /** No write action at all (the `readOnly` prop, or a provider the organization can't change). */
  readOnly: boolean
  /** Why actions are hidden when the provider is not fully managed by the organization. */
  accessNote: string | null
  sectionLevel: 3 | 4 | 5 | 6
  messages: DeepPartial<MyOrgMessages> | undefined
  unstyled: boolean | undefined
  reportError: ReportError
  /** Announces `text` and moves focus to the title (the view under it was replaced). */
  announceAndFocus: (text: string) => void
}

/** One line naming the actions the token's scopes don't allow. */
function MissingNote(props: { t: T; translator: MyOrgTranslator; slot: SlotFn; items: string[] }) {
  if (props.items.length === 0) {
    return null
  }
  const noticeSlot = props.slot('notice')
  return (
    <p {...noticeSlot} className={cx(noticeSlot.className, 'mk-ScimTokenManager-permissions')}>
      {props.t('scimTokenManager.permissions.missing', {
        actions: props.translator.formatList(props.items, { type: 'unit', style: 'long' }),
      })}
    </p>
  )
}

function AccessNote(props: { note: string | null; slot: SlotFn }) {
  if (!props.note) {
    return null
  }
  const noticeSlot = props.slot('notice')
  return (
    <p {...noticeSlot} className={cx(noticeSlot.className, 'mk-ScimTokenManager-permissions')}>
      {props.note}
    </p>
  )
}

/** Provisioning is off: why, and "Enable SCIM provisioning" when allowed and supported. */
function NotSetUpView(
  props: SharedProps & {
    onProvisioningEnabled: ((config: ProvisioningConfig) => void) | undefined
  },
) {
  const { t, slot, name, strategy } = props
  const permissions = useMyOrgPermissions()
  const canReadConfig = permissions.can('getIdentityProvidersConfiguration')
  const configuration = useIdentityProvidersConfiguration({ enabled: canReadConfig })
  const create = useCreateProvisioning()
  const [confirming, setConfirming] = useState(false)
  const canEnable = !props.readOnly && permissions.can('createProvisioning')
  const supported =
    strategy === undefined ? undefined : supportsScimProvisioning(configuration.data, strategy)
  const setupSlot = slot('setup')
  const titleId = useId()
  const descriptionId = useId()

  if (supported === false && strategy !== undefined) {
    return (
      <div {...setupSlot}>
        <p className="mk-alert" data-variant="warning" role="note">
          <span className="mk-alert-description">
            {t('scimTokenManager.notSetUp.unsupported', {
              strategy: t(`scimTokenManager.strategies.${strategyMessageKey[strategy]}`),
              name,
            })}
          </span>
        </p>
      </div>
    )
  }
  return (
    <div {...setupSlot}>
      <p className="mk-description">
        {canEnable
          ? t('scimTokenManager.notSetUp.description', { name })
          : t('scimTokenManager.notSetUp.readOnly', { name })}
      </p>
      <AccessNote note={props.accessNote} slot={slot} />
      {props.readOnly ? null : (
        <MissingNote
          t={t}
          translator={props.translator}
          slot={slot}
          items={canEnable ? [] : [t('scimTokenManager.permissions.enable')]}
        />
      )}
      {canEnable ? (
        <div className="mk-ScimTokenManager-buttonRow">
          <button
            type="button"
            className="mk-button"
            data-variant="primary"
            onClick={() => {
              create.reset()
              setConfirming(true)
            }}
          >
            {t('scimTokenManager.notSetUp.enable')}
          </button>
        </div>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          slot={slot('dialog')}
          titleId={titleId}
          descriptionId={descriptionId}
          title={t('scimTokenManager.notSetUp.confirmTitle', { name })}
          description={t('scimTokenManager.notSetUp.confirmDescription', { name })}
          error={create.error}
          pending={create.isPending}
          confirmLabel={t('scimTokenManager.notSetUp.confirm')}
          pendingLabel={t('scimTokenManager.notSetUp.enabling')}
          t={t}
          messages={props.messages}
          unstyled={props.unstyled}
          onCancel={() => {
            setConfirming(false)
          }}
          onConfirm={() => {
            // mutateAsync: this view unmounts as soon as the cache says "set up", and
            // per-call mutate callbacks would then never run.
            create.mutateAsync(props.idpId).then(
              (config) => {
                setConfirming(false)
                props.announceAndFocus(t('scimTokenManager.notSetUp.enabled', { name }))
                props.onProvisioningEnabled?.(config)
              },
              (error: unknown) => {
                if (error instanceof Error) {
                  props.reportError(error, 'enableProvisioning')
                }
              },
            )
          }}
        />
      ) : null}
    </div>
  )
}

interface SetUpViewProps extends SharedProps {
  config: ProvisioningConfig
  onProvisioningDisabled: (() => void) | undefined
  onTokenCreated: ((token: ScimToken) => void) | undefined
  onTokenRevoked: ((tokenId: string) => void) | undefined
}

/** Provisioning is on: endpoint, mapping, refresh/disable, and the tokens. */
function SetUpView(props: SetUpViewProps) {
  const { t, slot, config, name, translator } = props
  const permissions = useMyOrgPermissions()
  const canRefresh = !props.readOnly && permissions.can('refreshProvisioningAttributes')
  const canDisable = !props.readOnly && permissions.can('deleteProvisioning')
  const canListTokens = permissions.can('listScimTokens')
  const tokens = useScimTokens(props.idpId, { enabled: canListTokens })
  const refresh = useRefreshProvisioningAttributes()
  const disable = useDeleteProvisioning()
  const [dialog, setDialog] = useState<'refresh' | 'disable' | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const titleId = useId()
  const descriptionId = useId()
  const mappingCaptionId = useId()
  const Section = `h${props.sectionLevel}` as const

  const detailsSlot = slot('details')
  const mappingSlot = slot('mapping')
  const actionsSlot = slot('actions')
  const tokenCount = tokens.data?.length ?? 0
  const missing = props.readOnly
    ? []
    : [
        canRefresh ? null : t('scimTokenManager.permissions.refresh'),
        canDisable ? null : t('scimTokenManager.permissions.disable'),
      ].filter((item): item is string => item !== null)

  return (
    <>
      <div {...detailsSlot}>
        <dl className="mk-ScimTokenManager-facts">
          <div className="mk-ScimTokenManager-endpoint">
            <dt>{t('scimTokenManager.setUp.endpoint')}</dt>
            <dd>
              <span className="mk-ScimTokenManager-copyRow">
                <code className="mk-code">{props.endpointUrl}</code>
                <CopyButton
                  className="mk-ScimTokenManager-copy"
                  text={props.endpointUrl}
                  label={t('scimTokenManager.setUp.copyEndpoint')}
                  t={t}
                />
              </span>
              <span className="mk-description">
                {t('scimTokenManager.setUp.endpointHelp', { name })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('scimTokenManager.setUp.userIdAttribute')}</dt>
            <dd>
              <code className="mk-code">{config.user_id_attribute}</code>
            </dd>
          </div>
          <div>
            <dt>{t('scimTokenManager.setUp.since')}</dt>
            <dd>{translator.formatDate(config.created_at, { dateStyle: 'medium' })}</dd>
          </div>
          <div>
            <dt>{t('scimTokenManager.setUp.updated')}</dt>
            <dd>{translator.formatDate(config.updated_on, { dateStyle: 'medium' })}</dd>
          </div>
        </dl>
      </div>
      <div {...mappingSlot}>
        <Section className="mk-ScimTokenManager-sectionTitle">
          {t('scimTokenManager.setUp.mapping')}
        </Section>
        {config.attributes.length === 0 ? (
          <p className="mk-description">{t('scimTokenManager.setUp.noMapping')}</p>
        ) : (
          <div className="mk-ScimTokenManager-scroll">
            <table className="mk-table" aria-describedby={mappingCaptionId}>
              <caption id={mappingCaptionId} className="mk-visually-hidden">
                {t('scimTokenManager.setUp.mappingCaption', { name })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('scimTokenManager.setUp.columns.scimAttribute')}</th>
                  <th scope="col">{t('scimTokenManager.setUp.columns.userAttribute')}</th>
                  <th scope="col">{t('scimTokenManager.setUp.columns.notes')}</th>
                </tr>
              </thead>
              <tbody>
                {config.attributes.map((attribute) => (
                  <tr
                    key={`${attribute.provisioning_field}→${attribute.user_attribute ?? ''}`}
                    data-extra={attribute.is_extra || undefined}
                    data-missing={attribute.is_missing || undefined}
                  >
                    <th scope="row">
                      <code className="mk-code">{attribute.provisioning_field}</code>
                    </th>
                    <td>
                      {attribute.label ?? attribute.user_attribute ?? ''}
                      {attribute.label && attribute.user_attribute ? (
                        <span className="mk-ScimTokenManager-attributeName">
                          <code>{attribute.user_attribute}</code>
                        </span>
                      ) : null}
                    </td>
                    <td>
                      <span className="mk-ScimTokenManager-badges">
                        {attribute.is_required ? (
                          <span className="mk-badge">{t('scimTokenManager.setUp.required')}</span>
                        ) : null}
                        {attribute.is_extra ? (
                          <span
                            className="mk-badge"
                            data-variant="warning"
                            title={t('scimTokenManager.setUp.extraHelp')}
                          >
                            {t('scimTokenManager.setUp.extra')}
                          </span>
                        ) : null}
                        {attribute.is_missing ? (
                          <span
                            className="mk-badge"
                            data-variant="danger"
                            title={t('scimTokenManager.setUp.missingHelp')}
                          >
                            {t('scimTokenManager.setUp.missing')}
                          </span>
                        ) : null}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <AccessNote note={props.accessNote} slot={slot} />
      <MissingNote t={t} translator={translator} slot={slot} items={missing} />
      {canRefresh || canDisable ? (
        <div {...actionsSlot}>
          {canRefresh ? (
            <button
              type="button"
              className="mk-button"
              onClick={() => {
                refresh.reset()
                setDialog('refresh')
              }}
            >
              {t('scimTokenManager.setUp.refresh')}
            </button>
          ) : null}
          {canDisable ? (
            <button
              type="button"
              className="mk-button"
              data-variant="ghost"
              data-danger=""
              onClick={() => {
                disable.reset()
                setDialog('disable')
              }}
            >
              {t('scimTokenManager.setUp.disable')}
            </button>
          ) : null}
        </div>
      ) : null}
      <p role="status" className="mk-visually-hidden">
        {announcement}
      </p>
      <TokensSection
        {...props}
        tokens={tokens.data}
        tokensError={tokens.error}
        tokensPending={canListTokens && tokens.isPending}
        retryTokens={() => void tokens.refetch()}
        canListTokens={canListTokens}
      />
      {dialog === 'refresh' ? (
        <ConfirmDialog
          slot={slot('dialog')}
          titleId={titleId}
          descriptionId={descriptionId}
          title={t('scimTokenManager.setUp.refreshTitle')}
          description={t('scimTokenManager.setUp.refreshDescription')}
          error={refresh.error}
          pending={refresh.isPending}
          confirmLabel={t('scimTokenManager.setUp.refresh')}
          pendingLabel={t('scimTokenManager.setUp.refreshing')}
          t={t}
          messages={props.messages}
          unstyled={props.unstyled}
          onCancel={() => {
            setDialog(null)
          }}
          onConfirm={() => {
            refresh.mutate(props.idpId, {
              onSuccess: () => {
                setDialog(null)
                setAnnouncement(t('scimTokenManager.setUp.refreshed'))
              },
              onError: (error) => {
                props.reportError(error, 'refreshAttributes')
              },
            })
          }}
        />
      ) : null}
      {dialog === 'disable' ? (
        <ConfirmDialog
          slot={slot('dialog')}
          titleId={titleId}
          descriptionId={descriptionId}
          danger
          title={t('scimTokenManager.setUp.disableTitle', { name })}
          description={
            <>
              <p>{t('scimTokenManager.setUp.disableDescription', { name })}</p>
              <p>
                {canListTokens
                  ? t('scimTokenManager.setUp.disableTokens', { count: tokenCount })
                  : t('scimTokenManager.setUp.disableTokensUnknown')}
              </p>
            </>
          }
          error={disable.error}
          pending={disable.isPending}
          confirmLabel={t('scimTokenManager.setUp.disableConfirm')}
          pendingLabel={t('scimTokenManager.setUp.disabling')}
          t={t}
          messages={props.messages}
          unstyled={props.unstyled}
          onCancel={() => {
            setDialog(null)
          }}
          onConfirm={() => {
            // mutateAsync: this view unmounts as soon as the cache says "not set up".
            disable.mutateAsync(props.idpId).then(
              () => {
                setDialog(null)
                props.announceAndFocus(t('scimTokenManager.setUp.disabled', { name }))
                props.onProvisioningDisabled?.()
              },
              (error: unknown) => {
                if (error instanceof Error) {
                  props.reportError(error, 'disableProvisioning')
                }
              },
            )
          }}
        />
      ) : null}
    </>
  )
}

interface TokensSectionProps extends SetUpViewProps {
  tokens: ScimToken[] | undefined
  tokensError: Error | null
  tokensPending: boolean
  retryTokens: () => void
  canListTokens: boolean
}

/** What the show-once dialog holds while it is open: the only copy of the secret. */
interface Revealed {
  metadata: ScimToken
  secret: string
}

const expiryOrder: Record<TokenExpiry['kind'], number> = {
  expired: 0,
  expiring: 1,
  active: 2,
  never: 3,
}

/** The token list, the rotation guide, the create form, the show-once and revoke dialogs. */
function TokensSection(props: TokensSectionProps) {
  const { t, slot, name, translator, tokens } = props
  const permissions = useMyOrgPermissions()
  const canCreate = !props.readOnly && permissions.can('createScimToken')
  const canRevoke = !props.readOnly && permissions.can('deleteScimToken')
  const now = useNow()
  const [revealed, setRevealed] = useState<Revealed | null>(null)
  const [revoking, setRevoking] = useState<ScimToken | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const revoke = useDeleteScimToken()
  const createRef = useRef<HTMLFieldSetElement>(null)
  const sectionHeadingRef = useRef<HTMLHeadingElement>(null)
  const Section = `h${props.sectionLevel}` as const
  const captionId = useId()
  const revokeTitleId = useId()
  const revokeDescriptionId = useId()

  const { onTokenRevoked, reportError } = props
  const reportedLoad = useRef<unknown>(null)
  useEffect(() => {
    if (props.tokensError && reportedLoad.current !== props.tokensError) {
      reportedLoad.current = props.tokensError
      reportError(props.tokensError, 'loadTokens')
    }
  }, [props.tokensError, reportError])

  const revokeToken = useCallback(
    (tokenId: string, onDone: () => void) => {
      revoke.mutate(
        { idpId: props.idpId, tokenId },
        {
          onSuccess: () => {
            onDone()
            onTokenRevoked?.(tokenId)
          },
          onError: (error) => {
            reportError(error, 'revokeToken')
          },
        },
      )
    },
    [revoke, props.idpId, onTokenRevoked, reportError],
  )

  const withExpiry = (tokens ?? []).map((token) => ({
    token,
    expiry: tokenExpiry(token.valid_until, now),
  }))
  // The guide is about the token closest to (or past) its end.
  const rotationTarget = withExpiry
    .filter((item) => item.expiry.kind === 'expired' || item.expiry.kind === 'expiring')
    .sort(
      (a, b) =>
        expiryOrder[a.expiry.kind] - expiryOrder[b.expiry.kind] ||
        Date.parse(a.token.valid_until ?? '') - Date.parse(b.token.valid_until ?? ''),
    )[0]

  const missing = props.readOnly
    ? []
    : [
        canCreate ? null : t('scimTokenManager.permissions.createToken'),
        canRevoke ? null : t('scimTokenManager.permissions.revokeToken'),
      ].filter((item): item is string => item !== null)

  const tokensSlot = slot('tokens')
  const tableSlot = slot('table')
  let list: ReactNode
  if (!props.canListTokens) {
    list = (
      <p className="mk-ScimTokenManager-permissions">
        {t('scimTokenManager.permissions.tokensHidden')}
      </p>
    )
  } else if (props.tokensPending) {
    list = (
      <div
        className="mk-ScimTokenManager-loading"
        role="status"
        aria-label={t('scimTokenManager.tokens.loading')}
      >
        <span className="mk-skeleton" />
        <span className="mk-skeleton" />
      </div>
    )
  } else if (props.tokensError) {
    list = (
      <MyOrgErrorNotice
        error={props.tokensError}
        onRetry={props.retryTokens}
        headingLevel={Math.min(props.sectionLevel + 1, 6) as 4 | 5 | 6}
        messages={props.messages}
        unstyled={props.unstyled}
      />
    )
  } else if (withExpiry.length === 0) {
    list = (
      <p className="mk-ScimTokenManager-empty">
        {canCreate
          ? t('scimTokenManager.tokens.empty', { name })
          : t('scimTokenManager.tokens.emptyReadOnly', { name })}
      </p>
    )
  } else {
    list = (
      <div className="mk-ScimTokenManager-scroll">
        <table {...tableSlot} className={cx(tableSlot.className, 'mk-table')}>
          <caption id={captionId} className="mk-visually-hidden">
            {t('scimTokenManager.tokens.caption', { name })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('scimTokenManager.tokens.columns.token')}</th>
              <th scope="col">{t('scimTokenManager.tokens.columns.created')}</th>
              <th scope="col">{t('scimTokenManager.tokens.columns.expires')}</th>
              <th scope="col">{t('scimTokenManager.tokens.columns.status')}</th>
              {canRevoke ? (
                <th scope="col">
                  <span className="mk-visually-hidden">
                    {t('scimTokenManager.tokens.columns.actions')}
                  </span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {withExpiry.map(({ token, expiry }) => (
              <tr {...slot('row')} key={token.token_id} data-expiry={expiry.kind}>
                <th scope="row">
                  <code className="mk-code">{token.token_id}</code>
                </th>
                <td data-label={t('scimTokenManager.tokens.columns.created')}>
                  {translator.formatDate(token.created_at, { dateStyle: 'medium' })}
                </td>
                <td data-label={t('scimTokenManager.tokens.columns.expires')}>
                  {token.valid_until
                    ? translator.formatDate(token.valid_until, { dateStyle: 'medium' })
                    : t('scimTokenManager.tokens.never')}
                </td>
                <td {...slot('status')}>
                  <ExpiryBadge expiry={expiry} t={t} />
                </td>
                {canRevoke ? (
                  <td className="mk-ScimTokenManager-rowActions">
                    <button
                      type="button"
                      className="mk-button"
                      data-size="sm"
                      data-variant="ghost"
                      data-danger=""
                      aria-label={t('scimTokenManager.tokens.revoke', { tokenId: token.token_id })}
                      onClick={() => {
                        revoke.reset()
                        setRevoking(token)
                      }}
                    >
                      {t('scimTokenManager.tokens.revokeShort')}
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    )
  }

  return (
    <div {...tokensSlot}>
      <Section className="mk-ScimTokenManager-sectionTitle" ref={sectionHeadingRef} tabIndex={-1}>
        {t('scimTokenManager.tokens.title')}
      </Section>
      <p className="mk-description">{t('scimTokenManager.tokens.description', { name })}</p>
      {rotationTarget && (canCreate || canRevoke) ? (
        <RotationGuide
          {...props}
          token={rotationTarget.token}
          expired={rotationTarget.expiry.kind === 'expired'}
          canCreate={canCreate}
          canRevoke={canRevoke}
          onStart={() => {
            // Not every DOM implements scrollIntoView (jsdom doesn't).
            // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
            createRef.current?.scrollIntoView?.({ block: 'center' })
            createRef.current?.querySelector<HTMLInputElement>('input:checked')?.focus()
          }}
          onRevokeOld={() => {
            revoke.reset()
            setRevoking(rotationTarget.token)
          }}
        />
      ) : null}
      {list}
      <MissingNote t={t} translator={translator} slot={slot} items={missing} />
      {canCreate ? (
        <CreateTokenForm
          {...props}
          fieldsetRef={createRef}
          onCreated={(created) => {
            setRevealed(created)
            setAnnouncement(
              t('scimTokenManager.announcements.tokenCreated', {
                tokenId: created.metadata.token_id,
              }),
            )
            props.onTokenCreated?.(created.metadata)
          }}
        />
      ) : null}
      <p role="status" className="mk-visually-hidden">
        {announcement}
      </p>
      {revealed ? (
        <RevealDialog
          {...props}
          revealed={revealed}
          canRevoke={canRevoke}
          revokeToken={revokeToken}
          revokePending={revoke.isPending}
          revokeError={revoke.error}
          onClosed={(outcome) => {
            const tokenId = revealed.metadata.token_id
            // Dropping the only reference to the secret.
            setRevealed(null)
            if (outcome === 'discarded') {
              setAnnouncement(t('scimTokenManager.announcements.discarded', { tokenId }))
            } else if (outcome === 'revoked') {
              setAnnouncement(t('scimTokenManager.announcements.discardedRevoked', { tokenId }))
            } else {
              setAnnouncement('')
            }
          }}
        />
      ) : null}
      {revoking ? (
        <ConfirmDialog
          slot={slot('dialog')}
          titleId={revokeTitleId}
          descriptionId={revokeDescriptionId}
          danger
          title={t('scimTokenManager.tokens.revokeTitle', { tokenId: revoking.token_id })}
          description={t('scimTokenManager.tokens.revokeDescription', { name })}
          error={revoke.error}
          pending={revoke.isPending}
          confirmLabel={t('scimTokenManager.tokens.revokeConfirm')}
          pendingLabel={t('scimTokenManager.tokens.revoking')}
          t={t}
          messages={props.messages}
          unstyled={props.unstyled}
          onCancel={() => {
            setRevoking(null)
          }}
          onConfirm={() => {
            const tokenId = revoking.token_id
            revokeToken(tokenId, () => {
              setRevoking(null)
              // The row (and its Revoke button) goes away: focus the section title.
              focusLater(sectionHeadingRef)
              setAnnouncement(t('scimTokenManager.tokens.revoked', { tokenId }))
            })
          }}
        />
      ) : null}
    </div>
  )
}

/**
 * A confirmation in a modal dialog: title, description, the last failure, Cancel and the
 * action (a spinner and "…ing" label while it runs; Escape and Cancel do nothing meanwhile).
 */
function ConfirmDialog(props: {
  slot: SlotProps
  titleId: string
  descriptionId: string
  title: string
  description: ReactNode
  error: Error | null
  pending: boolean
  confirmLabel: string
  pendingLabel: string
  danger?: boolean
  t: T
  messages: ScimTokenManagerProps['messages']
  unstyled: ScimTokenManagerProps['unstyled']
  onCancel: () => void
  onConfirm: () => void
}): ReactNode {
  const { t, pending, onCancel } = props
  const Description = typeof props.description === 'string' ? 'p' : 'div'
  return (
    <ModalDialog
      slot={props.slot}
      labelledBy={props.titleId}
      describedBy={props.descriptionId}
      variant={props.danger ? 'danger' : undefined}
      onEscape={() => {
        if (!pending) {
          onCancel()
        }
      }}
    >
      <h2 className="mk-ScimTokenManager-dialogTitle" id={props.titleId}>
        {props.title}
      </h2>
      <Description id={props.descriptionId}>{props.description}</Description>
      {props.error ? (
        <MyOrgErrorNotice
          error={props.error}
          headingLevel={3}
          messages={props.messages}
          unstyled={props.unstyled}
        />
      ) : null}
      <div className="mk-ScimTokenManager-dialogActions">
        <button type="button" className="mk-button" disabled={pending} onClick={onCancel}>
          {t('common.actions.cancel')}
        </button>
        <button
          type="button"
          className="mk-button"
          data-variant={props.danger ? 'danger' : 'primary'}
          disabled={pending}
          onClick={props.onConfirm}
        >
          {pending ? <span className="mk-spinner" aria-hidden="true" /> : null}
          {pending ? props.pendingLabel : props.confirmLabel}
        </button>
      </div>
    </ModalDialog>
  )
}

function ExpiryBadge(props: { expiry: TokenExpiry; t: T }) {
  const { expiry, t } = props
  switch (expiry.kind) {
    case 'expired':
      return (
        <span className="mk-badge" data-variant="danger">
          {t('scimTokenManager.tokens.expired')}
        </span>
      )
    case 'expiring':
      return (
        <span className="mk-badge" data-variant="warning">
          {t('scimTokenManager.tokens.expiringSoon', { days: expiry.days })}
        </span>
      )
    case 'active':
      return (
        <span className="mk-badge" data-variant="success">
          {t('scimTokenManager.tokens.active')}
        </span>
      )
    case 'never':
      return <span className="mk-badge">{t('scimTokenManager.tokens.noExpiry')}</span>
    default:
      return expiry satisfies never
  }
}

/** Create new → paste into the IdP → confirm sync → revoke old, for an expiring token. */
function RotationGuide(
  props: TokensSectionProps & {
    token: ScimToken
    expired: boolean
    canCreate: boolean
    canRevoke: boolean
    onStart: () => void
    onRevokeOld: () => void
  },
) {
  const { t, slot, name, token } = props
  const titleId = useId()
  const rotationSlot = slot('rotation')
  return (
    <div
      {...rotationSlot}
      className={cx(rotationSlot.className, 'mk-alert')}
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
          <button type="button" className="mk-button" data-size="sm" onClick={props.onStart}>
            {t('scimTokenManager.rotation.start')}
          </button>
        ) : null}
        {props.canRevoke ? (
          <button
            type="button"
            className="mk-button"
            data-size="sm"
            data-variant="ghost"
            data-danger=""
            onClick={props.onRevokeOld}
          >
            {t('scimTokenManager.rotation.revokeOld', { tokenId: token.token_id })}
          </button>
        ) : null}
      </div>
    </div>
  )
}

/** The lifetime picker and "Create token". The created secret goes straight to `onCreated`. */
function CreateTokenForm(
  props: TokensSectionProps & {
    fieldsetRef: Ref<HTMLFieldSetElement>
    onCreated: (revealed: Revealed) => void
  },
) {
  const { t, slot, name, idpId, fieldsetRef, onCreated, reportError } = props
  const { sectionLevel, messages, unstyled } = props
  const ctx = useMyOrgReady()
  const schema = useMemo(() => createTokenLifetimeSchema(t), [t])
  const form = useForm<TokenLifetimeValues>({
    defaultValues: { lifetime: '90', customDays: '' },
    resolver: zodResolver(schema),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  })
  const { register, handleSubmit, formState, setError, control } = form
  const lifetime = useWatch({ control, name: 'lifetime' })
  // The secret is handed over through this box, never through the mutation's result: the
  // MutationCache keeps `data` and `variables`, so neither may ever hold the plaintext.
  const [handOff] = useState(() => new SecretHandOff())
  const base = createScimTokenMutationOptions(ctx)
  const create = useMutation(
    withHostCallbacks<ScimToken, CreateScimTokenVariables>(
      {
        mutationKey: base.mutationKey,
        gcTime: 0,
        onSuccess: async (_metadata, { idpId: id }, _result, { client }) => {
          await client.invalidateQueries({ queryKey: myOrgKeys.scimTokens(ctx.keyScope, id) })
        },
        mutationFn: async ({ idpId: id, body }) => {
          const { token, ...metadata } =
            await ctx.client.identityProviders.provisioning.scimTokens.create(id, body)
          handOff.put(token)
          return metadata
        },
      },
      undefined,
    ),
    ctx.queryClient,
  )
  const baseId = useId()
  const customId = `${baseId}-custom`
  const customError = formState.errors.customDays?.message
  const createSlot = slot('createForm')

  const submit = handleSubmit(async (values) => {
    try {
      const metadata = await create.mutateAsync({ idpId, body: toCreateScimTokenBody(values) })
      const secret = handOff.take()
      // Drops the finished mutation (and its observer's copy of the result) right away.
      create.reset()
      if (secret !== null) {
        onCreated({ metadata, secret })
      }
    } catch (error) {
      handOff.take()
      if (error instanceof MyOrgApiError) {
        const issue = error.validationErrors.find((item) => item.field === 'token_lifetime')
        if (issue && values.lifetime === 'custom') {
          setError('customDays', { type: 'server', message: issue.message }, { shouldFocus: true })
        }
      }
      if (error instanceof Error) {
        reportError(error, 'createToken')
      }
    }
  })

  const options: { value: TokenLifetimeValues['lifetime']; label: string }[] = [
    ...TOKEN_LIFETIME_PRESETS.map((days) => ({
      value: String(days) as TokenLifetimeValues['lifetime'],
      label:
        days === 365
          ? t('scimTokenManager.create.oneYear')
          : t('scimTokenManager.create.days', { days }),
    })),
    { value: 'custom', label: t('scimTokenManager.create.custom') },
    { value: 'never', label: t('scimTokenManager.create.never') },
  ]

  return (
    <form
      {...createSlot}
      noValidate
      aria-busy={create.isPending || undefined}
      onSubmit={(event) => {
        void submit(event)
      }}
    >
      <fieldset ref={fieldsetRef} className="mk-ScimTokenManager-fieldset">
        <legend className="mk-ScimTokenManager-legend">
          {t('scimTokenManager.create.legend')}
        </legend>
        <div
          className="mk-ScimTokenManager-lifetimes"
          role="radiogroup"
          aria-labelledby={`${baseId}-lifetime`}
          aria-describedby={`${baseId}-lifetime-help`}
        >
          <span className="mk-label" id={`${baseId}-lifetime`}>
            {t('scimTokenManager.create.lifetime')}
          </span>
          <span className="mk-description" id={`${baseId}-lifetime-help`}>
            {t('scimTokenManager.create.lifetimeHelp')}
          </span>
          <span className="mk-ScimTokenManager-choices">
            {options.map((option) => (
              <label key={option.value} className="mk-ScimTokenManager-choice">
                <input type="radio" value={option.value} {...register('lifetime')} />
                <span>{option.label}</span>
              </label>
            ))}
          </span>
        </div>
        {lifetime === 'custom' ? (
          <div className="mk-field" data-invalid={customError ? '' : undefined}>
            <label className="mk-label" htmlFor={customId}>
              {t('scimTokenManager.create.customDays')}
            </label>
            <input
              id={customId}
              className="mk-input mk-ScimTokenManager-days"
              type="text"
              inputMode="numeric"
              autoComplete="off"
              aria-invalid={customError ? true : undefined}
              aria-describedby={cx(`${customId}-help`, customError && `${customId}-error`)}
              {...register('customDays')}
            />
            <p className="mk-description" id={`${customId}-help`}>
              {t('scimTokenManager.create.customHelp', { max: MAX_CUSTOM_DAYS })}
            </p>
            {customError ? (
              <p className="mk-field-error" id={`${customId}-error`}>
                {customError}
              </p>
            ) : null}
          </div>
        ) : null}
        {lifetime === 'never' ? (
          <p className="mk-alert" data-variant="warning">
            <span className="mk-alert-description">
              {t('scimTokenManager.create.neverHelp', { name })}
            </span>
          </p>
        ) : null}
        <div className="mk-ScimTokenManager-buttonRow">
          <button
            type="submit"
            className="mk-button"
            data-variant="primary"
            disabled={create.isPending}
          >
            {create.isPending ? <span className="mk-spinner" aria-hidden="true" /> : null}
            {create.isPending
              ? t('scimTokenManager.create.creating')
              : t('scimTokenManager.create.submit')}
          </button>
        </div>
      </fieldset>
      {create.error ? (
        <MyOrgErrorNotice
          error={create.error}
          headingLevel={Math.min(sectionLevel + 1, 6) as 4 | 5 | 6}
          messages={messages}
          unstyled={unstyled}
        />
      ) : null}
    </form>
  )
}

type RevealOutcome = 'copied' | 'discarded' | 'revoked'

/**
 * The show-once dialog. Escape, a click outside and the browser's close requests are ignored,
 * and leaving the page asks first, until the admin ticks "I have copied this token" and presses
 * Done, or discards it explicitly (with the offer to revoke it).
 */
function RevealDialog(
  props: TokensSectionProps & {
    revealed: Revealed
    canRevoke: boolean
    revokeToken: (tokenId: string, onDone: () => void) => void
    revokePending: boolean
    revokeError: Error | null
    onClosed: (outcome: RevealOutcome) => void
  },
) {
  const { t, slot, name, revealed, translator } = props
  const [acknowledged, setAcknowledged] = useState(false)
  const [step, setStep] = useState<'reveal' | 'discard'>('reveal')
  const titleId = useId()
  const introId = useId()
  const checkboxId = useId()
  const discardTitleId = useId()
  const doneRef = useRef<HTMLButtonElement>(null)
  const discardBackRef = useRef<HTMLButtonElement>(null)
  const copyRef = useRef<HTMLButtonElement>(null)

  // Leaving or reloading the page while the token is on screen asks first.
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent): void => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [])

  useEffect(() => {
    if (step === 'discard') {
      discardBackRef.current?.focus()
    } else {
      copyRef.current?.focus()
    }
  }, [step])

  const { metadata } = revealed
  const expiry = metadata.valid_until
    ? t('scimTokenManager.reveal.expiresOn', {
        date: translator.formatDate(metadata.valid_until, { dateStyle: 'medium' }),
      })
    : t('scimTokenManager.reveal.neverExpires')
  const dialogSlot = slot('revealDialog')

  return (
    <ModalDialog
      slot={dialogSlot}
      labelledBy={step === 'reveal' ? titleId : discardTitleId}
      describedBy={step === 'reveal' ? introId : `${discardTitleId}-description`}
      onEscape="blocked"
      initialFocus={copyRef}
    >
      {step === 'reveal' ? (
        <>
          <h2 className="mk-ScimTokenManager-dialogTitle" id={titleId}>
            {t('scimTokenManager.reveal.title')}
          </h2>
          <p id={introId}>{t('scimTokenManager.reveal.intro', { name })}</p>
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
                {revealed.secret}
              </code>
              <CopyButton
                className="mk-ScimTokenManager-copy"
                text={revealed.secret}
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
            {t('scimTokenManager.reveal.meta', { tokenId: metadata.token_id, expiry })}
          </p>
          <div className="mk-ScimTokenManager-acknowledge">
            <input
              id={checkboxId}
              type="checkbox"
              checked={acknowledged}
              onChange={(event) => {
                setAcknowledged(event.target.checked)
              }}
            />
            <label htmlFor={checkboxId}>{t('scimTokenManager.reveal.acknowledge')}</label>
          </div>
          <div className="mk-ScimTokenManager-dialogActions">
            <button
              type="button"
              className="mk-button"
              data-variant="ghost"
              data-danger=""
              onClick={() => {
                setStep('discard')
              }}
            >
              {t('scimTokenManager.reveal.discard')}
            </button>
            <button
              ref={doneRef}
              type="button"
              className="mk-button"
              data-variant="primary"
              aria-disabled={!acknowledged || undefined}
              aria-describedby={acknowledged ? undefined : `${checkboxId}-hint`}
              onClick={() => {
                if (acknowledged) {
                  props.onClosed('copied')
                }
              }}
            >
              {t('scimTokenManager.reveal.done')}
            </button>
          </div>
          {acknowledged ? null : (
            <p className="mk-description mk-ScimTokenManager-doneHint" id={`${checkboxId}-hint`}>
              {t('scimTokenManager.reveal.doneHint')}
            </p>
          )}
        </>
      ) : (
        <>
          <h2 className="mk-ScimTokenManager-dialogTitle" id={discardTitleId}>
            {t('scimTokenManager.reveal.discardTitle')}
          </h2>
          <p id={`${discardTitleId}-description`}>
            {t('scimTokenManager.reveal.discardDescription', { tokenId: metadata.token_id })}
          </p>
          {props.revokeError ? (
            <MyOrgErrorNotice
              error={props.revokeError}
              headingLevel={3}
              messages={props.messages}
              unstyled={props.unstyled}
            />
          ) : null}
          <div className="mk-ScimTokenManager-dialogActions">
            <button
              ref={discardBackRef}
              type="button"
              className="mk-button"
              disabled={props.revokePending}
              onClick={() => {
                setStep('reveal')
              }}
            >
              {t('scimTokenManager.reveal.back')}
            </button>
            <button
              type="button"
              className="mk-button"
              disabled={props.revokePending}
              onClick={() => {
                props.onClosed('discarded')
              }}
            >
              {t('scimTokenManager.reveal.closeWithoutRevoking')}
            </button>
            {props.canRevoke ? (
              <button
                type="button"
                className="mk-button"
                data-variant="danger"
                disabled={props.revokePending}
                onClick={() => {
                  props.revokeToken(metadata.token_id, () => {
                    props.onClosed('revoked')
                  })
                }}
              >
                {props.revokePending ? <span className="mk-spinner" aria-hidden="true" /> : null}
                {props.revokePending
                  ? t('scimTokenManager.reveal.revoking')
                  : t('scimTokenManager.reveal.revokeAndClose')}
              </button>
            ) : null}
          </div>
        </>
      )}
    </ModalDialog>
  )
}
