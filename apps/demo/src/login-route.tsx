import { InvitationLoginRoute } from '@myorg-kit/react'

import { useKitSettings } from './kit-settings.ts'
import { useScenario } from './scenario.ts'

/** The app path Auth0's Application Login URI points at (`https://<host>/login`). */
export const loginPath = '/login'

/**
 * The demo's login route: an invitation link (`/login?invitation=…&organization=…`) continues to
 * the tenant's `/authorize` with both, so the invitee can accept; without one, a plain login.
 * Either way the user comes back to the overview.
 */
export function LoginRoute() {
  const scenario = useScenario()
  const kit = useKitSettings(scenario.theme, scenario.locale)
  return (
    <main className="signin">
      <div className="signin-card">
        <span className="brand-mark signin-mark" aria-hidden="true">
          L
        </span>
        <InvitationLoginRoute
          appState={{ returnTo: '/' }}
          appearance={kit.appearance}
          locale={kit.locale}
          {...(kit.messages ? { messages: kit.messages } : {})}
        />
      </div>
    </main>
  )
}
