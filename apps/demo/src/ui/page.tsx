import {
  MyOrgErrorNotice,
  type OperationName,
  useMyOrgPermissions,
  useMyOrgSession,
  useMyOrgTranslator,
} from '@myorg-kit/react'
import { createContext, type ReactNode, use } from 'react'

import { Icon } from './icon.tsx'

/** The heading level a notice takes where it is rendered: 2 under the page title, 3 in a card. */
const NoticeLevel = createContext<2 | 3>(2)

/** The page's title and a one-line intro written for the customer's admin. */
export function PageHeader(props: { title: string; intro: ReactNode; children?: ReactNode }) {
  return (
    <header className="page-header">
      <div>
        <h1>{props.title}</h1>
        <p className="page-intro">{props.intro}</p>
      </div>
      {props.children ? <div className="page-header-actions">{props.children}</div> : null}
    </header>
  )
}

export { NoticeLevel }

export function Section(props: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <section className="card" aria-label={props.title}>
      <div className="card-header">
        <h2>{props.title}</h2>
        {props.description ? <p className="muted">{props.description}</p> : null}
      </div>
      <NoticeLevel value={3}>{props.children}</NoticeLevel>
    </section>
  )
}

export function Loading(props: { label: string }) {
  return (
    <div className="state state-loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {props.label}
    </div>
  )
}

/** Said in plain words instead of sending a request that the API would refuse. */
export function NoAccess(props: { what: string; permission: string }) {
  return (
    <div className="state state-no-access" role="note">
      <Icon className="state-icon" size={22}>
        <rect x="4.5" y="10.5" width="15" height="10" rx="2" />
        <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3M12 14.5v2" />
      </Icon>
      <div>
        <p className="state-title">You don’t have access to {props.what}</p>
        <p className="muted">
          Your role in this organization doesn’t include the <code>{props.permission}</code>{' '}
          permission. Ask one of your organization’s admins to grant it, then sign in again.
        </p>
      </div>
    </div>
  )
}

/** Every failed request is explained by the kit's notice (CORS, offline, 429, 403, 5xx, …). */
export function ErrorState(props: { error: unknown; onRetry?: () => void }) {
  const level = use(NoticeLevel)
  // The kit's texts may be in another language than the host page: say so to screen readers.
  const { locale } = useMyOrgTranslator()
  return (
    <div lang={locale}>
      <MyOrgErrorNotice
        error={props.error}
        headingLevel={level}
        className="error-state"
        {...(props.onRetry ? { onRetry: props.onRetry } : {})}
      />
    </div>
  )
}

/** The error of a failed query, with a retry that refetches it. */
export function QueryErrorState(props: {
  query: { error: unknown; refetch: () => Promise<unknown> }
}) {
  const { query } = props
  return (
    <ErrorState
      error={query.error}
      onRetry={() => {
        void query.refetch()
      }}
    />
  )
}

export type Gate =
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'denied' }
  | { state: 'allowed' }

/** Whether the signed-in user may run `operation`, once the token is known. */
export function useGate(operation: OperationName): Gate {
  const permissions = useMyOrgPermissions()
  const session = useMyOrgSession()
  if (permissions.status === 'loading') {
    return { state: 'loading' }
  }
  if (permissions.status === 'error') {
    return {
      state: 'error',
      error: permissions.error,
      retry: () => {
        void session.retry()
      },
    }
  }
  return permissions.can(operation) ? { state: 'allowed' } : { state: 'denied' }
}

/** Renders the non-allowed states of a gate, or the content when allowed. */
export function Gated(props: {
  gate: Gate
  what: string
  permission: string
  loadingLabel: string
  children: ReactNode
}) {
  const { gate } = props
  switch (gate.state) {
    case 'loading':
      return <Loading label={props.loadingLabel} />
    case 'error':
      return <ErrorState error={gate.error} onRetry={gate.retry} />
    case 'denied':
      return <NoAccess what={props.what} permission={props.permission} />
    case 'allowed':
      return props.children
  }
}
