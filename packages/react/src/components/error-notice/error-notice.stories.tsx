import {
  MyOrgApiError,
  MyOrgCodeLoadError,
  MyOrgNetworkError,
  MyOrgResponseValidationError,
  MyOrgTokenError,
} from '@myorg-kit/client'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor, within } from 'storybook/test'

import { MyOrgErrorNotice } from './error-notice.tsx'

const apiOrigin = 'https://tenant.example'

/** Every kind of failure the kit explains. Stories pick one by key (docs get a select control). */
const errors = {
  cors: new MyOrgNetworkError({
    reason: 'cors',
    apiOrigin,
    pageOrigin: 'https://app.example.com',
    operation: 'getOrganizationDetails',
  }),
  offline: new MyOrgNetworkError({ reason: 'offline', apiOrigin }),
  timeout: new MyOrgNetworkError({ reason: 'timeout', apiOrigin }),
  rateLimited: new MyOrgApiError({
    status: 429,
    type: 'https://auth0.com/api-errors#A0E-429-0003',
    title: 'Endpoint Rate Limit Exceeded',
    detail: 'The endpoint request limit has been exceeded.',
    retryAfter: 2,
  }),
  serverError: new MyOrgApiError({
    status: 500,
    title: 'Internal Server Error',
    operation: 'listDomains',
  }),
  noPermission: new MyOrgApiError({
    status: 403,
    type: 'https://auth0.com/api-errors#A0E-403-0002',
    title: 'Insufficient Scope',
    operation: 'createDomain',
  }),
  consentRequired: new MyOrgTokenError('consent_required', 'Consent required'),
  mfaRequired: new MyOrgTokenError('mfa_required', 'Multifactor authentication required'),
  sessionExpired: new MyOrgApiError({
    status: 401,
    type: 'https://auth0.com/api-errors#A0E-401-0002',
    title: 'Invalid Token',
  }),
  codeDidNotLoad: new MyOrgCodeLoadError({
    cause: new TypeError('Failed to fetch dynamically imported module'),
  }),
  unexpectedResponse: new MyOrgResponseValidationError(
    [{ path: ['status'], field: 'status', message: 'Invalid option' }],
    200,
    'getDomain',
  ),
}

const meta = {
  title: 'Foundations/MyOrgErrorNotice',
  component: MyOrgErrorNotice,
  args: { onRetry: fn(), error: 'cors' },
  argTypes: {
    error: { options: Object.keys(errors), mapping: errors, control: { type: 'select' } },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<typeof MyOrgErrorNotice>

export default meta
type Story = StoryObj<typeof meta>

export const CorsFailure: Story = {
  args: { error: 'cors' },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent('The browser blocked the request')
    await expect(alert).toHaveTextContent('add https://app.example.com to “Allowed Origins (CORS)”')
    await expect(within(alert).getByRole('button', { name: 'Copy the origin' })).toBeVisible()
  },
}

export const Offline: Story = {
  args: { error: 'offline' },
}

export const Timeout: Story = {
  args: { error: 'timeout' },
}

export const RateLimited: Story = {
  args: { error: 'rateLimited' },
  play: async ({ canvasElement, args }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent('Too many requests')
    await expect(alert).toHaveTextContent(/Retrying in \d seconds?…/)
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1), { timeout: 4000 })
  },
}

export const ServerError: Story = {
  args: { error: 'serverError' },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent('Something went wrong on the server')
    await expect(alert).toHaveTextContent('HTTP 500 · listDomains')
  },
}

export const NoPermission: Story = {
  args: { error: 'noPermission' },
  parameters: { myOrg: { scopes: ['read:my_org:domains'] } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent('You don’t have permission to do this')
    await waitFor(() => expect(alert).toHaveTextContent('create:my_org:domains'))
  },
}

export const ConsentRequired: Story = {
  args: { error: 'consentRequired' },
}

export const MfaRequired: Story = {
  args: { error: 'mfaRequired' },
}

export const SessionExpired: Story = {
  args: { error: 'sessionExpired' },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent('Your session has expired')
    await expect(within(alert).getByRole('button', { name: 'Sign in again' })).toBeVisible()
  },
}

/** A dialog or wizard step whose code failed to download (offline, or after a redeploy). */
export const CodeDidNotLoad: Story = {
  args: { error: 'codeDidNotLoad' },
  play: async ({ canvasElement, args }) => {
    const alert = await within(canvasElement).findByRole('alert')
    await expect(alert).toHaveTextContent('This part of the page didn’t load')
    await expect(alert).toHaveTextContent('what you entered is kept')
    within(alert).getByRole('button', { name: 'Try again' }).click()
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1))
  },
}

export const UnexpectedResponse: Story = {
  args: { error: 'unexpectedResponse' },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent(
      'Unexpected answer from the server',
    )
  },
}

export const InFrench: Story = {
  args: { error: 'offline' },
}

export const Dark: Story = {
  args: CorsFailure.args,
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const root = await within(canvasElement).findByRole('alert')
    await expect(root).toHaveAttribute('data-mk-theme', 'dark')
  },
}
