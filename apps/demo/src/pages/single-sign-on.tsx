import { IdentityProviderList } from '@myorg-kit/react'

import { navigate, replaceSearch } from '../location.ts'
import { PageHeader } from '../ui/page.tsx'

/** Goes to an app path with one extra query parameter, keeping the demo scenario. */
function navigateWithParam(path: string, name: string, value: string): void {
  navigate(path)
  const params = new URLSearchParams(window.location.search)
  params.set(name, value)
  replaceSearch(params)
}

/**
 * The organization's SSO connections: the kit's `<IdentityProviderList />` as a host drops it in.
 * It handles loading, no-access, access levels, errors, the enable switch, domains, attribute
 * refresh, removal and deletion by itself; adding, editing and provisioning go to their own pages.
 */
export function SingleSignOnPage() {
  return (
    <>
      <PageHeader
        title="Single sign-on"
        intro="Let your people sign in to Lumen with your company’s identity provider — Okta, Microsoft Entra ID, Google Workspace, SAML or OpenID Connect."
      />
      <IdentityProviderList
        onAddIdentityProvider={() => {
          navigate('/single-sign-on/new')
        }}
        onEditIdentityProvider={(idp) => {
          if (idp.id) {
            navigateWithParam('/single-sign-on/edit', 'id', idp.id)
          }
        }}
        onManageProvisioning={(idp) => {
          if (idp.id) {
            navigateWithParam('/provisioning', 'idp', idp.id)
          }
        }}
      />
    </>
  )
}
