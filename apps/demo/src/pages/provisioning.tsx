import {
  type IdentityProvider,
  isFullIdentityProvider,
  ScimTokenManager,
  supportsScimProvisioning,
  useIdentityProviders,
  useIdentityProvidersConfiguration,
  useMyOrgPermissions,
} from '@myorg-kit/react'
import { useId } from 'react'

import { strategyLabels } from '../labels.ts'
import { replaceSearch, useSearch } from '../location.ts'
import { Gated, Loading, PageHeader, QueryErrorState, useGate } from '../ui/page.tsx'

/**
 * SCIM provisioning: the kit's `<ScimTokenManager />` for one identity provider, chosen with a
 * picker. The choice lives in the URL (`/provisioning?idp=con_…`), so other pages can link
 * straight to a provider's provisioning.
 */
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
        <ProvisioningContent />
      </Gated>
    </>
  )
}

function useSelectedIdp(): [string | null, (id: string) => void] {
  const search = useSearch()
  const selected = new URLSearchParams(search).get('idp')
  const select = (id: string) => {
    const params = new URLSearchParams(window.location.search)
    params.set('idp', id)
    replaceSearch(params)
  }
  return [selected, select]
}

function ProvisioningContent() {
  const { can } = useMyOrgPermissions()
  const [selected, select] = useSelectedIdp()
  const canList = can('listIdentityProviders')
  const providers = useIdentityProviders({ enabled: canList })
  const configuration = useIdentityProvidersConfiguration({
    enabled: can('getIdentityProvidersConfiguration'),
  })

  if (!canList) {
    // Without the list, only a linked provider (?idp=…) can be shown.
    return selected ? (
      <ScimTokenManager key={selected} identityProviderId={selected} />
    ) : (
      <p className="inline-note">
        Choosing an identity provider needs the <code>read:my_org:identity_providers</code>{' '}
        permission. Open this page from a link to one provider instead.
      </p>
    )
  }
  if (providers.isPending) {
    return <Loading label="Loading identity providers…" />
  }
  if (providers.isError) {
    return <QueryErrorState query={providers} />
  }
  // Providers the organization can see in full (not the "managed for you" minimal ones).
  const choices = providers.data
    .filter(isFullIdentityProvider)
    .filter((provider): provider is IdentityProvider & { id: string } => Boolean(provider.id))
  if (choices.length === 0) {
    return (
      <p className="inline-note">
        Set up single sign-on first: provisioning runs through one of your identity providers.
      </p>
    )
  }
  const supported = (provider: IdentityProvider) =>
    supportsScimProvisioning(configuration.data, provider.strategy)
  const current =
    selected ?? (choices.find((provider) => supported(provider) !== false) ?? choices[0])?.id
  const currentProvider = choices.find((provider) => provider.id === current)
  return (
    <div className="stack">
      <ProviderPicker
        choices={choices}
        current={current ?? ''}
        currentProvider={currentProvider}
        linkedButMissing={selected !== null && currentProvider === undefined}
        supported={supported}
        onSelect={select}
      />
      {current ? <ScimTokenManager key={current} identityProviderId={current} /> : null}
    </div>
  )
}

function ProviderPicker(props: {
  choices: (IdentityProvider & { id: string })[]
  current: string
  currentProvider: IdentityProvider | undefined
  linkedButMissing: boolean
  supported: (provider: IdentityProvider) => boolean | undefined
  onSelect: (id: string) => void
}) {
  const selectId = useId()
  const noteId = useId()
  const { currentProvider } = props
  const label = (provider: IdentityProvider) => provider.display_name ?? provider.name ?? ''
  const cannot = currentProvider ? props.supported(currentProvider) === false : false
  return (
    <section className="card" aria-label="Identity provider">
      <div className="field">
        <label className="field-label" htmlFor={selectId}>
          Identity provider
        </label>
        <select
          id={selectId}
          value={props.linkedButMissing ? '' : props.current}
          aria-describedby={cannot || props.linkedButMissing ? noteId : undefined}
          onChange={(event) => {
            props.onSelect(event.target.value)
          }}
        >
          {props.linkedButMissing ? (
            <option value="" disabled>
              Choose an identity provider
            </option>
          ) : null}
          {props.choices.map((provider) => (
            <option key={provider.id} value={provider.id}>
              {label(provider)} — {strategyLabels[provider.strategy]}
              {props.supported(provider) === false ? ' (can’t provision with SCIM)' : ''}
            </option>
          ))}
        </select>
      </div>
      {props.linkedButMissing ? (
        <p className="muted" id={noteId}>
          The identity provider in this link is not one of your organization’s providers. Choose one
          above.
        </p>
      ) : null}
      {cannot && currentProvider ? (
        <p className="muted" id={noteId}>
          {label(currentProvider)} is a {strategyLabels[currentProvider.strategy]} connection, which
          can’t provision users with SCIM in Lumen. Its people get an account when they first sign
          in.
        </p>
      ) : null}
    </section>
  )
}
