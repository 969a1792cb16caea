'use client'

import {
  type IdentityProvider,
  type IdentityProviderListItem,
  type IdpConfigurationStrategyKey,
  type IdpStrategy,
  type OrganizationAccessLevel,
  isFullIdentityProvider,
} from '@myorg-kit/client'
import { useMutation } from '@tanstack/react-query'
import { type ReactNode, type Ref, useCallback, useEffect, useId, useRef, useState } from 'react'

import { useIdentityProviders } from '../../api/identity-providers.queries.ts'
import { useIdentityProvidersConfiguration } from '../../api/organization.queries.ts'
import { useProvisioning } from '../../api/provisioning.queries.ts'
import { myOrgKeys } from '../../api/query-keys.ts'
import { describeError } from '../../i18n/describe-error.ts'
import type { MyOrgTranslator } from '../../i18n/translator.ts'
import type { DeepPartial, MyOrgMessages } from '../../i18n/types.ts'
import { useMyOrgTranslator } from '../../i18n/use-my-org-translator.ts'
import { useMyOrgReady } from '../../provider/my-org-context.ts'
import {
  type MyOrgPermissions,
  useMyOrgPermissions,
  useMyOrgSession,
} from '../../provider/use-my-org-session.ts'
import { cx, getSlotProps } from '../../theming/slots.ts'
import { useMyOrgRootProps } from '../../theming/use-my-org-root-props.ts'
import { MyOrgErrorNotice } from '../error-notice/error-notice.tsx'
import { renderAccessState } from '../shared/access-state.tsx'
import type { AttributeMappingDiff } from './attribute-diff.ts'
import { DeleteDialog, DetachDialog, RefreshDialog } from './dialogs.tsx'
import { DomainsEditor, type DomainChangeSummary } from './domains-editor.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import { type IdentityProviderListPanel, PanelContent } from './panel-content.tsx'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { StrategyBadge } from './strategy-badge.tsx'
import { identityProviderListMessages } from './identity-provider-list.messages.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { identityProviderList: identityProviderListMessages }

/** What the list was doing when an error happened. */
export type IdentityProviderListAction =
  | 'load'
  | 'toggle'
  | 'delete'
  | 'detach'
  | 'refreshAttributes'
  | 'linkDomain'
  | 'unlinkDomain'
  | 'loadProvisioning'

/** Props of {@link IdentityProviderList}. */
export interface IdentityProviderListProps {
  /**
   * "Add identity provider" calls this instead of opening the IdpWizard in place (e.g. to route
   * to a page of its own).
   * @default undefined (the wizard opens in place)
   */
  onAddIdentityProvider?: () => void
  /**
   * "Edit" calls this with the provider instead of opening the IdpWizard in place.
   * @default undefined (the wizard opens in place, in edit mode)
   */
  onEditIdentityProvider?: (idp: IdentityProvider) => void
  /**
   * "Manage provisioning" calls this with the provider instead of opening the ScimTokenManager
   * in place.
   * @default undefined (the SCIM manager opens in place)
   */
  onManageProvisioning?: (idp: IdentityProvider) => void
  /**
   * Fires after a provider was added through the in-place wizard.
   * @default undefined
   */
  onIdentityProviderCreated?: (idp: IdentityProvider) => void
  /**
   * Fires after a provider changed: switched on or off, edited in place, attributes refreshed.
   * @default undefined
   */
  onIdentityProviderUpdated?: (idp: IdentityProvider) => void
  /**
   * Fires after a provider was deleted (the connection itself), with its id.
   * @default undefined
   */
  onIdentityProviderDeleted?: (idpId: string) => void
  /**
   * Fires after a provider was removed from the organization (detached), with its id.
   * @default undefined
   */
  onIdentityProviderDetached?: (idpId: string) => void
  /**
   * Fires after a refresh of a provider's attribute mapping, with what changed.
   * @default undefined
   */
  onAttributeMappingRefreshed?: (idp: IdentityProvider, diff: AttributeMappingDiff) => void
  /**
   * Fires after a batch of domain links/unlinks, with what was applied and what failed.
   * @default undefined
   */
  onIdentityProviderDomainsChanged?: (idpId: string, summary: DomainChangeSummary) => void
  /**
   * Fires on every failure the list shows. The list explains the error itself; use this to log it.
   * @default undefined
   */
  onError?: (
    error: Error,
    context: { action: IdentityProviderListAction; identityProviderId?: string },
  ) => void
  /**
   * Show the providers without any action, whatever the user's permissions.
   * @default false
   */
  readOnly?: boolean
  /**
   * What to show when the organization has no provider yet, instead of the built-in text.
   * @default undefined
   */
  emptyState?: ReactNode
  /**
   * Heading level of the list's title, to fit the page outline (providers get the next level).
   * @default 2
   */
  headingLevel?: 2 | 3 | 4
  /** Extra class on the root element, merged after library classes. @default undefined */
  className?: string
  /** Per-slot classes; see {@link IdentityProviderListSlot}. @default undefined */
  classNames?: Partial<Record<IdentityProviderListSlot, string>>
  /**
   * Text overrides for this instance, over the provider's `messages` (the list's texts are under
   * `identityProviderList`).
   * @default undefined
   */
  messages?: DeepPartial<MyOrgMessages>
  /** Render without library styles (CSS variables, classes and data attributes stay). @default false */
  unstyled?: boolean
  /** The root `<section>` element. @default undefined */
  ref?: Ref<HTMLElement>
}

