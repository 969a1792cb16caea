import { myOrgKitScopes } from '@myorg-kit/react'
import { useId, useState } from 'react'

import { DisclosureButton } from './ui/disclosure-button.tsx'

import {
  type ApiMode,
  type Locale,
  type PermissionPreset,
  type Theme,
  updateScenario,
  useScenario,
} from './scenario.ts'

const permissionOptions: { value: PermissionPreset; label: string; hint: string }[] = [
  { value: 'admin', label: 'Admin', hint: 'every permission' },
  { value: 'readOnly', label: 'Read-only', hint: 'view, never change' },
  { value: 'none', label: 'No access', hint: 'a member without a role' },
  { value: 'custom', label: 'Custom', hint: 'pick the scopes' },
]

interface Option<Value extends string> {
  value: Value
  label: string
}

/** The choices of the scenario's drop-downs, by setting. */
const selectOptions: {
  api: Option<ApiMode>[]
  theme: Option<Theme>[]
  locale: Option<Locale>[]
} = {
  api: [
    { value: 'normal', label: 'Normal' },
    { value: 'slow', label: 'Slow (1.5 s)' },
    { value: 'rate-limited', label: 'Rate-limited (429)' },
    { value: 'server-error', label: 'Server error (500)' },
    { value: 'cors', label: 'CORS blocked' },
    { value: 'offline', label: 'Offline' },
  ],
  theme: [
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
  ],
  locale: [
    { value: 'en-US', label: 'English (US)' },
    { value: 'fr-FR', label: 'Français' },
  ],
}

/**
 * The demo's control panel: what the visitor can simulate. Everything is mirrored in the URL
 * (`?perm=readOnly&api=cors&theme=dark&locale=fr-FR`), so a scenario can be shared as a link.
 */
export function ScenarioPanel(props: { mockControls: boolean; onResetData?: () => void }) {
  const scenario = useScenario()
  const [open, setOpen] = useState(false)
  const [resetDone, setResetDone] = useState(false)
  const panelId = useId()
  const active =
    scenario.perm !== 'admin' ||
    scenario.api !== 'normal' ||
    scenario.theme !== 'light' ||
    scenario.locale !== 'en-US'

  return (
    <aside className="scenario" aria-label="Demo scenario">
      <div id={panelId} className="scenario-panel" hidden={!open}>
        <div className="scenario-head">
          <h2>Demo scenario</h2>
          <p>
            {props.mockControls
              ? 'Simulate who is signed in and how the API behaves. The page reloads its data with each change.'
              : 'Connected to your Auth0 tenant: permissions and API behaviour are real.'}
          </p>
        </div>
        {props.mockControls ? <MockControls scenario={scenario} /> : null}
        <AppearanceControls scenario={scenario} />
        {props.onResetData ? (
          <div className="scenario-footer">
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                props.onResetData?.()
                setResetDone(true)
              }}
            >
              Reset demo data
            </button>
            <span className="muted" role="status">
              {resetDone ? 'Demo data restored.' : ''}
            </span>
          </div>
        ) : null}
      </div>
      <DisclosureButton
        className="scenario-toggle"
        open={open}
        controls={panelId}
        onOpenChange={(next) => {
          setOpen(next)
          setResetDone(false)
        }}
      >
        <span className="scenario-toggle-dot" data-active={active} aria-hidden="true" />
        Demo scenario
      </DisclosureButton>
    </aside>
  )
}

type Scenario = ReturnType<typeof useScenario>

/** Who is signed in and how the mocked API behaves (mock mode only). */
function MockControls(props: { scenario: Scenario }) {
  const { scenario } = props
  return (
    <>
      <fieldset className="scenario-group">
        <legend>Permissions</legend>
        {permissionOptions.map((option) => (
          <label key={option.value} className="choice">
            <input
              type="radio"
              name="perm"
              value={option.value}
              checked={scenario.perm === option.value}
              onChange={() => {
                updateScenario({ perm: option.value })
              }}
            />
            <span>
              {option.label} <span className="choice-hint">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {scenario.perm === 'custom' ? (
        <fieldset className="scenario-group scenario-scopes">
          <legend>Scopes in the access token</legend>
          {myOrgKitScopes.map((scope) => (
            <label key={scope} className="choice choice-small">
              <input
                type="checkbox"
                checked={scenario.scopes.includes(scope)}
                onChange={(event) => {
                  const scopes = event.target.checked
                    ? [...scenario.scopes, scope]
                    : scenario.scopes.filter((item) => item !== scope)
                  updateScenario({ scopes })
                }}
              />
              <code>{scope}</code>
            </label>
          ))}
        </fieldset>
      ) : null}
      <div className="scenario-group">
        <ScenarioSelect scenario={scenario} setting="api" label="API behaviour" />
      </div>
    </>
  )
}

/** The kit's theme and language. */
function AppearanceControls(props: { scenario: Scenario }) {
  return (
    <div className="scenario-group scenario-row">
      <ScenarioSelect scenario={props.scenario} setting="theme" label="Theme" />
      <ScenarioSelect scenario={props.scenario} setting="locale" label="Kit language" />
    </div>
  )
}

/** A labelled drop-down that picks one scenario setting from its fixed list of options. */
function ScenarioSelect(props: {
  scenario: Scenario
  setting: keyof typeof selectOptions
  label: string
}) {
  const { setting } = props
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <select
        value={props.scenario[setting]}
        onChange={(event) => {
          updateScenario({ [setting]: event.target.value })
        }}
      >
        {selectOptions[setting].map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  )
}
