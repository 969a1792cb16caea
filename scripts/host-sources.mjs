// What a host app writes with our packages, as scripts/host-install.mjs installs them: its
// own code over every public entry, a server render, and server code using the client in Node.

/** A host's own code: every public entry, used the way the README shows. */
export const hostApp = `
import { Auth0Provider } from '@auth0/auth0-react'
import { createMyOrgClient, MyOrgApiError, operations } from '@myorg-kit/client'
import { createMyOrgProxy } from '@myorg-kit/client/proxy'
import { orgDetailsSchema } from '@myorg-kit/client/schemas'
import {
  DomainList, IdentityProviderList, IdpWizard, InvitationManager, MemberList, MyOrgProvider,
  OrgDetailsForm, ScimTokenManager, myOrgKitScope, useOrgDetails, type MyOrgMessages,
} from '@myorg-kit/react'
import { frFR } from '@myorg-kit/react/locales/fr-FR'
import '@myorg-kit/react/styles.css'

const messages: Partial<MyOrgMessages> = frFR
export const used = [createMyOrgClient, MyOrgApiError, operations, createMyOrgProxy, orgDetailsSchema]

function Name() {
  const details = useOrgDetails()
  return <h1>{details.data?.display_name ?? '…'}</h1>
}

export function App() {
  return (
    <Auth0Provider domain="acme.test" clientId="spa" authorizationParams={{ scope: myOrgKitScope }}>
      <MyOrgProvider domain="acme.test" locale="fr-FR" messages={messages}>
        <Name />
        <OrgDetailsForm onSaved={(details) => console.log(details.name)} />
        <DomainList />
        <IdentityProviderList />
        <IdpWizard onIdentityProviderCreated={(idp) => console.log(idp.id)} />
        <ScimTokenManager identityProviderId="con_1" />
        <MemberList />
        <InvitationManager />
      </MyOrgProvider>
    </Auth0Provider>
  )
}
`

/** Renders each component on the server, as a Next.js page's first paint does. */
export const serverRender = `
import { renderToString } from 'react-dom/server'
import {
  DomainList, IdentityProviderList, IdpWizard, InvitationManager, MemberList, MyOrgProvider,
  OrgDetailsForm, ScimTokenManager,
} from '@myorg-kit/react'

const parts = {
  OrgDetailsForm: <OrgDetailsForm />, DomainList: <DomainList />,
  IdentityProviderList: <IdentityProviderList />, IdpWizard: <IdpWizard />,
  ScimTokenManager: <ScimTokenManager identityProviderId="con_1" />,
  MemberList: <MemberList />, InvitationManager: <InvitationManager />,
}
export const rendered = Object.entries(parts).map(([name, element]) => [
  name,
  renderToString(
    <MyOrgProvider domain="acme.test" getAccessToken={async () => 'token'}>{element}</MyOrgProvider>,
  ),
])
`

/**
 * The client against the mock API's Fetch-style handler, in Node: a module in the host, so the
 * packages resolve by name through their `exports`, as a host's server code resolves them.
 */
export const nodeClient = `
import { createMyOrgClient } from '@myorg-kit/client'
import { createMockAccessToken, createMyOrgHandler, permissionSets } from '@myorg-kit/mock-api'
import { setupMyOrgServer } from '@myorg-kit/mock-api/node'

const handler = createMyOrgHandler()
const client = createMyOrgClient({
  domain: 'acme.test',
  fetch: (input, init) => handler(new Request(input, init)),
  getAccessToken: () => createMockAccessToken({ scopes: permissionSets.admin }),
})
export const details = await client.details.get()
export const domains = await client.domains.list()

// A host's tests: the mock API behind MSW, answering the platform's own fetch.
const { server } = setupMyOrgServer()
server.listen({ onUnhandledRequest: 'error' })
const viaMsw = createMyOrgClient({
  domain: 'tenant.example',
  getAccessToken: () => createMockAccessToken({ scopes: permissionSets.admin }),
})
export const served = await viaMsw.details.get().finally(() => server.close())
`