type SlotFn = (name: IdentityProviderListSlot) => ReturnType<typeof getSlotProps>
type OnErrorRef = { current: IdentityProviderListProps['onError'] }

/** The config key of a strategy (`google-apps` → `googleapps`, see the API notes). */
export function strategyConfigKey(strategy: IdpStrategy): IdpConfigurationStrategyKey {
  return strategy === 'google-apps' ? 'googleapps' : strategy
}

/** What the organization admin may do with a provider, by access level and scope. */
export interface ProviderAbilities {
  toggle: boolean
  edit: boolean
  refresh: boolean
  domains: boolean
  provisioning: boolean
  detach: boolean
  delete: boolean
}

/** The actions the API allows on `item`, given the token's scopes. */
export function providerAbilities(
  item: IdentityProviderListItem,
  permissions: Pick<MyOrgPermissions, 'can'>,
  readOnly: boolean,
): ProviderAbilities {
  const level: OrganizationAccessLevel = item.access_level ?? 'full'
  const full = !readOnly && isFullIdentityProvider(item) && level === 'full'
  const fullOrLimited = !readOnly && isFullIdentityProvider(item) && (full || level === 'limited')
  return {
    toggle: fullOrLimited && permissions.can('updateIdentityProvider'),
    edit: fullOrLimited && permissions.can('updateIdentityProvider'),
    refresh:
      fullOrLimited &&
      permissions.can('refreshIdentityProviderAttributes') &&
      isFullIdentityProvider(item) &&
      Array.isArray(item.attributes),
    domains:
      full &&
      (permissions.can('addIdentityProviderDomain') ||
        permissions.can('removeIdentityProviderDomain')),
    provisioning: full && permissions.can('getProvisioning'),
    detach: full && permissions.can('detachIdentityProvider'),
    delete: full && permissions.can('deleteIdentityProvider'),
  }
}

interface PanelState {
  panel: IdentityProviderListPanel
  /** `data-mk-focus-key` of the button that opened it, to give focus back. */
  returnFocusTo: string
}

/**
 * Lets a customer admin manage the organization's SSO connections: see each provider (type,
 * state, linked domains, SCIM status when expanded), switch it on or off (optimistic, rolled
 * back on error), edit it, refresh its attribute mapping (with what changed), link or unlink
 * verified domains (paced, with progress and per-domain failures), manage SCIM provisioning,
 * remove it from the organization or delete it (typed confirmation, honouring the tenant's
 * `connection_deletion_behavior`). Each action shows only when the provider's access level and
 * the token's scopes allow it, and the missing ones are explained.
 *
 * @example
 * ```tsx
 * <MyOrgProvider domain="acme.eu.auth0.com">
 *   <IdentityProviderList
 *     onAddIdentityProvider={() => navigate('/single-sign-on/new')}
 *     onError={(error, { action }) => reportError(error, { action })}
 *   />
 * </MyOrgProvider>
 * ```
 */
