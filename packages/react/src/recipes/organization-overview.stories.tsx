import type { Meta, StoryObj } from '@storybook/react-vite'
import type { ReactNode } from 'react'
import { expect, waitFor, within } from 'storybook/test'

import { useDomains } from '../api/domains.queries.ts'
import { useIdentityProviders } from '../api/identity-providers.queries.ts'
import { useOrgDetails } from '../api/organization.queries.ts'
import { MyOrgErrorNotice } from '../components/error-notice/error-notice.tsx'
import { useMyOrgTranslator } from '../i18n/use-my-org-translator.ts'
import { useMyOrgPermissions } from '../provider/use-my-org-session.ts'
import { useMyOrgRootProps } from '../theming/use-my-org-root-props.ts'

/** The host app's own texts for this recipe (a host keeps its texts in one typed object too). */
const recipeText = {
  title: 'Your organization',
  domains: 'Email domains',
  providers: 'Single sign-on connections',
  noDomains: 'No domains yet. Add your company’s email domain to route sign-ins to your SSO.',
  noProviders: 'No single sign-on connection yet.',
  verified: 'Verified',
  pending: 'Pending',
  failed: 'Failed',
  enabled: 'Enabled',
  disabled: 'Disabled',
}

/**
 * A host-built overview on the headless hooks: the pattern every component follows. Ask
 * `useMyOrgPermissions()` before fetching, show a skeleton while loading, a useful empty state,
 * and `MyOrgErrorNotice` for failures.
 */
