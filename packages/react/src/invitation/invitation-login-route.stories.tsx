import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'

import { InvitationLoginRoute } from './invitation-login-route.tsx'

const ticket = 'Fv2iI4lQxBbR4ZG5MkXR8K3dcuVdURYX'
const org = 'org_W9cKd2LZt3pXqR8m'

/** The browser leaves the page: the redirect never settles. */
const leaves = () => new Promise<void>(() => undefined)

/**
 * The host app's login route (Auth0's Application Login URI). Stories pass their own
 * `loginWithRedirect`, so no Auth0Provider is needed here.
 */
const meta = {
  title: 'Invitations/InvitationLoginRoute',
  component: InvitationLoginRoute,
  args: {
    search: `?invitation=${ticket}&organization=${org}&organization_name=acme-corp`,
    loginWithRedirect: fn(leaves),
  },
} satisfies Meta<typeof InvitationLoginRoute>

export default meta
type Story = StoryObj<typeof meta>

export const Redirecting: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('status')).toHaveTextContent(
      'You were invited to join acme-corp.',
    )
    await expect(args.loginWithRedirect).toHaveBeenCalledWith({
      authorizationParams: { invitation: ticket, organization: org },
    })
  },
}

export const DamagedLink: Story = {
  args: { search: `?invitation=%27%3E&organization=${org}` },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'This invitation link doesn’t work',
    )
    await expect(args.loginWithRedirect).not.toHaveBeenCalled()
  },
}

export const NoInvitation: Story = {
  args: { search: '', loginWithoutInvitation: false },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toHaveTextContent('No invitation in this link')
  },
}

export const RedirectFailed: Story = {
  args: { loginWithRedirect: fn(() => Promise.reject(new Error('offline'))) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toHaveTextContent(
      'We couldn’t open the sign-in page',
    )
    await expect(canvas.getByRole('button', { name: 'Try again' })).toBeVisible()
  },
}