export function IdentityProviderList(props: IdentityProviderListProps): ReactNode {
  const {
    readOnly = false,
    headingLevel = 2,
    className,
    classNames,
    messages,
    unstyled,
    ref,
    onError,
  } = props
  const translator = useMyOrgTranslator(messages, ownTexts)
  const { t } = translator
  const permissions = useMyOrgPermissions()
  const session = useMyOrgSession()
  const ctx = useMyOrgReady()
  const canRead = permissions.can('listIdentityProviders')
  const list = useIdentityProviders({ enabled: canRead })
  const titleId = useId()
  const panelTitleId = useId()
  const [panel, setPanel] = useState<PanelState | null>(null)
  const restoreFocus = useRef<string | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const rootRef = useRef<HTMLElement | null>(null)
  const panelHeadingRef = useRef<HTMLHeadingElement>(null)

  const rootSlot = getSlotProps('IdentityProviderList', 'root', classNames)
  const rootProps = useMyOrgRootProps({
    componentClassName: cx('mk-IdentityProviderList', rootSlot.className),
    className,
    unstyled,
  })
  const slot: SlotFn = useCallback(
    (name: IdentityProviderListSlot) => getSlotProps('IdentityProviderList', name, classNames),
    [classNames],
  )

  const onErrorRef: OnErrorRef = useRef(onError)
  useEffect(() => {
    onErrorRef.current = onError
  })
  const reportedLoadError = useRef<unknown>(null)
  useEffect(() => {
    if (list.error && reportedLoadError.current !== list.error) {
      reportedLoadError.current = list.error
      onErrorRef.current?.(list.error, { action: 'load' })
    }
  }, [list.error])

  // Focus: the panel's heading when it opens; the button that opened it when it closes.
  useEffect(() => {
    if (panel) {
      panelHeadingRef.current?.focus()
    }
  }, [panel])
  useEffect(() => {
    const key = restoreFocus.current
    if (!panel && key) {
      restoreFocus.current = null
      rootRef.current
        ?.querySelector<HTMLElement>(`[data-mk-focus-key="${CSS.escape(key)}"]`)
        ?.focus()
    }
  }, [panel])

  const setRootRef = useCallback(
    (element: HTMLElement | null) => {
      rootRef.current = element
      if (typeof ref === 'function') {
        ref(element)
      } else if (ref) {
        ref.current = element
      }
    },
    [ref],
  )

  const openPanel = useCallback((next: IdentityProviderListPanel, returnFocusTo: string) => {
    setPanel({ panel: next, returnFocusTo })
  }, [])
  const closePanel = useCallback(() => {
    setPanel((current) => {
      if (current) {
        restoreFocus.current = current.returnFocusTo
      }
      return null
    })
  }, [])

  const Heading = `h${headingLevel}` as const
  const SubHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5'
  const noticeHeadingLevel = (headingLevel + 1) as 3 | 4 | 5
  const loading = permissions.status === 'loading' || (canRead && list.isPending)

  let content: ReactNode = renderAccessState({
    permissions,
    session,
    canRead,
    noAccess: {
      title: t('identityProviderList.noAccess.title'),
      description: t('identityProviderList.noAccess.description'),
    },
    noticeSlot: slot('notice'),
    headingLevel: noticeHeadingLevel,
    messages,
    unstyled,
  })
  if (content !== undefined) {
    // The session failed or the read scope is missing: nothing to load.
  } else if (list.data) {
    content = (
      <LoadedList
        {...props}
        readOnly={readOnly}
        translator={translator}
        permissions={permissions}
        providers={list.data}
        slot={slot}
        SubHeading={SubHeading}
        noticeHeadingLevel={noticeHeadingLevel}
        onErrorRef={onErrorRef}
        openPanel={openPanel}
        announce={setAnnouncement}
      />
    )
  } else if (list.error) {
    content = (
      <MyOrgErrorNotice
        error={list.error}
        onRetry={() => void list.refetch()}
        headingLevel={noticeHeadingLevel}
        messages={messages}
        unstyled={unstyled}
      />
    )
  } else {
    const noticeSlot = slot('notice')
    content = (
      <div
        {...noticeSlot}
        className={cx(noticeSlot.className, 'mk-IdentityProviderList-loading')}
        role="status"
        aria-label={t('identityProviderList.loading')}
      >
        {[0, 1, 2].map((row) => (
          <span key={row} className="mk-skeleton" />
        ))}
      </div>
    )
  }

  const current = panel?.panel
  const panelTitle = !current
    ? ''
    : current.kind === 'create'
      ? t('identityProviderList.panel.create')
      : current.kind === 'edit'
        ? t('identityProviderList.panel.edit', { name: displayNameOf(current.idp) })
        : t('identityProviderList.panel.provisioning', { name: displayNameOf(current.idp) })
  const panelSlot = slot('panel')

  return (
    <section
      {...rootProps}
      ref={setRootRef}
      data-slot={rootSlot['data-slot']}
      aria-labelledby={titleId}
      aria-busy={loading || undefined}
    >
      <header {...slot('header')}>
        <Heading {...slot('title')} id={titleId} tabIndex={-1}>
          {t('identityProviderList.title')}
        </Heading>
        <p {...slot('description')}>{t('identityProviderList.description')}</p>
      </header>
      <div hidden={panel !== null} className="mk-IdentityProviderList-body">
        {content}
      </div>
      {current ? (
        <section {...panelSlot} aria-labelledby={panelTitleId}>
          <div className="mk-IdentityProviderList-panelHeader">
            <button
              type="button"
              className="mk-button"
              data-size="sm"
              data-variant="ghost"
              onClick={closePanel}
            >
              <span aria-hidden="true">← </span>
              {t('identityProviderList.panel.back')}
            </button>
            <SubHeading
              ref={panelHeadingRef}
              id={panelTitleId}
              tabIndex={-1}
              className="mk-IdentityProviderList-panelTitle"
            >
              {panelTitle}
            </SubHeading>
          </div>
          <PanelContent
            panel={current}
            headingLevel={Math.min(headingLevel + 2, 5) as 3 | 4 | 5}
            messages={messages}
            unstyled={unstyled}
            onCancel={closePanel}
            onDone={(idp) => {
              void ctx.queryClient.invalidateQueries({
                queryKey: myOrgKeys.identityProviderLists(ctx.keyScope),
              })
              if (idp) {
                if (current.kind === 'create') {
                  setAnnouncement(
                    t('identityProviderList.panel.created', { name: displayNameOf(idp) }),
                  )
                  props.onIdentityProviderCreated?.(idp)
                } else {
                  setAnnouncement(
                    t('identityProviderList.panel.updated', { name: displayNameOf(idp) }),
                  )
                  props.onIdentityProviderUpdated?.(idp)
                }
              }
              closePanel()
            }}
          />
        </section>
      ) : null}
      <p role="status" className="mk-visually-hidden">
        {announcement}
      </p>
    </section>
  )
}

