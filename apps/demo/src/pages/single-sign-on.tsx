import {
  type IdentityProviderListItem,
  isFullIdentityProvider,
  useIdentityProviders,
} from '@myorg-kit/react'

import { accessLabels, strategyLabels } from '../labels.ts'
import {
  Badge,
  ComponentNote,
  Empty,
  ErrorState,
  Gated,
  Loading,
  PageHeader,
  Section,
  useGate,
} from '../ui/page.tsx'

export function SingleSignOnPage() {
  const gate = useGate('listIdentityProviders')
  return (
    <>
      <PageHeader
        title="Single sign-on"
        intro="Let your people sign in to Lumen with your company’s identity provider — Okta, Microsoft Entra ID, Google Workspace, SAML or OpenID Connect."
      />
      <Section
        title="Identity providers"
        description="People whose email matches a linked domain are sent to that provider when they sign in."
      >
        <Gated
          gate={gate}
          what="your organization’s identity providers"
          permission="read:my_org:identity_providers"
          loadingLabel="Loading identity providers…"
        >
          <ProviderList />
        </Gated>
      </Section>
      <ComponentNote component="IdentityProviderList" />
    </>
  )
}

function ProviderList() {
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
  if (providers.data.length === 0) {
    return (
      <Empty title="No identity provider yet">
        Connect your company’s identity provider so your people sign in with their work account.
      </Empty>
    )
  }
  return (
    <ul className="provider-list" aria-label="Identity providers">
      {providers.data.map((provider) => (
        <ProviderItem key={provider.id ?? provider.display_name} provider={provider} />
      ))}
    </ul>
  )
}

function ProviderItem(props: { provider: IdentityProviderListItem }) {
  const { provider } = props
  const full = isFullIdentityProvider(provider) ? provider : undefined
  const name = provider.display_name ?? provider.name ?? 'Unnamed provider'
  const access = provider.access_level ? accessLabels[provider.access_level] : undefined
  const domains = full?.domains ?? []
  return (
    <li className="provider">
      <div className="provider-logo" aria-hidden="true">
        {(full ? strategyLabels[full.strategy] : name).slice(0, 1)}
      </div>
      <div className="provider-main">
        <h3 className="provider-name">{name}</h3>
        <p className="muted provider-meta">
          {full ? strategyLabels[full.strategy] : 'Provider details are hidden'}
          {access ? <> · {access.hint}</> : null}
        </p>
        <p className="provider-domains">
          {domains.length > 0 ? (
            <>
              <span className="muted">Domains: </span>
              {domains.map((domain) => (
                <code key={domain} className="chip">
                  {domain}
                </code>
              ))}
            </>
          ) : (
            <span className="muted">No linked domain</span>
          )}
        </p>
      </div>
      <div className="provider-badges">
        {provider.is_enabled === false ? (
          <Badge tone="neutral">Disabled</Badge>
        ) : (
          <Badge tone="success">Enabled</Badge>
        )}
        {access ? <Badge tone={access.tone}>{access.label}</Badge> : null}
      </div>
    </li>
  )
}
