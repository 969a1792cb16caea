import { MyOrgApiError, isFullIdentityProvider } from '@myorg-kit/client'
import { seedId } from '@myorg-kit/mock-api'
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { faults, store } from '../../test/server.ts'
import {
  type DomainSyncProgress,
  type DomainSyncResult,
  useSyncIdentityProviderDomains,
} from './identity-provider-domains.queries.ts'
import { useIdentityProvider, useIdentityProviders } from './identity-providers.queries.ts'
import { countRequests } from './test-fixtures/count-requests.ts'

const okta = seedId('con', 'acme-okta')

function describeStep(step: DomainSyncProgress): string {
  const outcome = step.outcome === 'failed' ? `failed (${step.error.name})` : step.outcome
  return `${String(step.current)}/${String(step.total)} ${step.change} ${step.domain}: ${outcome}`
}

/** The Okta provider's domains in the list and in its own query, and a button to sync. */
function DomainsOfOkta(props: { link: string[]; unlink: string[] }) {
  const list = useIdentityProviders()
  const detail = useIdentityProvider(okta)
  const sync = useSyncIdentityProviderDomains()
  const [steps, setSteps] = useState<string[]>([])
  const [result, setResult] = useState<DomainSyncResult | null>(null)
  const listed = list.data?.find((idp) => idp.id === okta)
  return (
    <div>
      <p>list: {listed && isFullIdentityProvider(listed) ? listed.domains?.join(',') : ''}</p>
      <p>detail: {detail.data?.domains?.join(',')}</p>
      <button
        type="button"
        onClick={() => {
          setSteps([])
          void sync
            .mutateAsync({
              idpId: okta,
              link: props.link,
              unlink: props.unlink,
              onProgress: (step) => {
                setSteps((previous) => [...previous, describeStep(step)])
              },
            })
            .then(setResult)
        }}
      >
        apply
      </button>
      <ol aria-label="steps">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {result ? (
        <p>
          linked: {result.linked.join(',')}; unlinked: {result.unlinked.join(',')}; failed:{' '}
          {result.failed
            .map(
              (failure) =>
                `${failure.change} ${failure.domain} ${failure.error instanceof MyOrgApiError ? String(failure.error.status) : 'other'}`,
            )
            .join(',')}
        </p>
      ) : null}
    </div>
  )
}

function linkedInStore(): string[] {
  return store.state.identityProviders.find((idp) => idp.id === okta)?.domains ?? []
}

describe('useSyncIdentityProviderDomains', () => {
  it('links then unlinks, reports each step, collects failures and goes on', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<DomainsOfOkta link={['acme-labs.io', 'acme.co.uk']} unlink={['acme.com']} />)
    expect(await screen.findByText('detail: acme.com')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'apply' }))

    expect(
      await screen.findByText(
        'linked: acme.co.uk; unlinked: acme.com; failed: link acme-labs.io 400',
      ),
    ).toBeInTheDocument()
    expect(
      within(screen.getByRole('list', { name: 'steps' }))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '1/3 link acme-labs.io: pending',
      '1/3 link acme-labs.io: failed (MyOrgApiError)',
      '2/3 link acme.co.uk: pending',
      '2/3 link acme.co.uk: linked',
      '3/3 unlink acme.com: pending',
      '3/3 unlink acme.com: unlinked',
    ])
    expect(linkedInStore()).toEqual(['acme.co.uk'])
    expect(screen.getByText('detail: acme.co.uk')).toBeInTheDocument()
    expect(screen.getByText('list: acme.co.uk')).toBeInTheDocument()
  })

  it('sends one request per change and nothing more: each answer is the new state', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<DomainsOfOkta link={['acme.co.uk']} unlink={['acme.com']} />)
    expect(await screen.findByText('detail: acme.com')).toBeInTheDocument()
    expect(await screen.findByText('list: acme.com')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'apply' }))

    expect(await screen.findByText(/^linked: acme.co.uk; unlinked: acme.com/)).toBeInTheDocument()
    // Both the list and the provider's own query are on screen: the confirmed changes are
    // written into both, with no read of the provider, per query or per change.
    expect(await requests.settle()).toEqual([
      `POST /my-org/identity-providers/${okta}/domains`,
      `DELETE /my-org/identity-providers/${okta}/domains/acme.com`,
    ])
    expect(screen.getByText('list: acme.co.uk')).toBeInTheDocument()
    expect(screen.getByText('detail: acme.co.uk')).toBeInTheDocument()
  })

  it('an empty batch sends nothing', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<DomainsOfOkta link={[]} unlink={[]} />)
    expect(await screen.findByText('detail: acme.com')).toBeInTheDocument()
    const requests = countRequests()

    await user.click(screen.getByRole('button', { name: 'apply' }))

    expect(await screen.findByText('linked: ; unlinked: ; failed:')).toBeInTheDocument()
    expect(await requests.settle()).toEqual([])
  })

  it('shows what changed even where reading the provider would fail (it is not read)', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<DomainsOfOkta link={['acme.co.uk']} unlink={[]} />)
    expect(await screen.findByText('detail: acme.com')).toBeInTheDocument()
    faults.serverError = { status: 500, operations: ['getIdentityProvider'] }

    await user.click(screen.getByRole('button', { name: 'apply' }))

    expect(await screen.findByText('linked: acme.co.uk; unlinked: ; failed:')).toBeInTheDocument()
    expect(screen.getByText('detail: acme.com,acme.co.uk')).toBeInTheDocument()
    expect(screen.getByText('list: acme.com,acme.co.uk')).toBeInTheDocument()
  })
})