interface LoadedListProps extends IdentityProviderListProps {
  readOnly: boolean
  translator: MyOrgTranslator
  permissions: MyOrgPermissions
  providers: IdentityProviderListItem[]
  slot: SlotFn
  SubHeading: 'h3' | 'h4' | 'h5'
  noticeHeadingLevel: 3 | 4 | 5
  onErrorRef: OnErrorRef
  openPanel: (panel: IdentityProviderListPanel, returnFocusTo: string) => void
  announce: (text: string) => void
}

type DialogState =
  | { kind: 'delete'; idp: IdentityProvider; trigger: HTMLElement }
  | { kind: 'detach'; idp: IdentityProvider; trigger: HTMLElement }
  | { kind: 'refresh'; idp: IdentityProvider; trigger: HTMLElement }

/** The list once loaded: toolbar, providers, dialogs. */
function LoadedList(props: LoadedListProps): ReactNode {
  const { translator, permissions, providers, slot, readOnly, onErrorRef, announce } = props
  const { t } = translator
  const [dialog, setDialog] = useState<DialogState | null>(null)
  const [refreshResults, setRefreshResults] = useState<ReadonlyMap<string, AttributeMappingDiff>>(
    new Map(),
  )
  const canCreate = !readOnly && permissions.can('createIdentityProvider')
  const missing = readOnly
    ? []
    : [
        canCreate ? null : t('identityProviderList.permissions.create'),
        permissions.can('updateIdentityProvider')
          ? null
          : t('identityProviderList.permissions.update'),
        permissions.can('deleteIdentityProvider')
          ? null
          : t('identityProviderList.permissions.delete'),
        permissions.can('detachIdentityProvider')
          ? null
          : t('identityProviderList.permissions.detach'),
        permissions.can('addIdentityProviderDomain') &&
        permissions.can('removeIdentityProviderDomain')
          ? null
          : t('identityProviderList.permissions.domains'),
        permissions.can('getProvisioning')
          ? null
          : t('identityProviderList.permissions.provisioning'),
      ].filter((item): item is string => item !== null)
  const toolbarSlot = slot('toolbar')
  const noticeSlot = slot('notice')
  const listSlot = slot('list')
  const emptySlot = slot('empty')

  const focusTitle = (trigger: HTMLElement): void => {
    trigger
      .closest('[data-mk-root]')
      ?.querySelector<HTMLElement>('.mk-IdentityProviderList-title')
      ?.focus()
  }

  return (
    <>
      {missing.length > 0 ? (
        <p
          {...noticeSlot}
          className={cx(noticeSlot.className, 'mk-IdentityProviderList-permissions')}
        >
          {t('identityProviderList.permissions.missing', {
            actions: translator.formatList(missing, { type: 'unit', style: 'long' }),
          })}
        </p>
      ) : null}
      <div {...toolbarSlot}>
        <p className="mk-description">
          {t('identityProviderList.count', { count: providers.length })}
        </p>
        {canCreate ? (
          <button
            type="button"
            className="mk-button"
            data-variant="primary"
            data-mk-focus-key="add"
            onClick={() => {
              if (props.onAddIdentityProvider) {
                props.onAddIdentityProvider()
              } else {
                props.openPanel({ kind: 'create' }, 'add')
              }
            }}
          >
            {t('identityProviderList.add')}
          </button>
        ) : null}
      </div>
      {providers.length === 0 ? (
        <div {...emptySlot}>
          {props.emptyState ?? (
            <>
              <p className="mk-IdentityProviderList-emptyTitle">
                {t('identityProviderList.empty.title')}
              </p>
              <p className="mk-description">
                {canCreate
                  ? t('identityProviderList.empty.description')
                  : t('identityProviderList.empty.readOnly')}
              </p>
            </>
          )}
        </div>
      ) : (
        <ul {...listSlot} aria-label={t('identityProviderList.listLabel')}>
          {providers.map((item) => (
            <ProviderItem
              key={item.id ?? displayNameOf(item)}
              {...props}
              item={item}
              refreshResult={item.id ? refreshResults.get(item.id) : undefined}
              onDismissRefresh={(idpId) => {
                setRefreshResults((previous) => {
                  const next = new Map(previous)
                  next.delete(idpId)
                  return next
                })
              }}
              onAsk={(kind, idp, trigger) => {
                setDialog({ kind, idp, trigger })
              }}
            />
          ))}
        </ul>
      )}
      {dialog?.kind === 'delete' ? (
        <DeleteDialog
          idp={dialog.idp}
          translator={translator}
          slot={slot}
          messages={props.messages}
          unstyled={props.unstyled}
          canReadConfiguration={permissions.can('getConfiguration')}
          canDetach={!readOnly && permissions.can('detachIdentityProvider')}
          onError={(error) => {
            onErrorRef.current?.(error, { action: 'delete', identityProviderId: dialog.idp.id })
          }}
          onDetachInstead={() => {
            setDialog({ ...dialog, kind: 'detach' })
          }}
          onClose={(deleted) => {
            const { trigger, idp } = dialog
            setDialog(null)
            if (deleted) {
              announce(t('identityProviderList.delete.deleted', { name: displayNameOf(idp) }))
              if (idp.id) {
                props.onIdentityProviderDeleted?.(idp.id)
              }
              focusTitle(trigger)
            } else {
              trigger.focus()
            }
          }}
        />
      ) : null}
      {dialog?.kind === 'detach' ? (
        <DetachDialog
          idp={dialog.idp}
          translator={translator}
          slot={slot}
          messages={props.messages}
          unstyled={props.unstyled}
          onError={(error) => {
            onErrorRef.current?.(error, { action: 'detach', identityProviderId: dialog.idp.id })
          }}
          onClose={(detached) => {
            const { trigger, idp } = dialog
            setDialog(null)
            if (detached) {
              announce(t('identityProviderList.detach.removed', { name: displayNameOf(idp) }))
              if (idp.id) {
                props.onIdentityProviderDetached?.(idp.id)
              }
              focusTitle(trigger)
            } else {
              trigger.focus()
            }
          }}
        />
      ) : null}
      {dialog?.kind === 'refresh' ? (
        <RefreshDialog
          idp={dialog.idp}
          translator={translator}
          slot={slot}
          messages={props.messages}
          unstyled={props.unstyled}
          onError={(error) => {
            onErrorRef.current?.(error, {
              action: 'refreshAttributes',
              identityProviderId: dialog.idp.id,
            })
          }}
          onClose={(result) => {
            const { trigger, idp } = dialog
            setDialog(null)
            if (result && idp.id) {
              const idpId = idp.id
              setRefreshResults((previous) => new Map(previous).set(idpId, result.diff))
              props.onAttributeMappingRefreshed?.(result.idp, result.diff)
              props.onIdentityProviderUpdated?.(result.idp)
            }
            trigger.focus()
          }}
        />
      ) : null}
    </>
  )
}

