'use client'

import { MyOrgApiError, type OrgDomain } from '@myorg-kit/client'
import {
  type ReactNode,
  type Ref,
  memo,
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
} from 'react'

import {
  DOMAIN_PAGE_SIZE,
  useCreateDomain,
  useDeleteDomain,
  useDomainIdentityProviders,
  useDomains,
} from '../../api/domains.queries.ts'
import type { MyOrgTranslator } from '../../i18n/translator.ts'
import type { DeepPartial, MyOrgMessages } from '../../i18n/types.ts'
import { useMyOrgTranslator } from '../../i18n/use-my-org-translator.ts'
import { useMyOrgPermissions, useMyOrgSession } from '../../provider/use-my-org-session.ts'
import { cx, getSlotProps } from '../../theming/slots.ts'
import { useMyOrgRootProps } from '../../theming/use-my-org-root-props.ts'
import { MyOrgErrorNotice } from '../error-notice/error-notice.tsx'
import { renderAccessState } from '../shared/access-state.tsx'
import type { DomainListSlot } from './domain-list.slots.ts'
import { type DomainInputProblem, normalizeDomain } from './normalize-domain.ts'
import {
  VERIFY_POLL_DELAYS_MS,
  type VerificationPhase,
  useDomainVerification,
} from './use-domain-verification.ts'
import { domainListMessages } from './domain-list.messages.ts'
import { CopyButton } from '../../ui/copy-button.tsx'
import { trapTab } from '../shared/trap-tab.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { domainList: domainListMessages }

/** What the list was doing when an error happened. */
export type DomainListAction = 'load' | 'create' | 'verify' | 'delete'

/** The API's code for "this already exists" (a duplicate domain). */
const DUPLICATE_CODE = 'A0E-409-0003'

/** TTL written in the zone-file line: 5 minutes, a common default that re-checks quickly. */
const ZONE_TTL = 300

/** Props of {@link DomainList}. */
export interface DomainListProps {
  /**
   * Show the domains without any action (add, verify, delete), whatever the user's permissions.
   * Actions are also hidden, with a one-line reason, when the token lacks their scope.
   * @default false
   */
  readOnly?: boolean
  /**
   * What to show when the organization has no domain yet, instead of the built-in explanation.
   * @default undefined
   */
  emptyState?: ReactNode
  /**
   * Fires after a domain was added, with the domain the API returned (still pending).
   * @default undefined
   */
  onDomainCreated?: (domain: OrgDomain) => void
  /**
   * Fires when a verification the user started ends with the domain verified.
   * @default undefined
   */
  onDomainVerified?: (domain: OrgDomain) => void
  /**
   * Fires after a domain was deleted, with its id.
   * @default undefined
   */
  onDomainDeleted?: (domainId: string) => void
  /**
   * Fires on every failure the list shows: loading (`load`), adding (`create`), verifying
   * (`verify`) or deleting (`delete`). The list explains the error itself; use this to log it.
   * @default undefined
   */
  onError?: (error: Error, context: { action: DomainListAction }) => void
  /**
   * Domains per page (1–100); "Load more" fetches the next page.
   * @default 50
   */
  pageSize?: number
  /**
   * Waits, in ms, between the status checks that follow "Verify" (`GET /domains/{id}`); after the
   * last one the panel says the record wasn't found yet and offers "Check again". Each wait is at
   * least 2000 ms, to stay well inside the API's rate limit.
   * @default [2000, 4000, 8000, 15000, 15000, 15000] (about a minute)
   */
  verificationPollDelaysMs?: readonly number[]
  /**
   * Heading level of the list's title, to fit the page outline.
   * @default 2
   */
  headingLevel?: 2 | 3 | 4 | 5
  /** Extra class on the root element, merged after library classes. @default undefined */
  className?: string
  /** Per-slot classes; see {@link DomainListSlot}. @default undefined */
  classNames?: Partial<Record<DomainListSlot, string>>
  /**
   * Text overrides for this instance, over the provider's `messages` (the list's texts are under
   * `domainList`).
   * @default undefined
   */
  messages?: DeepPartial<MyOrgMessages>
  /** Render without library styles (CSS variables, classes and data attributes stay). @default false */
  unstyled?: boolean
  /** The root `<section>` element. @default undefined */
  ref?: Ref<HTMLElement>
}

