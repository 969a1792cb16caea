import { IdpWizard } from '@myorg-kit/react'

import { hrefFor, navigate, useSearch } from '../location.ts'
import { Link } from '../ui/link.tsx'
import { PageHeader } from '../ui/page.tsx'

/** The scenario query string without the page's own `id` parameter. */
function scenarioSearch(search: string): string {
  const params = new URLSearchParams(search)
  params.delete('id')
  const rest = params.toString()
  return rest ? `?${rest}` : ''
}

function backToList(): void {
  navigate('/single-sign-on', scenarioSearch(window.location.search))
}

/** A link back to the list that drops `id` from the query string. */
function BackLink(props: { search: string; children: string }) {
  return (
    <Link to="/single-sign-on" search={scenarioSearch(props.search)}>
      {props.children}
    </Link>
  )
}

/**
 * Set up a new identity provider (`/single-sign-on/new`) or edit one
 * (`/single-sign-on/edit?id=con_…`): the kit's `<IdpWizard />` as a host drops it in. Creating,
 * saving and cancelling all return to the single sign-on page.
 */
export function SsoSetupPage(props: { edit?: boolean }) {
  const search = useSearch()
  const id = props.edit ? (new URLSearchParams(search).get('id') ?? '') : undefined
  return (
    <>
      <PageHeader
        title={props.edit ? 'Edit identity provider' : 'New identity provider'}
        intro={
          props.edit
            ? 'Change how people sign in to Lumen with this identity provider.'
            : 'Connect your company’s identity provider so people sign in to Lumen with their work account.'
        }
      >
        <BackLink search={search}>← Back to single sign-on</BackLink>
      </PageHeader>
      {props.edit && !id ? (
        <p className="page-intro">
          No identity provider was given. <BackLink search={search}>Choose one to edit</BackLink>.
        </p>
      ) : (
        <IdpWizard
          key={id ?? 'new'}
          {...(id ? { identityProviderId: id } : {})}
          getVerifyDomainHref={() => hrefFor('/domains', scenarioSearch(search))}
          onIdentityProviderCreated={backToList}
          onIdentityProviderUpdated={backToList}
          onCancel={backToList}
        />
      )}
    </>
  )
}