interface ProviderItemProps extends LoadedListProps {
  item: IdentityProviderListItem
  refreshResult: AttributeMappingDiff | undefined
  onDismissRefresh: (idpId: string) => void
  onAsk: (kind: DialogState['kind'], idp: IdentityProvider, trigger: HTMLElement) => void
}

const accessVariant = { full: 'info', limited: 'neutral', readonly: 'neutral', none: 'neutral' }

/** One provider: logo, names, type, access, switch, domains; details on demand. */
function ProviderItem(props: ProviderItemProps): ReactNode {
  const { item, translator, slot, permissions, readOnly, SubHeading } = props
  const { t } = translator
  const [expanded, setExpanded] = useState(false)
  const [editingDomains, setEditingDomains] = useState(false)
  const detailsId = useId()
  const full = isFullIdentityProvider(item) ? item : undefined
  const level: OrganizationAccessLevel = item.access_level ?? 'full'
  const abilities = providerAbilities(item, permissions, readOnly)
  const name = displayNameOf(item)
  const domains = full?.domains ?? []
  const itemSlot = slot('item')
  const domainsSlot = slot('domains')
  const actionsSlot = slot('actions')
  const resultSlot = slot('result')
  const idpId = item.id ?? ''

  return (
    <li {...itemSlot} data-state={item.is_enabled ? 'enabled' : 'disabled'} data-access={level}>
      <div className="mk-IdentityProviderList-summary">
        <StrategyBadge strategy={full?.strategy} slot={slot('logo')} />
        <div className="mk-IdentityProviderList-names">
          <SubHeading className="mk-IdentityProviderList-name">{name}</SubHeading>
          <p className="mk-IdentityProviderList-meta">
            {full ? <span>{t(`identityProviderList.strategy.${full.strategy}`)}</span> : null}
            {full && item.name && item.name !== name ? <span aria-hidden="true"> · </span> : null}
            {item.name && item.name !== name ? (
              <code className="mk-IdentityProviderList-connection">{item.name}</code>
            ) : null}
          </p>
          <p className="mk-IdentityProviderList-badges">
            <span className="mk-badge" data-variant={accessVariant[level]}>
              {t(`identityProviderList.access.${level}`)}
            </span>
            {abilities.toggle && item.is_enabled ? null : (
              <span className="mk-badge" data-variant={item.is_enabled ? 'success' : undefined}>
                {item.is_enabled
                  ? t('identityProviderList.enabled')
                  : t('identityProviderList.disabled')}
              </span>
            )}
          </p>
        </div>
        {abilities.toggle && full ? <EnabledSwitch {...props} idp={full} /> : null}
      </div>
      {full ? (
        <div {...domainsSlot}>
          <span className="mk-IdentityProviderList-label">
            {t('identityProviderList.domains.label')}
          </span>
          {domains.length > 0 ? (
            <ul className="mk-IdentityProviderList-chips">
              {domains.map((domain) => (
                <li key={domain}>
                  <code className="mk-code">{domain}</code>
                </li>
              ))}
            </ul>
          ) : (
            <span className="mk-description">{t('identityProviderList.domains.none')}</span>
          )}
        </div>
      ) : (
        <p className="mk-description">{t('identityProviderList.accessHelp.none')}</p>
      )}
      {props.refreshResult ? (
        <RefreshResult
          {...props}
          diff={props.refreshResult}
          slotProps={resultSlot}
          onDismiss={() => {
            props.onDismissRefresh(idpId)
          }}
        />
      ) : null}
      {full ? (
        <div className="mk-IdentityProviderList-detailsToggle">
          <button
            type="button"
            className="mk-button"
            data-size="sm"
            data-variant="ghost"
            aria-expanded={expanded}
            aria-controls={expanded ? detailsId : undefined}
            aria-label={t('identityProviderList.details.showAria', { name })}
            onClick={() => {
              setExpanded((value) => !value)
            }}
          >
            <span aria-hidden="true" className="mk-IdentityProviderList-chevron" />
            {t('identityProviderList.details.show')}
          </button>
        </div>
      ) : null}
      {full && expanded ? (
        <div {...slot('details')} id={detailsId}>
          <dl className="mk-IdentityProviderList-facts">
            <div>
              <dt>{t('identityProviderList.details.name')}</dt>
              <dd>
                <code>{full.name ?? '—'}</code>
              </dd>
            </div>
            <div>
              <dt>{t('identityProviderList.details.strategy')}</dt>
              <dd>{t(`identityProviderList.strategy.${full.strategy}`)}</dd>
            </div>
            <div>
              <dt>{t('identityProviderList.provisioning.label')}</dt>
              <dd>
                <ProvisioningStatus {...props} idp={full} />
              </dd>
            </div>
            <div>
              <dt>{t('identityProviderList.details.access')}</dt>
              <dd>{t(`identityProviderList.accessHelp.${level}`)}</dd>
            </div>
          </dl>
          <ProviderActions
            {...props}
            idp={full}
            abilities={abilities}
            slotProps={actionsSlot}
            editingDomains={editingDomains}
            onToggleDomains={() => {
              setEditingDomains((value) => !value)
            }}
          />
          {editingDomains && abilities.domains ? (
            <DomainsEditor
              idp={full}
              translator={translator}
              slot={slot}
              canReadDomains={permissions.can('listDomains')}
              canLink={permissions.can('addIdentityProviderDomain')}
              canUnlink={permissions.can('removeIdentityProviderDomain')}
              messages={props.messages}
              unstyled={props.unstyled}
              onClose={() => {
                setEditingDomains(false)
              }}
              onError={(error, action) => {
                props.onErrorRef.current?.(error, { action, identityProviderId: full.id })
              }}
              onApplied={(summary) => {
                if (full.id) {
                  props.onIdentityProviderDomainsChanged?.(full.id, summary)
                }
              }}
            />
          ) : null}
        </div>
      ) : null}
    </li>
  )
}

