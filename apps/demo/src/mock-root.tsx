import { createMockAccessToken, permissionSets, seedOrganizationId } from '@myorg-kit/mock-api'
import { type MyOrgGetAccessToken, MyOrgProvider } from '@myorg-kit/react'
import { useCallback, useState } from 'react'

import { useKitSettings } from './kit-settings.ts'
import type { MockApi } from './mock.ts'
import { type Scenario, useScenario } from './scenario.ts'
import { ScenarioPanel } from './scenario-panel.tsx'
import { type DemoUser, Shell } from './shell.tsx'

const demoUser: DemoUser = {
  name: 'Dana Reyes',
  email: 'dana.reyes@acme.com',
  organization: 'Acme Corp',
  role: 'Acme Corp admin',
}

const roleLabels: Record<Scenario['perm'], string> = {
  admin: 'Acme Corp admin',
  readOnly: 'Acme Corp auditor (read-only)',
  none: 'Acme Corp member',
  custom: 'Custom role',
}

function scopesFor(scenario: Scenario): readonly string[] {
  return scenario.perm === 'custom' ? scenario.scopes : permissionSets[scenario.perm]
}

/** Mock mode: a signed-in demo user whose token carries the scenario's scopes. */
export function MockRoot(props: { api: MockApi }) {
  const scenario = useScenario()
  const kit = useKitSettings(scenario.theme, scenario.locale)
  // A new token (permissions) or API behaviour remounts the provider: a fresh session and cache,
  // as after signing in again.
  const [resets, setResets] = useState(0)
  const scopes = scopesFor(scenario)
  const scopeKey = scopes.join(' ')
  const sessionKey = `${scenario.perm}|${scopeKey}|${scenario.api}|${resets}`

  const getAccessToken = useCallback<MyOrgGetAccessToken>(
    () =>
      Promise.resolve(
        createMockAccessToken({
          scopes: scopeKey.split(' ').filter(Boolean),
          orgId: seedOrganizationId,
        }),
      ),
    [scopeKey],
  )

  const { store } = props.api
  const resetData = useCallback(() => {
    store.reset()
    setResets((count) => count + 1)
  }, [store])

  // The panel lives outside the keyed provider, so it stays open while the session is replaced.
  return (
    <>
      <MyOrgProvider
        key={sessionKey}
        domain="tenant.example"
        getAccessToken={getAccessToken}
        appearance={kit.appearance}
        locale={kit.locale}
        {...(kit.messages ? { messages: kit.messages } : {})}
      >
        <Shell user={{ ...demoUser, role: roleLabels[scenario.perm] }} />
      </MyOrgProvider>
      <ScenarioPanel mockControls onResetData={resetData} />
    </>
  )
}
