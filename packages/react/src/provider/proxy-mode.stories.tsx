/// <reference types="msw-storybook-addon/types" />
import { createMyOrgProxy } from '@myorg-kit/client/proxy'
import { createMockAccessToken, permissionSets } from '@myorg-kit/mock-api'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { http } from 'msw'
import { expect, within } from 'storybook/test'

import { handler } from '../../../../.storybook/mock-api.ts'
import { DomainList } from '../components/domain-list/domain-list.tsx'
import { MyOrgProvider } from './my-org-provider.tsx'

const LOGIN_URL = '/auth/login'

/**
 * The host's route handler, played by the worker: the real `createMyOrgProxy` at `/api/my-org`
 * on the page's origin, adding the server's token (`null`: signed out) before the mock API.
 */
function hostRoute(token: string | null) {
  const proxy = createMyOrgProxy({
    baseUrl: 'https://tenant.example/my-org',
    basePath: '/api/my-org',
    loginUrl: LOGIN_URL,
    getAccessToken: () => Promise.resolve(token),
    fetch: (input, init) => handler(new Request(input, init)),
  })
  return [http.all('*/api/my-org/*', ({ request }) => proxy(request))]
}

/**
 * Proxy mode: `<MyOrgProvider proxy={{ baseUrl: '/api/my-org', loginUrl }}>`, no token in the
 * browser and no `<Auth0Provider>`. The toolbar's permissions and API condition don't apply: the
 * host's server session decides.
 */
const meta = {
  title: 'Connect/Proxy mode',
  component: DomainList,
  parameters: { layout: 'fullscreen' },
  decorators: [
    (Story) => (
      <MyOrgProvider proxy={{ baseUrl: '/api/my-org', loginUrl: LOGIN_URL }}>
        <div style={{ maxWidth: '60rem', marginInline: 'auto' }}>
          <Story />
        </div>
      </MyOrgProvider>
    ),
  ],
} satisfies Meta<typeof DomainList>

export default meta
type Story = StoryObj<typeof meta>

/** DomainList through the host's proxy: the server holds an admin token. */
export const DomainListThroughProxy: Story = {
  parameters: {
    msw: hostRoute(createMockAccessToken({ scopes: permissionSets.admin })),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('rowheader', { name: 'acme.com' })).toBeVisible()
    await expect(canvas.getByRole('textbox', { name: 'Domain' })).toBeVisible()
  },
}

/** The host's session has ended: "Sign in again" links to the host's login page. */
export const SignedOut: Story = {
  parameters: { msw: hostRoute(null) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const link = await canvas.findByRole('link', { name: 'Sign in again' })
    await expect(link).toHaveAttribute('href', LOGIN_URL)
    await expect(canvas.getByRole('alert')).toHaveTextContent('Please sign in again')
  },
}