/** The optimistic on/off switch (`PATCH is_enabled`), rolled back with the reason on failure. */
function EnabledSwitch(props: ProviderItemProps & { idp: IdentityProvider }): ReactNode {
  const { idp, translator, permissions, slot, announce, onErrorRef } = props
  const { t } = translator
  const ctx = useMyOrgReady()
  const [failure, setFailure] = useState<string | null>(null)
  const name = displayNameOf(idp)
  const toggle = useMutation(
    {
      mutationKey: [...myOrgKeys.all(ctx.keyScope), 'toggleIdentityProvider'],
      retry: false,
      mutationFn: ({ idpId, enabled }: { idpId: string; enabled: boolean }) =>
        ctx.client.identityProviders.update(idpId, { is_enabled: enabled }),
      onMutate: async ({ idpId, enabled }) => {
        const lists = myOrgKeys.identityProviderLists(ctx.keyScope)
        await ctx.queryClient.cancelQueries({ queryKey: lists })
        const snapshot = ctx.queryClient.getQueriesData<IdentityProviderListItem[]>({
          queryKey: lists,
        })
        ctx.queryClient.setQueriesData<IdentityProviderListItem[]>({ queryKey: lists }, (old) =>
          old?.map((entry) => (entry.id === idpId ? { ...entry, is_enabled: enabled } : entry)),
        )
        return { snapshot }
      },
      onError: (_error, _variables, context) => {
        for (const [key, data] of context?.snapshot ?? []) {
          ctx.queryClient.setQueryData(key, data)
        }
      },
      onSuccess: async (updated, { idpId }) => {
        ctx.queryClient.setQueryData(myOrgKeys.identityProvider(ctx.keyScope, idpId), updated)
        await ctx.queryClient.invalidateQueries({
          queryKey: myOrgKeys.identityProviderLists(ctx.keyScope),
        })
      },
    },
    ctx.queryClient,
  )
  const checked = idp.is_enabled === true
  const switchSlot = slot('switch')
  const failureId = useId()
  return (
    <div className="mk-IdentityProviderList-switchWrap">
      <button
        {...switchSlot}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-label={t('identityProviderList.switchAria', { name })}
        aria-describedby={failure ? failureId : undefined}
        aria-busy={toggle.isPending || undefined}
        data-state={checked ? 'on' : 'off'}
        disabled={toggle.isPending || !idp.id}
        onClick={() => {
          if (!idp.id) {
            return
          }
          const enabled = !checked
          setFailure(null)
          toggle.mutate(
            { idpId: idp.id, enabled },
            {
              onSuccess: (updated) => {
                announce(
                  enabled
                    ? t('identityProviderList.switchEnabled', { name })
                    : t('identityProviderList.switchDisabled', { name }),
                )
                props.onIdentityProviderUpdated?.(updated)
              },
              onError: (error) => {
                const description = describeError(error, translator, {
                  grantedScopes: permissions.scopes,
                })
                setFailure(
                  t('identityProviderList.switchFailed', {
                    enable: String(enabled),
                    name,
                    reason: description.description,
                  }),
                )
                onErrorRef.current?.(error, { action: 'toggle', identityProviderId: idp.id })
              },
            },
          )
        }}
      >
        <span className="mk-IdentityProviderList-track" aria-hidden="true">
          <span className="mk-IdentityProviderList-thumb" />
        </span>
        <span className="mk-IdentityProviderList-switchText">
          {toggle.isPending
            ? t('identityProviderList.switchSaving')
            : t('identityProviderList.switchLabel')}
        </span>
      </button>
      <p id={failureId} role="alert" className="mk-IdentityProviderList-switchError">
        {failure ?? ''}
      </p>
    </div>
  )
}