function OrganizationOverview(): ReactNode {
  const rootProps = useMyOrgRootProps({
    componentClassName: 'mk-Recipe',
    style: { display: 'grid', gap: '1rem' },
  })
  const { t } = useMyOrgTranslator()
  const permissions = useMyOrgPermissions()
  const canReadDetails = permissions.can('getOrganizationDetails')
  const canReadDomains = permissions.can('listDomains')
  const canReadProviders = permissions.can('listIdentityProviders')
  const details = useOrgDetails({ enabled: canReadDetails })
  const domains = useDomains({ enabled: canReadDomains })
  const providers = useIdentityProviders({ enabled: canReadProviders })

  if (permissions.status === 'loading') {
    return (
      <div {...rootProps}>
        <p role="status">{t('common.status.loading')}</p>
      </div>
    )
  }
  if (!canReadDetails && !canReadDomains && !canReadProviders) {
    return (
      <div {...rootProps}>
        <div className="mk-alert" role="note">
          <p className="mk-alert-title">{t('common.status.noPermission')}</p>
        </div>
      </div>
    )
  }

  const statusText = {
    verified: recipeText.verified,
    pending: recipeText.pending,
    failed: recipeText.failed,
  }
  const statusVariant = { verified: 'success', pending: 'warning', failed: 'danger' } as const

  return (
    <div {...rootProps}>
      <section className="mk-card" aria-labelledby="recipe-title" aria-busy={details.isPending}>
        <h2 id="recipe-title" className="mk-card-title">
          {details.data?.display_name ?? recipeText.title}
        </h2>
        {details.error ? (
          <MyOrgErrorNotice error={details.error} onRetry={() => void details.refetch()} />
        ) : null}
        {details.isPending && canReadDetails ? (
          <div
            className="mk-skeleton"
            role="status"
            aria-label={t('common.status.loading')}
            style={{ blockSize: '1rem', inlineSize: '40%' }}
          />
        ) : null}
      </section>

      {canReadDomains ? (
        <section className="mk-card" aria-labelledby="recipe-domains">
          <h2 id="recipe-domains" className="mk-card-title">
            {recipeText.domains}
          </h2>
          {domains.error ? (
            <MyOrgErrorNotice error={domains.error} onRetry={() => void domains.refetch()} />
          ) : domains.isPending ? (
            <p role="status">{t('common.status.loading')}</p>
          ) : domains.data.domains.length === 0 ? (
            <p>{recipeText.noDomains}</p>
          ) : (
            <ul aria-label={recipeText.domains}>
              {domains.data.domains.map((domain) => (
                <li key={domain.id}>
                  {domain.domain}{' '}
                  <span className="mk-badge" data-variant={statusVariant[domain.status]}>
                    {statusText[domain.status]}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {canReadProviders ? (
        <section className="mk-card" aria-labelledby="recipe-providers">
          <h2 id="recipe-providers" className="mk-card-title">
            {recipeText.providers}
          </h2>
          {providers.error ? (
            <MyOrgErrorNotice error={providers.error} onRetry={() => void providers.refetch()} />
          ) : providers.isPending ? (
            <p role="status">{t('common.status.loading')}</p>
          ) : providers.data.length === 0 ? (
            <p>{recipeText.noProviders}</p>
          ) : (
            <ul aria-label={recipeText.providers}>
              {providers.data.map((provider) => (
                <li key={provider.id}>
                  {provider.display_name ?? provider.name}{' '}
                  <span
                    className="mk-badge"
                    data-variant={provider.is_enabled ? 'success' : undefined}
                  >
                    {provider.is_enabled ? recipeText.enabled : recipeText.disabled}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </div>
  )
}

const meta = {
  title: 'Headless/Organization overview (hooks recipe)',
  component: OrganizationOverview,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof OrganizationOverview>

export default meta
type Story = StoryObj<typeof meta>

export const Success: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('heading', { name: 'Acme Corp' })).toBeVisible()
    const domains = await canvas.findByRole('list', { name: 'Email domains' })
    await expect(within(domains).getByText('acme.com')).toBeVisible()
    await expect(
      await canvas.findByRole('list', { name: 'Single sign-on connections' }),
    ).toBeVisible()
  },
}

export const Loading: Story = {
  parameters: { myOrg: { latencyMs: 60_000 } },
  play: async ({ canvasElement }) => {
    await expect((await within(canvasElement).findAllByRole('status')).length).toBeGreaterThan(0)
  },
}

export const Empty: Story = {
  parameters: { myOrg: { seed: { domains: [], identityProviders: [] } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByText(recipeText.noDomains)).toBeVisible()
    await expect(await canvas.findByText(recipeText.noProviders)).toBeVisible()
  },
}

export const ServerError: Story = {
  parameters: { myOrg: { api: 'server-error' } },
  play: async ({ canvasElement }) => {
    const alerts = await within(canvasElement).findAllByRole('alert', {}, { timeout: 5000 })
    await expect(alerts[0]).toHaveTextContent('Something went wrong on the server')
  },
}

export const RateLimited: Story = {
  parameters: { myOrg: { api: 'rate-limited' } },
  play: async ({ canvasElement }) => {
    const alerts = await within(canvasElement).findAllByRole('alert', {}, { timeout: 15_000 })
    await expect(alerts[0]).toHaveTextContent('Too many requests')
  },
}

export const CorsFailure: Story = {
  parameters: { myOrg: { api: 'cors' } },
  play: async ({ canvasElement }) => {
    const alerts = await within(canvasElement).findAllByRole('alert', {}, { timeout: 5000 })
    await expect(alerts[0]).toHaveTextContent('Allowed Origins (CORS)')
    await expect(alerts[0]).toHaveTextContent(window.location.origin)
  },
}

export const Offline: Story = {
  parameters: { myOrg: { api: 'offline' } },
  play: async ({ canvasElement }) => {
    const alerts = await within(canvasElement).findAllByRole('alert', {}, { timeout: 5000 })
    await expect(alerts[0]).toHaveTextContent('You seem to be offline')
  },
}

export const NoPermission: Story = {
  parameters: { myOrg: { scopes: [] } },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('You don’t have permission to view this.'),
    ).toBeVisible()
  },
}

export const DomainsOnly: Story = {
  name: 'Partial permissions (domains only)',
  parameters: { myOrg: { scopes: ['read:my_org:domains'] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('list', { name: 'Email domains' })).toBeVisible()
    await waitFor(() =>
      expect(canvas.queryByRole('heading', { name: 'Single sign-on connections' })).toBeNull(),
    )
  },
}
