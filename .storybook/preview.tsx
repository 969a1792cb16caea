import '@myorg-kit/react/styles.css'
import './preview.css'

import { myOrgScopes } from '@myorg-kit/client'
import { createMockAccessToken, permissionSets, seedOrganizationId } from '@myorg-kit/mock-api'
import { createMyOrgMswHandlers } from '@myorg-kit/mock-api/msw'
import { MyOrgProvider } from '@myorg-kit/react'
import type { Decorator, Preview } from '@storybook/react-vite'
import { setupWorker } from 'msw/browser'
import { mswLoader } from 'msw-storybook-addon/csf3'
import { useGlobals } from 'storybook/preview-api'

import { storyLocale, storyLocaleName, storyLocales } from '../packages/react/test/story-locales.ts'
import {
  type ApiCondition,
  type MyOrgStoryParameters,
  apiConditions,
  applyApiCondition,
  faults,
  handler,
  store,
} from './mock-api.ts'

const permissionChoices = {
  admin: 'Org admin (all scopes)',
  readOnly: 'Read-only',
  none: 'No scopes',
  custom: 'Custom pick…',
} as const
type PermissionChoice = keyof typeof permissionChoices

/**
 * The custom pick is kept in the URL globals as indexes into `myOrgScopes` joined by '-'
 * (`?globals=permissions:custom;customScopes:0-4`): Storybook drops URL global values
 * containing ':', '.' or ','.
 */
function encodeScopes(scopes: readonly string[]): string {
  return myOrgScopes
    .flatMap((scope, index) => (scopes.includes(scope) ? [String(index)] : []))
    .join('-')
}

function decodeScopes(value: string): string[] {
  return value
    .split('-')
    .map((index) => myOrgScopes[Number(index)])
    .filter((scope): scope is (typeof myOrgScopes)[number] => scope !== undefined)
}

function scopesFor(choice: PermissionChoice, custom: string): readonly string[] {
  switch (choice) {
    case 'admin':
      return permissionSets.admin
    case 'readOnly':
      return permissionSets.readOnly
    case 'none':
      return permissionSets.none
    case 'custom':
      return decodeScopes(custom)
    default:
      return choice satisfies never
  }
}

function myOrgParameters(parameters: object): MyOrgStoryParameters {
  const { myOrg } = parameters as { myOrg?: MyOrgStoryParameters }
  return myOrg ?? {}
}

/** With "Custom pick…", a scope picker above the story; the pick lives in the URL globals. */
function ScopePicker(props: { selected: readonly string[]; onChange: (scopes: string[]) => void }) {
  return (
    <details className="sb-scope-picker" open>
      <summary>Custom scopes ({props.selected.length} selected)</summary>
      <fieldset>
        <legend>Scopes in the story’s access token</legend>
        {myOrgScopes.map((scope) => (
          <label key={scope}>
            <input
              type="checkbox"
              checked={props.selected.includes(scope)}
              onChange={(event) => {
                props.onChange(
                  event.target.checked
                    ? [...props.selected, scope]
                    : props.selected.filter((s) => s !== scope),
                )
              }}
            />
            <code>{scope}</code>
          </label>
        ))}
      </fieldset>
    </details>
  )
}

// A named function so the hooks lint sees a component; useGlobals is Storybook's preview hook.
const withMyOrg: Decorator = function MyOrgDecorator(Story, context) {
  const [globals, updateGlobals] = useGlobals()
  const choice = (globals.permissions ?? 'admin') as PermissionChoice
  const custom = typeof globals.customScopes === 'string' ? globals.customScopes : ''
  const { locale, messages } = storyLocale(globals)
  const theme = globals.theme === 'dark' ? 'dark' : 'light'
  const parameters = myOrgParameters(context.parameters)
  const scopes = parameters.scopes ?? scopesFor(choice, custom)
  const key = `${scopes.join(' ')}|${storyLocaleName(globals)}`

  return (
    <div className="sb-canvas" data-theme={theme} data-view-mode={context.viewMode}>
      {choice === 'custom' && !parameters.scopes ? (
        <ScopePicker
          selected={scopes}
          onChange={(next) => {
            updateGlobals({ customScopes: encodeScopes(next) })
          }}
        />
      ) : null}
      <MyOrgProvider
        key={key}
        domain="tenant.example"
        getAccessToken={() =>
          Promise.resolve(createMockAccessToken({ scopes, orgId: seedOrganizationId }))
        }
        locale={locale}
        {...(messages ? { messages } : {})}
        appearance={{ theme }}
      >
        <Story />
      </MyOrgProvider>
    </div>
  )
}

const preview: Preview = {
  tags: ['autodocs'],
  loaders: [
    mswLoader(async () => {
      const worker = setupWorker(...createMyOrgMswHandlers({ handler }))
      await worker.start({
        onUnhandledRequest: 'bypass',
        quiet: true,
        serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      })
      return worker
    }),
  ],
  // Every story starts from a fresh organization and the chosen API condition.
  beforeEach(context) {
    const parameters = myOrgParameters(context.parameters)
    store.reset(parameters.seed)
    faults.reset()
    const condition = parameters.api ?? ((context.globals.api ?? 'normal') as ApiCondition)
    applyApiCondition(condition)
    if (parameters.latencyMs !== undefined) {
      faults.latencyMs = parameters.latencyMs
    }
  },
  decorators: [withMyOrg],
  initialGlobals: {
    permissions: 'admin',
    customScopes: '',
    locale: 'en-US',
    theme: 'light',
    api: 'normal',
  },
  globalTypes: {
    permissions: {
      description: 'Scopes in the signed-in user’s access token',
      toolbar: {
        title: 'Permissions',
        icon: 'lock',
        items: Object.entries(permissionChoices).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the kit’s texts',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(storyLocales).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    api: {
      description: 'How the mocked My Organization API behaves',
      toolbar: {
        title: 'API',
        icon: 'transfer',
        items: Object.entries(apiConditions).map(([value, title]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'fullscreen',
  },
}

export default preview