/** SCIM status of a provider, fetched only once its details are open. */
function ProvisioningStatus(props: ProviderItemProps & { idp: IdentityProvider }): ReactNode {
  const { idp, translator, permissions, onErrorRef } = props
  const { t } = translator
  const canReadConfig = permissions.can('getIdentityProvidersConfiguration')
  const canReadProvisioning = permissions.can('getProvisioning')
  const config = useIdentityProvidersConfiguration({
    enabled: canReadConfig && canReadProvisioning,
    staleTime: Number.POSITIVE_INFINITY,
  })
  const features = config.data?.strategies[strategyConfigKey(idp.strategy)]
  // Without the Connection Profile (no scope, 404, error) we cannot know: ask the provider itself.
  const supported =
    config.data === undefined || config.data === null
      ? undefined
      : (features?.enabled_features.includes('provisioning') ?? false) &&
        features?.provisioning_methods.includes('scim') === true
  const configSettled = !canReadConfig || config.data !== undefined || config.isError
  const provisioning = useProvisioning(idp.id ?? '', {
    enabled: Boolean(idp.id) && canReadProvisioning && configSettled && supported !== false,
  })
  const reported = useRef<unknown>(null)
  useEffect(() => {
    if (provisioning.error && reported.current !== provisioning.error) {
      reported.current = provisioning.error
      onErrorRef.current?.(provisioning.error, {
        action: 'loadProvisioning',
        identityProviderId: idp.id,
      })
    }
  }, [provisioning.error, onErrorRef, idp.id])

  if (!canReadProvisioning) {
    return (
      <span className="mk-description">{t('identityProviderList.provisioning.noPermission')}</span>
    )
  }
  if (supported === false) {
    return (
      <span className="mk-description">{t('identityProviderList.provisioning.unavailable')}</span>
    )
  }
  if (provisioning.data !== undefined) {
    const on = provisioning.data !== null && provisioning.data.method === 'scim'
    return (
      <span className="mk-badge" data-variant={on ? 'success' : undefined}>
        {on
          ? t('identityProviderList.provisioning.on')
          : t('identityProviderList.provisioning.off')}
      </span>
    )
  }
  if (provisioning.error) {
    return (
      <span className="mk-field-error">
        {t('identityProviderList.provisioning.failed', {
          reason: describeError(provisioning.error, translator).title,
        })}
      </span>
    )
  }
  return (
    <span className="mk-description" role="status">
      {t('identityProviderList.provisioning.checking')}
    </span>
  )
}

