'use client'

// The kit's components as this host drops them in: client components under the server-rendered
// settings layout. Navigation between them goes through Next's router.
import {
  DomainList,
  IdentityProviderList,
  IdpWizard,
  InvitationManager,
  isFullIdentityProvider,
  MemberList,
  OrgDetailsForm,
  ScimTokenManager,
  useIdentityProviders,
} from '@myorg-kit/react'
import { useRouter, useSearchParams } from 'next/navigation'

import { texts } from '../../lib/texts.ts'

export function GeneralView() {
  return <OrgDetailsForm />
}

export function MembersView() {
  return <MemberList />
}

/** `inviterName`: the signed-in admin, as the invitation email and the list show the inviter. */
export function InvitationsView(props: { inviterName: string | undefined }) {
  return <InvitationManager {...(props.inviterName ? { inviterName: props.inviterName } : {})} />
}

export function DomainsView() {
  return <DomainList pageSize={10} />
}

export function SsoView() {
  const router = useRouter()
  return (
    <IdentityProviderList
      onAddIdentityProvider={() => {
        router.push('/settings/sso/new')
      }}
      onManageProvisioning={(idp) => {
        if (idp.id) {
          router.push(`/settings/provisioning?idp=${encodeURIComponent(idp.id)}`)
        }
      }}
    />
  )
}

/** The wizard: its callback URLs name the tenant the provider's `domain` gives. */
export function SsoNewView() {
  const router = useRouter()
  const back = () => {
    router.push('/settings/sso')
  }
  return (
    <IdpWizard
      getVerifyDomainHref={() => '/settings/domains'}
      onIdentityProviderCreated={back}
      onCancel={back}
    />
  )
}

/** SCIM tokens of the provider in `?idp=`, else of the organization's first full provider. */
export function ProvisioningView() {
  const linked = useSearchParams().get('idp')
  const providers = useIdentityProviders({ enabled: !linked })
  const first = providers.data?.filter(isFullIdentityProvider).find((idp) => idp.id)?.id
  const id = linked ?? first
  if (id) {
    return <ScimTokenManager key={id} identityProviderId={id} />
  }
  if (providers.isPending) {
    return <p role="status">{texts.loadingProviders}</p>
  }
  return <p>{texts.noProvider}</p>
}
