import {
  type IdentityProvider,
  isFullIdentityProvider,
  type ScimToken,
  useIdentityProviders,
  useMyOrgPermissions,
  useMyOrgTranslator,
  useProvisioning,
  useScimTokens,
} from '@myorg-kit/react'

import { strategyLabels } from '../labels.ts'
import {
  Badge,
  ComponentNote,
  Empty,
  ErrorState,
  Gated,
  Loading,
  PageHeader,
  NoticeLevel,
  Section,
  useGate,
} from '../ui/page.tsx'

export function ProvisioningPage() {
  const gate = useGate('getProvisioning')
  return (
    <>
      <PageHeader
        title="Provisioning"
        intro="Keep Lumen’s user list in step with your directory: with SCIM, people you add or remove in your identity provider are added or removed here too."
      />
      <Gated
        gate={gate}
        what="provisioning settings"
        permission="read:my_org:identity_providers_provisioning"
        loadingLabel="Loading provisioning…"
      >
        <ProvisioningList />
      </Gated>
      <ComponentNote component="ScimTokenManager" />
    </>
  )
}

function ProvisioningList() {
  const providers = useIdentityProviders()
  if (providers.isPending) {
    return <Loading label="Loading identity providers…" />
  }
  if (providers.isError) {
    return (
      <ErrorState
        error={providers.error}
        onRetry={() => {
          void providers.refetch()
        }}
      />
    )
  }
  // Provisioning belongs to providers the organization fully manages.
  const managed = providers.data
    .filter(isFullIdentityProvider)
    .filter((provider) => provider.access_level === 'full' && provider.id)
  if (managed.length === 0) {
    return (
      <Section title="Identity providers">
        <Empty title="Nothing to provision yet">
          Set up single sign-on first: provisioning runs through one of your identity providers.
        </Empty>
      </Section>
    )
  }
  return (
    <div className="stack">
      {managed.map((provider) => (
        <ProviderProvisioning key={provider.id} provider={provider} />
      ))}
    </div>
  )
}

function ProviderProvisioning(props: { provider: IdentityProvider }) {
  const { provider } = props
  const id = provider.id ?? ''
  const provisioning = useProvisioning(id)
  const name = provider.display_name ?? provider.name ?? id
  const { formatDate } = useMyOrgTranslator()

  let body
  if (provisioning.isPending) {
    body = <Loading label={`Loading provisioning for ${name}…`} />
  } else if (provisioning.isError) {
    body = (
      <ErrorState
        error={provisioning.error}
        onRetry={() => {
          void provisioning.refetch()
        }}
      />
    )
  } else if (provisioning.data === null) {
    body = (
      <p className="muted provisioning-off">
        SCIM is not set up. People from {name} get an account the first time they sign in, and keep
        it until someone removes it here.
      </p>
    )
  } else {
    body = (
      <>
        <dl className="facts">
          <div>
            <dt>Method</dt>
            <dd>SCIM 2.0</dd>
          </div>
          <div>
            <dt>User id attribute</dt>
            <dd>
              <code>{provisioning.data.user_id_attribute}</code>
            </dd>
          </div>
          <div>
            <dt>Mapped attributes</dt>
            <dd>{provisioning.data.attributes.length}</dd>
          </div>
          <div>
            <dt>Set up</dt>
            <dd>{formatDate(provisioning.data.created_at, { dateStyle: 'medium' })}</dd>
          </div>
        </dl>
        <ScimTokens idpId={id} providerName={name} />
      </>
    )
  }

  return (
    <section className="card" aria-label={name}>
      <div className="card-header card-header-row">
        <div>
          <h2>{name}</h2>
          <p className="muted">{strategyLabels[provider.strategy]}</p>
        </div>
        {provisioning.isSuccess ? (
          provisioning.data ? (
            <Badge tone="success">SCIM on</Badge>
          ) : (
            <Badge tone="neutral">Not set up</Badge>
          )
        ) : null}
      </div>
      <NoticeLevel value={3}>{body}</NoticeLevel>
    </section>
  )
}

function ScimTokens(props: { idpId: string; providerName: string }) {
  const { can } = useMyOrgPermissions()
  const allowed = can('listScimTokens')
  const tokens = useScimTokens(props.idpId, { enabled: allowed })
  if (!allowed) {
    return (
      <p className="inline-note">
        SCIM tokens are hidden: your role doesn’t include{' '}
        <code>read:my_org:identity_providers_scim_tokens</code>.
      </p>
    )
  }
  if (tokens.isPending) {
    return <Loading label="Loading SCIM tokens…" />
  }
  if (tokens.isError) {
    return (
      <ErrorState
        error={tokens.error}
        onRetry={() => {
          void tokens.refetch()
        }}
      />
    )
  }
  return (
    <div className="subsection">
      <h3 className="subsection-title">SCIM tokens</h3>
      {tokens.data.length === 0 ? (
        <p className="muted">
          No token: {props.providerName} cannot reach Lumen’s SCIM endpoint until you create one.
        </p>
      ) : (
        <ul className="token-list" aria-label={`SCIM tokens for ${props.providerName}`}>
          {tokens.data.map((token) => (
            <TokenItem key={token.token_id} token={token} />
          ))}
        </ul>
      )}
    </div>
  )
}

const day = 24 * 60 * 60 * 1000

function TokenItem(props: { token: ScimToken }) {
  const { token } = props
  const { formatDate, locale } = useMyOrgTranslator()
  const until = token.valid_until ? new Date(token.valid_until).getTime() : undefined
  // eslint-disable-next-line react-hooks/purity -- expiry is relative to the moment of rendering
  const now = Date.now()
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })
  let expiry
  if (until === undefined) {
    expiry = <Badge tone="neutral">Never expires</Badge>
  } else if (until <= now) {
    expiry = <Badge tone="danger">Expired</Badge>
  } else {
    const days = Math.max(1, Math.round((until - now) / day))
    expiry = (
      <Badge tone={days <= 7 ? 'warning' : 'success'}>Expires {relative.format(days, 'day')}</Badge>
    )
  }
  return (
    <li className="token">
      <svg
        className="token-icon"
        viewBox="0 0 24 24"
        width="18"
        height="18"
        aria-hidden="true"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <circle cx="8" cy="15" r="4" />
        <path d="M10.8 12.2 20 3M16 7l3 3M14 9l2 2" />
      </svg>
      <div className="token-main">
        <code className="token-id">{token.token_id}</code>
        <span className="muted">
          Created {formatDate(token.created_at, { dateStyle: 'medium' })}
          {token.valid_until
            ? ` · valid until ${formatDate(token.valid_until, { dateStyle: 'medium' })}`
            : ''}
        </span>
      </div>
      {expiry}
    </li>
  )
}
