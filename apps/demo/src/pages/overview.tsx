import {
  type OperationName,
  useDomains,
  useIdentityProviders,
  useMyOrgPermissions,
  useOrgDetails,
} from '@myorg-kit/react'
import type { ReactNode } from 'react'

import { Link } from '../ui/link.tsx'
import {
  ErrorState,
  Loading,
  NoticeLevel,
  PageHeader,
  QueryErrorState,
  Section,
  useGate,
} from '../ui/page.tsx'

/** What the overview lists, by area: each operation the area's pages use, with its action. */
const capabilities: Record<string, readonly (readonly [OperationName, string])[]> = {
  General: [
    ['getOrganizationDetails', 'View the organization’s name and branding'],
    ['updateOrganizationDetails', 'Change the name and branding'],
  ],
  Domains: [
    ['listDomains', 'View domains'],
    ['createDomain', 'Add a domain'],
    ['verifyDomain', 'Verify a domain'],
    ['deleteDomain', 'Remove a domain'],
  ],
  'Single sign-on': [
    ['listIdentityProviders', 'View identity providers'],
    ['createIdentityProvider', 'Connect an identity provider'],
    ['updateIdentityProvider', 'Change an identity provider'],
    ['deleteIdentityProvider', 'Remove an identity provider'],
  ],
  Provisioning: [
    ['getProvisioning', 'View SCIM provisioning'],
    ['createProvisioning', 'Set up SCIM provisioning'],
    ['listScimTokens', 'View SCIM tokens'],
    ['createScimToken', 'Create a SCIM token'],
  ],
}

export function OverviewPage(props: { userName: string }) {
  const firstName = props.userName.split(' ')[0] ?? props.userName
  return (
    <>
      <PageHeader
        title="Organization settings"
        intro={`Welcome, ${firstName}. Manage who your organization is, how your people sign in, and how their accounts are kept up to date.`}
      />
      <div className="stat-grid">
        <OrganizationCard />
        <DomainsCard />
        <ProvidersCard />
      </div>
      <Permissions />
    </>
  )
}

/** What a card needs of its query: whether it loads, its error and how to retry. */
interface StatQuery {
  isLoading: boolean
  error: unknown
  refetch: () => Promise<unknown>
}

function StatCard(props: {
  title: string
  to: string
  linkLabel: string
  operation: OperationName
  query: StatQuery
  children: ReactNode
}) {
  return (
    <section className="card stat-card" aria-label={props.title}>
      <h2 className="stat-title">{props.title}</h2>
      <div className="stat-body">
        <NoticeLevel value={3}>
          <StatContent operation={props.operation} query={props.query}>
            {props.children}
          </StatContent>
        </NoticeLevel>
      </div>
      <Link to={props.to} className="stat-link">
        {props.linkLabel} <span aria-hidden="true">→</span>
      </Link>
    </section>
  )
}

function StatContent(props: { operation: OperationName; query: StatQuery; children: ReactNode }) {
  const { query } = props
  const gate = useGate(props.operation)
  if (gate.state === 'denied') {
    return <p className="muted">You don’t have access to this.</p>
  }
  if (gate.state === 'error') {
    return <ErrorState error={gate.error} onRetry={gate.retry} />
  }
  if (gate.state === 'loading' || query.isLoading) {
    return <Loading label="Loading…" />
  }
  if (query.error) {
    return <QueryErrorState query={query} />
  }
  return props.children
}

function OrganizationCard() {
  const { can } = useMyOrgPermissions()
  const details = useOrgDetails({ enabled: can('getOrganizationDetails') })
  return (
    <StatCard
      title="Organization"
      to="/general"
      linkLabel="General settings"
      operation="getOrganizationDetails"
      query={details}
    >
      <p className="stat-value stat-value-text">{details.data?.display_name ?? '—'}</p>
      <p className="muted">
        <code>{details.data?.name}</code>
      </p>
    </StatCard>
  )
}

function DomainsCard() {
  const { can } = useMyOrgPermissions()
  const domains = useDomains({ take: 100, enabled: can('listDomains') })
  const list = domains.data?.domains ?? []
  const verified = list.filter((domain) => domain.status === 'verified').length
  return (
    <StatCard
      title="Domains"
      to="/domains"
      linkLabel="Manage domains"
      operation="listDomains"
      query={domains}
    >
      <p className="stat-value">
        {list.length}
        {domains.hasNextPage ? '+' : ''}
      </p>
      <p className="muted">
        {verified} verified · {list.length - verified} to verify
      </p>
    </StatCard>
  )
}

function ProvidersCard() {
  const { can } = useMyOrgPermissions()
  const providers = useIdentityProviders({ enabled: can('listIdentityProviders') })
  const list = providers.data ?? []
  const enabled = list.filter((provider) => provider.is_enabled !== false).length
  return (
    <StatCard
      title="Single sign-on"
      to="/single-sign-on"
      linkLabel="Manage single sign-on"
      operation="listIdentityProviders"
      query={providers}
    >
      <p className="stat-value">{list.length}</p>
      <p className="muted">identity providers · {enabled} enabled</p>
    </StatCard>
  )
}

function Permissions() {
  const permissions = useMyOrgPermissions()
  const gate = useGate('getOrganizationDetails')
  if (gate.state === 'loading') {
    return <Loading label="Reading your permissions…" />
  }
  if (gate.state === 'error') {
    return <ErrorState error={gate.error} onRetry={gate.retry} />
  }
  const areas = Object.entries(capabilities)
  const allowedCount = areas
    .flatMap(([, actions]) => actions)
    .filter(([operation]) => permissions.can(operation)).length
  return (
    <Section
      title="What you can do"
      description={
        allowedCount === 0
          ? 'Your role doesn’t include any organization permission yet. Ask one of your organization’s admins for access.'
          : 'Read from your sign-in session: the pages only offer the actions your role allows.'
      }
    >
      <div className="capability-grid">
        {areas.map(([area, actions]) => (
          <div key={area} className="capability-group">
            <h3>{area}</h3>
            <ul aria-label={`${area} permissions`}>
              {actions.map(([operation, label]) => {
                const allowed = permissions.can(operation)
                return (
                  <li key={operation} data-allowed={allowed}>
                    <span className="capability-icon" aria-hidden="true">
                      {allowed ? '✓' : '✕'}
                    </span>
                    <span>{label}</span>
                    <span className="visually-hidden">
                      {allowed ? ': allowed' : ': not allowed'}
                    </span>
                  </li>
                )
              })}
            </ul>
          </div>
        ))}
      </div>
    </Section>
  )
}