type SlotFn = (name: DomainListSlot) => ReturnType<typeof getSlotProps>
type T = MyOrgTranslator['t']

interface Shared {
  pollDelays: readonly number[]
  t: T
  slot: SlotFn
  messages: DeepPartial<MyOrgMessages> | undefined
  unstyled: boolean | undefined
  noticeHeadingLevel: 3 | 4 | 5 | 6
}

/**
 * Lets a customer admin see their organization's domains, add one (typed or pasted any way:
 * it is normalised and checked first), publish its DNS TXT record with copy buttons, verify it
 * (with polling for about a minute) and delete it after a confirmation that names the identity
 * providers using it. Every action is hidden, with the permission it needs named, when the token
 * lacks its scope; a "no access" state (and no request) without `read:my_org:domains`.
 *
 * @example
 * ```tsx
 * <MyOrgProvider domain="acme.eu.auth0.com">
 *   <DomainList
 *     onDomainVerified={(domain) => toast(`${domain.domain} is verified`)}
 *     onError={(error, { action }) => reportError(error, { action })}
 *   />
 * </MyOrgProvider>
 * ```
 */
export function DomainList(props: DomainListProps): ReactNode {
  const {
    readOnly = false,
    emptyState,
    onDomainCreated,
    onDomainVerified,
    onDomainDeleted,
    onError,
    pageSize = DOMAIN_PAGE_SIZE,
    verificationPollDelaysMs = VERIFY_POLL_DELAYS_MS,
    headingLevel = 2,
    className,
    classNames,
    messages,
    unstyled,
    ref,
  } = props
  const translator = useMyOrgTranslator(messages, ownTexts)
  const { t } = translator
  const permissions = useMyOrgPermissions()
  const session = useMyOrgSession()
  const canRead = permissions.can('listDomains')
  const domains = useDomains({ enabled: canRead, take: pageSize })
  const titleId = useId()

  const rootSlot = getSlotProps('DomainList', 'root', classNames)
  const rootProps = useMyOrgRootProps({
    componentClassName: cx('mk-DomainList', rootSlot.className),
    className,
    unstyled,
  })

  const onErrorRef = useRef(onError)
  useEffect(() => {
    onErrorRef.current = onError
  })
  const reportedLoadError = useRef<unknown>(null)
  useEffect(() => {
    if (domains.error && reportedLoadError.current !== domains.error) {
      reportedLoadError.current = domains.error
      onErrorRef.current?.(domains.error, { action: 'load' })
    }
  }, [domains.error])

  const Heading = `h${headingLevel}` as const
  const noticeHeadingLevel = (headingLevel + 1) as 3 | 4 | 5 | 6
  const slot = useCallback(
    (name: DomainListSlot) => getSlotProps('DomainList', name, classNames),
    [classNames],
  )
  // Keyed by value: a new array with the same waits must not restart anything.
  const pollDelaysKey = verificationPollDelaysMs.map((delay) => Math.max(2000, delay)).join(',')
  const pollDelays = useMemo(() => pollDelaysKey.split(',').map(Number), [pollDelaysKey])
  const shared: Shared = { pollDelays, t, slot, messages, unstyled, noticeHeadingLevel }
  const loading = permissions.status === 'loading' || (canRead && domains.isPending)

  let content: ReactNode = renderAccessState({
    permissions,
    session,
    canRead,
    noAccess: {
      title: t('domainList.noAccess.title'),
      description: t('domainList.noAccess.description'),
    },
    noticeSlot: slot('notice'),
    headingLevel: noticeHeadingLevel,
    messages,
    unstyled,
  })
  if (content !== undefined) {
    // The session failed or the read scope is missing: nothing to load.
  } else if (domains.data) {
    const canCreate = !readOnly && permissions.can('createDomain')
    const canVerify = !readOnly && permissions.can('verifyDomain')
    const canDelete = !readOnly && permissions.can('deleteDomain')
    const missing = readOnly
      ? []
      : [
          canCreate ? null : t('domainList.permissions.create'),
          canVerify ? null : t('domainList.permissions.verify'),
          canDelete ? null : t('domainList.permissions.delete'),
        ].filter((item): item is string => item !== null)
    content = (
      <LoadedList
        {...shared}
        translator={translator}
        domains={domains.data.domains}
        hasNextPage={domains.hasNextPage}
        isFetchingNextPage={domains.isFetchingNextPage}
        nextPageError={domains.isFetchNextPageError ? domains.error : null}
        fetchNextPage={() => void domains.fetchNextPage()}
        canCreate={canCreate}
        canVerify={canVerify}
        canDelete={canDelete}
        missingNote={
          missing.length > 0
            ? t('domainList.permissions.missing', {
                actions: translator.formatList(missing, { type: 'unit', style: 'long' }),
              })
            : null
        }
        emptyState={emptyState}
        onDomainCreated={onDomainCreated}
        onDomainVerified={onDomainVerified}
        onDomainDeleted={onDomainDeleted}
        onErrorRef={onErrorRef}
      />
    )
  } else if (domains.error) {
    content = (
      <MyOrgErrorNotice
        error={domains.error}
        onRetry={() => void domains.refetch()}
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
        className={cx(noticeSlot.className, 'mk-DomainList-loading')}
        role="status"
        aria-label={t('domainList.loading')}
      >
        {[0, 1, 2].map((row) => (
          <span key={row} className="mk-skeleton" />
        ))}
      </div>
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
        <Heading {...slot('title')} id={titleId} tabIndex={-1}>
          {t('domainList.title')}
        </Heading>
        <p {...slot('description')}>{t('domainList.description')}</p>
      </header>
      {content}
    </section>
  )
}

interface LoadedListProps extends Shared {
  translator: MyOrgTranslator
  domains: OrgDomain[]
  hasNextPage: boolean
  isFetchingNextPage: boolean
  nextPageError: Error | null
  fetchNextPage: () => void
  canCreate: boolean
  canVerify: boolean
  canDelete: boolean
  missingNote: string | null
  emptyState: ReactNode
  onDomainCreated: ((domain: OrgDomain) => void) | undefined
  onDomainVerified: ((domain: OrgDomain) => void) | undefined
  onDomainDeleted: ((domainId: string) => void) | undefined
  onErrorRef: { current: DomainListProps['onError'] }
}

/** The list once its first page is in: add form, table, "Load more", delete dialog. */
function LoadedList(props: LoadedListProps): ReactNode {
  const { t, slot, domains, canCreate, canVerify, canDelete, onErrorRef } = props
  const [openPanels, setOpenPanels] = useState<ReadonlyMap<string, number>>(new Map())
  const [deleting, setDeleting] = useState<{ domain: OrgDomain; trigger: HTMLElement } | null>(null)
  const [justAdded, setJustAdded] = useState<OrgDomain | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const captionId = useId()

  const togglePanel = useCallback((domainId: string) => {
    setOpenPanels((previous) => {
      const next = new Map(previous)
      if (next.has(domainId)) {
        next.delete(domainId)
      } else {
        next.set(domainId, 0)
      }
      return next
    })
  }, [])
  const verifyFromRow = useCallback((domainId: string) => {
    setOpenPanels((previous) => new Map(previous).set(domainId, (previous.get(domainId) ?? 0) + 1))
  }, [])
  const askDelete = useCallback((domain: OrgDomain, trigger: HTMLElement) => {
    setDeleting({ domain, trigger })
  }, [])

  const { onDomainVerified } = props
  const onVerified = useCallback(
    (domain: OrgDomain) => {
      onDomainVerified?.(domain)
    },
    [onDomainVerified],
  )
  const onVerifyError = useCallback(
    (error: Error) => {
      onErrorRef.current?.(error, { action: 'verify' })
    },
    [onErrorRef],
  )

  const noticeSlot = slot('notice')
  const footerSlot = slot('footer')
  const tableSlot = slot('table')
  const emptySlot = slot('empty')
  const { messages, unstyled, noticeHeadingLevel, pollDelays } = props
  const shared = useMemo<Shared>(
    () => ({ pollDelays, t, slot, messages, unstyled, noticeHeadingLevel }),
    [pollDelays, t, slot, messages, unstyled, noticeHeadingLevel],
  )
  return (
    <>
      {props.missingNote ? (
        <p {...noticeSlot} className={cx(noticeSlot.className, 'mk-DomainList-permissions')}>
          {props.missingNote}
        </p>
      ) : null}
      {canCreate ? (
        <AddDomainForm
          {...props}
          onAdded={(domain) => {
            setJustAdded(domain)
            props.onDomainCreated?.(domain)
          }}
        />
      ) : null}
      {justAdded ? (
        <VerificationPanel
          {...shared}
          key={justAdded.id}
          domain={domains.find((item) => item.id === justAdded.id) ?? justAdded}
          canVerify={canVerify}
          startToken={0}
          intro={t('domainList.add.added', { domain: justAdded.domain })}
          onVerified={onVerified}
          onError={onVerifyError}
          onClose={() => {
            setJustAdded(null)
          }}
        />
      ) : null}
      {domains.length === 0 ? (
        <div {...emptySlot}>
          {props.emptyState ?? (
            <>
              <p className="mk-DomainList-emptyTitle">{t('domainList.empty.title')}</p>
              <p className="mk-description">
                {canCreate ? t('domainList.empty.description') : t('domainList.empty.readOnly')}
              </p>
            </>
          )}
        </div>
      ) : (
        <div className="mk-DomainList-scroll">
          <table {...tableSlot} className={cx(tableSlot.className, 'mk-table')}>
            <caption id={captionId} className="mk-visually-hidden">
              {t('domainList.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('domainList.columns.domain')}</th>
                <th scope="col">{t('domainList.columns.status')}</th>
                <th scope="col">
                  <span className="mk-visually-hidden">{t('domainList.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {domains.map((domain) => (
                <DomainRow
                  key={domain.id}
                  domain={domain}
                  t={t}
                  slot={slot}
                  shared={shared}
                  panelToken={openPanels.get(domain.id)}
                  canVerify={canVerify}
                  canDelete={canDelete}
                  onTogglePanel={togglePanel}
                  onVerify={verifyFromRow}
                  onDelete={askDelete}
                  onVerified={onVerified}
                  onVerifyError={onVerifyError}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {domains.length > 0 ? (
        <div {...footerSlot}>
          <p className="mk-description" aria-live="polite">
            {t('domainList.count', { count: domains.length })}
            {props.hasNextPage ? '' : ` · ${t('domainList.allLoaded')}`}
          </p>
          {props.hasNextPage ? (
            <button
              type="button"
              className="mk-button"
              disabled={props.isFetchingNextPage}
              onClick={props.fetchNextPage}
            >
              {props.isFetchingNextPage ? <span className="mk-spinner" aria-hidden="true" /> : null}
              {props.isFetchingNextPage
                ? t('domainList.loadingMore')
                : t('common.actions.loadMore')}
            </button>
          ) : null}
        </div>
      ) : null}
      {props.nextPageError ? (
        <MyOrgErrorNotice
          error={props.nextPageError}
          onRetry={props.fetchNextPage}
          headingLevel={props.noticeHeadingLevel}
          messages={props.messages}
          unstyled={props.unstyled}
        />
      ) : null}
      <p role="status" className="mk-visually-hidden">
        {announcement}
      </p>
      {deleting ? (
        <DeleteDialog
          {...props}
          domain={deleting.domain}
          onClose={(deleted) => {
            const trigger = deleting.trigger
            setDeleting(null)
            if (deleted) {
              setAnnouncement(t('domainList.delete.deleted', { domain: deleting.domain.domain }))
              if (justAdded?.id === deleting.domain.id) {
                setJustAdded(null)
              }
              props.onDomainDeleted?.(deleting.domain.id)
              const root = trigger.closest('[data-mk-root]')
              root?.querySelector<HTMLElement>('h2, h3, h4, h5')?.focus()
            } else {
              trigger.focus()
            }
          }}
        />
      ) : null}
    </>
  )
}

const statusVariant = { verified: 'success', pending: 'warning', failed: 'danger' } as const

interface DomainRowProps {
  domain: OrgDomain
  t: T
  slot: SlotFn
  shared: Shared
  /** Undefined: panel closed; a number: open, and each increase starts a verification. */
  panelToken: number | undefined
  canVerify: boolean
  canDelete: boolean
  onTogglePanel: (domainId: string) => void
  onVerify: (domainId: string) => void
  onDelete: (domain: OrgDomain, trigger: HTMLElement) => void
  onVerified: (domain: OrgDomain) => void
  onVerifyError: (error: Error) => void
}

/** One domain: name, status badge, actions; its verification panel on the row below. */
const DomainRow = memo(function DomainRow(props: DomainRowProps): ReactNode {
  const { domain, t, slot, panelToken, canVerify, canDelete } = props
  const open = panelToken !== undefined
  const panelId = useId()
  const rowSlot = slot('row')
  const actionsSlot = slot('actions')
  const statusSlot = slot('status')
  const needsVerification = domain.status !== 'verified'
  return (
    <>
      <tr {...rowSlot} data-status={domain.status}>
        <th scope="row" className="mk-DomainList-name">
          {domain.domain}
        </th>
        <td {...statusSlot}>
          <span className="mk-badge" data-variant={statusVariant[domain.status]}>
            {t(`domainList.status.${domain.status}`)}
          </span>
        </td>
        <td {...actionsSlot}>
          <div className="mk-DomainList-actionGroup">
            {needsVerification ? (
              <button
                type="button"
                className="mk-button"
                data-size="sm"
                data-variant="ghost"
                aria-expanded={open}
                aria-controls={open ? panelId : undefined}
                aria-label={t('domainList.actions.showRecord', { domain: domain.domain })}
                onClick={() => {
                  props.onTogglePanel(domain.id)
                }}
              >
                {t('domainList.actions.showRecordShort')}
              </button>
            ) : null}
            {needsVerification && canVerify ? (
              <button
                type="button"
                className="mk-button"
                data-size="sm"
                aria-label={t('domainList.actions.verify', { domain: domain.domain })}
                onClick={() => {
                  props.onVerify(domain.id)
                }}
              >
                {t('domainList.actions.verifyShort')}
              </button>
            ) : null}
            {canDelete ? (
              <button
                type="button"
                className="mk-button"
                data-size="sm"
                data-variant="ghost"
                data-danger=""
                aria-label={t('domainList.actions.delete', { domain: domain.domain })}
                onClick={(event) => {
                  props.onDelete(domain, event.currentTarget)
                }}
              >
                {t('domainList.actions.deleteShort')}
              </button>
            ) : null}
          </div>
        </td>
      </tr>
      {open ? (
        <tr className="mk-DomainList-panelRow">
          <td colSpan={3} id={panelId}>
            <VerificationPanel
              {...props.shared}
              domain={domain}
              canVerify={canVerify}
              startToken={panelToken}
              intro={null}
              onVerified={props.onVerified}
              onError={props.onVerifyError}
              onClose={() => {
                props.onTogglePanel(domain.id)
              }}
            />
          </td>
        </tr>
      ) : null}
    </>
  )
})

/** The "Add a domain" form: normalises as you type, shows what will be added. */
function AddDomainForm(props: LoadedListProps & { onAdded: (domain: OrgDomain) => void }) {
  const { t, slot, onErrorRef } = props
  const create = useCreateDomain()
  const [value, setValue] = useState('')
  const [showProblem, setShowProblem] = useState(false)
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null)
  const inputId = useId()
  const normalized = normalizeDomain(value)
  const problem: DomainInputProblem | null = normalized.ok ? null : normalized.problem
  const fieldError =
    duplicateOf !== null && normalized.ok && normalized.domain === duplicateOf
      ? t('domainList.add.errors.duplicate', { domain: duplicateOf })
      : showProblem && problem
        ? t(`domainList.add.errors.${problem}`)
        : null
  const formSlot = slot('addForm')
  const inputSlot = slot('input')
  const previewSlot = slot('preview')
  const errorSlot = slot('error')
  const inputRef = useRef<HTMLInputElement>(null)

  const submit = (): void => {
    if (!normalized.ok) {
      setShowProblem(true)
      inputRef.current?.focus()
      return
    }
    const domain = normalized.domain
    create.mutate(
      { domain },
      {
        onSuccess: (created) => {
          setValue('')
          setShowProblem(false)
          setDuplicateOf(null)
          props.onAdded(created)
        },
        onError: (error) => {
          if (
            error instanceof MyOrgApiError &&
            error.status === 409 &&
            (error.code === DUPLICATE_CODE || error.code === undefined)
          ) {
            setDuplicateOf(domain)
            inputRef.current?.focus()
          }
          onErrorRef.current?.(error, { action: 'create' })
        },
      },
    )
  }
  const showCreateError =
    create.error !== null && !(create.error instanceof MyOrgApiError && create.error.status === 409)
  const describedBy = [`${inputId}-help`, `${inputId}-preview`, fieldError && `${inputId}-error`]
    .filter(Boolean)
    .join(' ')
  return (
    <form
      {...formSlot}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      aria-busy={create.isPending || undefined}
    >
      <div className="mk-field" data-invalid={fieldError ? '' : undefined}>
        <label className="mk-label" htmlFor={inputId}>
          {t('domainList.add.label')}
        </label>
        <p className="mk-description" id={`${inputId}-help`}>
          {t('domainList.add.help')}
        </p>
        <div className="mk-DomainList-addRow">
          <input
            {...inputSlot}
            ref={inputRef}
            className={cx(inputSlot.className, 'mk-input')}
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            placeholder={t('domainList.add.placeholder')}
            value={value}
            aria-invalid={fieldError ? true : undefined}
            aria-describedby={describedBy}
            onChange={(event) => {
              setValue(event.target.value)
              if (create.isError) {
                create.reset()
              }
            }}
          />
          <button
            type="submit"
            className="mk-button"
            data-variant="primary"
            disabled={create.isPending}
          >
            {create.isPending ? <span className="mk-spinner" aria-hidden="true" /> : null}
            {create.isPending ? t('domainList.add.adding') : t('domainList.add.submit')}
          </button>
        </div>
        <p {...previewSlot} id={`${inputId}-preview`} aria-live="polite">
          {normalized.ok ? t('domainList.add.preview', { domain: normalized.domain }) : ''}
        </p>
        {fieldError ? (
          <p
            {...errorSlot}
            className={cx(errorSlot.className, 'mk-field-error')}
            id={`${inputId}-error`}
          >
            {fieldError}
          </p>
        ) : null}
      </div>
      {showCreateError ? (
        <MyOrgErrorNotice
          error={create.error}
          onRetry={submit}
          headingLevel={props.noticeHeadingLevel}
          messages={props.messages}
          unstyled={props.unstyled}
        />
      ) : null}
    </form>
  )
}

interface VerificationPanelProps extends Shared {
  domain: OrgDomain
  canVerify: boolean
  /** Each increase starts a verification (0: only show the record). */
  startToken: number
  intro: string | null
  onVerified: (domain: OrgDomain) => void
  onError: (error: Error) => void
  onClose: () => void
}

/** The TXT record to publish, copy buttons, Verify and the outcome. */
function VerificationPanel(props: VerificationPanelProps): ReactNode {
  const { domain, t, slot, startToken } = props
  const { phase, start } = useDomainVerification(domain, props.pollDelays, {
    onVerified: props.onVerified,
    onError: props.onError,
  })
  const started = useRef(0)
  useEffect(() => {
    if (startToken > started.current) {
      started.current = startToken
      start()
    }
  }, [startToken, start])
  // Verified: the row's Verify button goes away; if it had focus, keep focus in the panel.
  const closeRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (phase.kind === 'verified' && document.activeElement === document.body) {
      closeRef.current?.focus()
    }
  }, [phase.kind, domain.status])
  const titleId = useId()
  const zoneLine = `${domain.verification_host}. ${ZONE_TTL} IN TXT "${domain.verification_txt}"`
  const panelSlot = slot('panel')
  const showRecord = domain.status !== 'verified' || phase.kind !== 'verified'
  return (
    <div {...panelSlot} role="group" aria-labelledby={titleId} data-phase={phase.kind}>
      <div className="mk-DomainList-panelHeader">
        <p className="mk-DomainList-panelTitle" id={titleId}>
          {t('domainList.panel.title', { domain: domain.domain })}
        </p>
        <button
          type="button"
          className="mk-button"
          data-size="sm"
          data-variant="ghost"
          ref={closeRef}
          aria-label={t('domainList.panel.close', { domain: domain.domain })}
          onClick={props.onClose}
        >
          {t('common.actions.close')}
        </button>
      </div>
      {props.intro ? <p className="mk-DomainList-added">{props.intro}</p> : null}
      {showRecord && phase.kind !== 'verified' ? (
        <>
          <p className="mk-description">{t('domainList.panel.intro', { domain: domain.domain })}</p>
          <dl className="mk-DomainList-record">
            <div>
              <dt>{t('domainList.panel.host')}</dt>
              <dd>
                <code className="mk-code">{domain.verification_host}</code>
                <CopyButton
                  className="mk-DomainList-copy"
                  copiedLabel={t('domainList.panel.copied')}
                  text={domain.verification_host}
                  label={t('domainList.panel.copyHost', { domain: domain.domain })}
                  t={t}
                />
              </dd>
            </div>
            <div>
              <dt>{t('domainList.panel.value')}</dt>
              <dd>
                <code className="mk-code">{domain.verification_txt}</code>
                <CopyButton
                  className="mk-DomainList-copy"
                  copiedLabel={t('domainList.panel.copied')}
                  text={domain.verification_txt}
                  label={t('domainList.panel.copyValue', { domain: domain.domain })}
                  t={t}
                />
              </dd>
            </div>
            <div>
              <dt>{t('domainList.panel.zoneLine')}</dt>
              <dd>
                <code className="mk-code">{zoneLine}</code>
                <CopyButton
                  className="mk-DomainList-copy"
                  copiedLabel={t('domainList.panel.copied')}
                  text={zoneLine}
                  label={t('domainList.panel.copyZoneLine', { domain: domain.domain })}
                  t={t}
                />
              </dd>
            </div>
          </dl>
          <p className="mk-description">
            {t('domainList.panel.propagation', { domain: domain.domain })}
          </p>
        </>
      ) : null}
      <Outcome {...props} phase={phase} start={start} />
    </div>
  )
}

function Outcome(props: VerificationPanelProps & { phase: VerificationPhase; start: () => void }) {
  const { phase, t, domain, canVerify, start } = props
  const status = (() => {
    switch (phase.kind) {
      case 'checking':
        return {
          variant: 'info',
          text: phase.paused
            ? t('domainList.panel.paused')
            : t('domainList.panel.checking', { domain: domain.domain }),
        }
      case 'verified':
        return {
          variant: 'success',
          text: t('domainList.panel.verified', { domain: domain.domain }),
        }
      case 'stillPending':
        return {
          variant: 'warning',
          text: t('domainList.panel.stillPending', { domain: domain.domain }),
        }
      case 'failed':
        return { variant: 'error', text: t('domainList.panel.failed', { domain: domain.domain }) }
      default:
        return null
    }
  })()
  return (
    <>
      <div role="status" className="mk-DomainList-outcome">
        {status ? (
          <p className="mk-alert" data-variant={status.variant}>
            {phase.kind === 'checking' ? <span className="mk-spinner" aria-hidden="true" /> : null}
            <span className="mk-alert-description">{status.text}</span>
          </p>
        ) : null}
      </div>
      {phase.kind === 'error' ? (
        <MyOrgErrorNotice
          error={phase.error}
          onRetry={start}
          headingLevel={props.noticeHeadingLevel}
          messages={props.messages}
          unstyled={props.unstyled}
        />
      ) : null}
      {canVerify && phase.kind !== 'verified' && phase.kind !== 'checking' ? (
        <div className="mk-DomainList-panelActions">
          <button type="button" className="mk-button" data-variant="primary" onClick={start}>
            {phase.kind === 'stillPending'
              ? t('domainList.actions.checkAgain')
              : phase.kind === 'failed'
                ? t('domainList.actions.retry')
                : t('domainList.actions.verify', { domain: domain.domain })}
          </button>
        </div>
      ) : null}
    </>
  )
}

/** Confirms a deletion; loads the identity providers using the domain only while open. */
function DeleteDialog(
  props: LoadedListProps & { domain: OrgDomain; onClose: (deleted: boolean) => void },
) {
  const { t, domain, slot, onClose, onErrorRef, translator } = props
  const providers = useDomainIdentityProviders(domain.id, { enabled: true })
  const remove = useDeleteDomain()
  const titleId = useId()
  const descriptionId = useId()
  const dialogRef = useRef<HTMLDivElement>(null)
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    cancelRef.current?.focus()
  }, [])
  const dialogSlot = slot('dialog')
  const busy = remove.isPending

  // Escape closes; Tab and Shift+Tab stay inside the dialog while it is open.
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) {
      return
    }
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (event.key === 'Escape' && !busy) {
        event.stopPropagation()
        onClose(false)
        return
      }
      trapTab(dialog, event)
    }
    dialog.addEventListener('keydown', onKeyDown)
    return () => {
      dialog.removeEventListener('keydown', onKeyDown)
    }
  }, [busy, onClose])

  let providerNote: ReactNode
  if (providers.isPending) {
    providerNote = (
      <p className="mk-description" role="status">
        <span className="mk-spinner" aria-hidden="true" />{' '}
        {t('domainList.delete.checkingProviders')}
      </p>
    )
  } else if (providers.data && providers.data.length > 0) {
    providerNote = (
      <p className="mk-alert" data-variant="warning">
        <span className="mk-alert-description">
          {t('domainList.delete.providers', {
            count: providers.data.length,
            domain: domain.domain,
            names: translator.formatList(
              providers.data.map((provider) => provider.display_name ?? provider.name),
            ),
          })}
        </span>
      </p>
    )
  } else if (providers.data) {
    providerNote = <p className="mk-description">{t('domainList.delete.noProviders')}</p>
  } else {
    providerNote = <p className="mk-description">{t('domainList.delete.providersUnknown')}</p>
  }

  return (
    <div className="mk-DomainList-backdrop">
      <div
        {...dialogSlot}
        ref={dialogRef}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
      >
        <h2 className="mk-DomainList-dialogTitle" id={titleId}>
          {t('domainList.delete.title', { domain: domain.domain })}
        </h2>
        <p id={descriptionId}>{t('domainList.delete.description', { domain: domain.domain })}</p>
        {providerNote}
        {remove.error ? (
          <MyOrgErrorNotice
            error={remove.error}
            headingLevel={3}
            messages={props.messages}
            unstyled={props.unstyled}
          />
        ) : null}
        <div className="mk-DomainList-dialogActions">
          <button
            ref={cancelRef}
            type="button"
            className="mk-button"
            disabled={remove.isPending}
            onClick={() => {
              onClose(false)
            }}
          >
            {t('common.actions.cancel')}
          </button>
          <button
            type="button"
            className="mk-button"
            data-variant="danger"
            disabled={remove.isPending}
            onClick={() => {
              remove.mutate(domain.id, {
                onSuccess: () => {
                  onClose(true)
                },
                onError: (error) => {
                  onErrorRef.current?.(error, { action: 'delete' })
                },
              })
            }}
          >
            {remove.isPending ? <span className="mk-spinner" aria-hidden="true" /> : null}
            {remove.isPending ? t('domainList.delete.deleting') : t('domainList.delete.confirm')}
          </button>
        </div>
      </div>
    </div>
  )
}
