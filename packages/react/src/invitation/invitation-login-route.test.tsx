import {
  Auth0Context,
  type Auth0ContextInterface,
  type RedirectLoginOptions,
  initialContext,
} from '@auth0/auth0-react'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { frFR } from '../locales/fr-FR.ts'
import { InvitationLoginRoute, type InvitationLoginRouteProps } from './invitation-login-route.tsx'

const ticket = 'Fv2iI4lQxBbR4ZG5MkXR8K3dcuVdURYX'
const org = 'org_W9cKd2LZt3pXqR8m'
const link = `?invitation=${ticket}&organization=${org}&organization_name=acme-corp`

/** An Auth0Provider stand-in whose `loginWithRedirect` records its calls. */
function fakeAuth0(login: (options?: RedirectLoginOptions) => Promise<void>) {
  const loginWithRedirect = vi.fn(login)
  const value = {
    ...initialContext,
    isLoading: false,
    isAuthenticated: false,
    loginWithRedirect,
  } as unknown as Auth0ContextInterface
  return { value, loginWithRedirect }
}

/** A redirect that never resolves, as the browser leaves the page. */
const leaves = () => new Promise<void>(() => undefined)

function renderRoute(
  props: InvitationLoginRouteProps,
  login: (options?: RedirectLoginOptions) => Promise<void> = leaves,
) {
  const auth0 = fakeAuth0(login)
  render(
    <StrictMode>
      <Auth0Context.Provider value={auth0.value}>
        <InvitationLoginRoute {...props} />
      </Auth0Context.Provider>
    </StrictMode>,
  )
  return auth0
}

describe('InvitationLoginRoute', () => {
  it('sends the invitation and organization to /authorize exactly once, even in StrictMode', async () => {
    const auth0 = renderRoute({ search: link, appState: { returnTo: '/' } })
    expect(
      await screen.findByText(
        'You were invited to join acme-corp. Sign in or create your account to accept.',
      ),
    ).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Taking you to sign in…')
    expect(auth0.loginWithRedirect).toHaveBeenCalledTimes(1)
    expect(auth0.loginWithRedirect).toHaveBeenCalledWith({
      appState: { returnTo: '/' },
      authorizationParams: { invitation: ticket, organization: org },
    })
  })

  it('keeps the host’s other /authorize parameters but never lets them replace the invitation', () => {
    const auth0 = renderRoute({
      search: link,
      authorizationParams: { redirect_uri: 'https://app.example/', invitation: 'forged-ticket' },
    })
    expect(auth0.loginWithRedirect).toHaveBeenCalledWith({
      authorizationParams: {
        redirect_uri: 'https://app.example/',
        invitation: ticket,
        organization: org,
      },
    })
  })

  it('reads the current address by default', () => {
    window.history.replaceState(null, '', `/login${link}`)
    try {
      const auth0 = renderRoute({})
      expect(auth0.loginWithRedirect).toHaveBeenCalledWith({
        authorizationParams: { invitation: ticket, organization: org },
      })
    } finally {
      window.history.replaceState(null, '', '/')
    }
  })

  it('says the link is broken, and sends nothing, when the invitation is malformed', () => {
    const auth0 = renderRoute({ search: `?invitation=x'%3E&organization=${org}` })
    expect(screen.getByRole('alert')).toHaveTextContent(
      'This invitation link doesn’t work' +
        'The link is incomplete or was changed. Open it again from your invitation email, or ask your administrator for a new invitation.',
    )
    expect(auth0.loginWithRedirect).not.toHaveBeenCalled()
  })

  it('starts a plain login without an invitation (Auth0 also uses the login URI for that)', () => {
    const auth0 = renderRoute({ search: '' })
    expect(screen.getByRole('status')).toHaveTextContent(
      'One moment while we open the sign-in page.',
    )
    expect(auth0.loginWithRedirect).toHaveBeenCalledTimes(1)
    expect(auth0.loginWithRedirect).toHaveBeenCalledWith({ authorizationParams: {} })
  })

  it('waits for an invitation when plain logins are off', () => {
    const auth0 = renderRoute({ search: '', loginWithoutInvitation: false })
    expect(screen.getByRole('alert')).toHaveTextContent('No invitation in this link')
    expect(auth0.loginWithRedirect).not.toHaveBeenCalled()
  })

  it('offers a retry when the redirect fails, and the retry sends the invitation again', async () => {
    const user = userEvent.setup()
    let attempt = 0
    const auth0 = renderRoute({ search: link }, () => {
      attempt += 1
      return attempt === 1 ? Promise.reject(new Error('offline')) : leaves()
    })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('We couldn’t open the sign-in page')
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('status')).toHaveTextContent('Taking you to sign in…')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(auth0.loginWithRedirect).toHaveBeenCalledTimes(2)
    expect(auth0.loginWithRedirect).toHaveBeenLastCalledWith({
      authorizationParams: { invitation: ticket, organization: org },
    })
  })

  it('uses a host’s own loginWithRedirect when given one', () => {
    const own = vi.fn(leaves)
    const auth0 = renderRoute({ search: link, loginWithRedirect: own })
    expect(own).toHaveBeenCalledTimes(1)
    expect(auth0.loginWithRedirect).not.toHaveBeenCalled()
  })

  it('explains a missing Auth0Provider instead of failing silently', async () => {
    render(<InvitationLoginRoute search={link} />)
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t open the sign-in page')
  })

  it('speaks French with the fr-FR bundle', () => {
    renderRoute({ search: link, locale: 'fr-FR', messages: frFR })
    expect(screen.getByRole('status')).toHaveTextContent(
      'Vous avez été invité(e) à rejoindre acme-corp. Connectez-vous ou créez votre compte pour accepter.',
    )
  })

  it('shows the organization name from the link as text, never as markup', () => {
    renderRoute({
      search: `?invitation=${ticket}&organization=${org}&organization_name=%3Cimg%20src%3Dx%3E`,
    })
    expect(screen.getByRole('status')).toHaveTextContent('You were invited to join <img src=x>.')
    expect(document.querySelector('img')).toBeNull()
  })
})