/** The action buttons of an open provider. */
function ProviderActions(
  props: ProviderItemProps & {
    idp: IdentityProvider
    abilities: ProviderAbilities
    slotProps: ReturnType<SlotFn>
    editingDomains: boolean
    onToggleDomains: () => void
  },
): ReactNode {
  const { idp, abilities, translator, slotProps, onAsk, openPanel } = props
  const { t } = translator
  const name = displayNameOf(idp)
  const id = idp.id ?? ''
  const anything = Object.values(abilities).some(Boolean)
  if (!anything) {
    return null
  }
  return (
    <div {...slotProps} role="group" aria-label={t('identityProviderList.actions.label', { name })}>
      {abilities.edit ? (
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          data-mk-focus-key={`edit:${id}`}
          aria-label={t('identityProviderList.actions.editAria', { name })}
          onClick={() => {
            if (props.onEditIdentityProvider) {
              props.onEditIdentityProvider(idp)
            } else {
              openPanel({ kind: 'edit', idp }, `edit:${id}`)
            }
          }}
        >
          {t('identityProviderList.actions.edit')}
        </button>
      ) : null}
      {abilities.domains ? (
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          aria-expanded={props.editingDomains}
          aria-label={t('identityProviderList.actions.domainsAria', { name })}
          onClick={props.onToggleDomains}
        >
          {t('identityProviderList.actions.domains')}
        </button>
      ) : null}
      {abilities.provisioning ? (
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          data-mk-focus-key={`provisioning:${id}`}
          aria-label={t('identityProviderList.actions.provisioningAria', { name })}
          onClick={() => {
            if (props.onManageProvisioning) {
              props.onManageProvisioning(idp)
            } else {
              openPanel({ kind: 'provisioning', idp }, `provisioning:${id}`)
            }
          }}
        >
          {t('identityProviderList.actions.provisioning')}
        </button>
      ) : null}
      {abilities.refresh ? (
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          aria-label={t('identityProviderList.actions.refreshAria', { name })}
          onClick={(event) => {
            onAsk('refresh', idp, event.currentTarget)
          }}
        >
          {t('identityProviderList.actions.refresh')}
        </button>
      ) : null}
      {abilities.detach ? (
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          data-variant="ghost"
          data-danger=""
          aria-label={t('identityProviderList.actions.detachAria', { name })}
          onClick={(event) => {
            onAsk('detach', idp, event.currentTarget)
          }}
        >
          {t('identityProviderList.actions.detach')}
        </button>
      ) : null}
      {abilities.delete ? (
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          data-variant="ghost"
          data-danger=""
          aria-label={t('identityProviderList.actions.deleteAria', { name })}
          onClick={(event) => {
            onAsk('delete', idp, event.currentTarget)
          }}
        >
          {t('identityProviderList.actions.delete')}
        </button>
      ) : null}
    </div>
  )
}

/** What the last attribute-mapping refresh changed. */
function RefreshResult(
  props: ProviderItemProps & {
    diff: AttributeMappingDiff
    slotProps: ReturnType<SlotFn>
    onDismiss: () => void
  },
): ReactNode {
  const { diff, translator, item, slotProps } = props
  const { t } = translator
  const nothing = diff.added.length + diff.removed.length + diff.changed.length === 0
  return (
    <div
      {...slotProps}
      className={cx(slotProps.className, 'mk-alert')}
      data-variant="success"
      role="status"
    >
      <p className="mk-alert-title">
        {t('identityProviderList.refresh.resultTitle', { name: displayNameOf(item) })}
      </p>
      {nothing ? (
        <p className="mk-alert-description">{t('identityProviderList.refresh.noChange')}</p>
      ) : (
        <ul className="mk-IdentityProviderList-diff">
          {diff.added.length > 0 ? (
            <li data-change="added">
              {t('identityProviderList.refresh.added', {
                attributes: translator.formatList(diff.added),
              })}
            </li>
          ) : null}
          {diff.removed.length > 0 ? (
            <li data-change="removed">
              {t('identityProviderList.refresh.removed', {
                attributes: translator.formatList(diff.removed),
              })}
            </li>
          ) : null}
          {diff.changed.length > 0 ? (
            <li data-change="changed">
              {t('identityProviderList.refresh.changed', {
                attributes: translator.formatList(diff.changed),
              })}
            </li>
          ) : null}
        </ul>
      )}
      <div className="mk-alert-actions">
        <button type="button" className="mk-button" data-size="sm" onClick={props.onDismiss}>
          {t('identityProviderList.refresh.dismiss')}
        </button>
      </div>
    </div>
  )
}
