import { MyOrgResponseValidationError } from '@myorg-kit/client'
import { createDomainFixture, permissionSets, scopesWithout } from '@myorg-kit/mock-api'
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../../test/render.tsx'
import { faults, server, store } from '../../../test/server.ts'
import { DomainList } from './domain-list.tsx'

const api = 'https://tenant.example/my-org'

/** Records matching requests, then lets the mock API answer (a resolver returning undefined). */
function capture(method: 'get' | 'post' | 'delete', path: string) {
  const requests: { url: string; body: unknown }[] = []
  server.use(
    http[method](`${api}${path}`, async ({ request }) => {
      const text = await request.clone().text()
      requests.push({ url: request.url, body: text ? (JSON.parse(text) as unknown) : undefined })
      return undefined
    }),
  )
  return requests
}

function row(domain: string): HTMLElement {
  const header = screen.getByRole('rowheader', { name: domain })
  const tr = header.closest('tr')
  if (!tr) {
    throw new Error(`no row for ${domain}`)
  }
  return tr
}

function domainRecord(name: string) {
  const found = store.state.domains.find((domain) => domain.domain === name)
  if (!found) {
    throw new Error(`no domain ${name}`)
  }
  return found
}

function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  document.dispatchEvent(new Event('visibilitychange'))
}

afterEach(() => {
  vi.useRealTimers()
  setVisibility('visible')
})

describe('DomainList', () => {
  describe('listing', () => {
    it('shows every domain in an accessible table with its status badge', async () => {
      renderWithMyOrg(<DomainList />)
      const table = await screen.findByRole('table', { name: 'Your organization’s domains' })
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent),
      ).toEqual(['acme.com', 'acme.co.uk', 'acme-labs.io', 'acmecorp.dev', 'acme-legacy.net'])
      expect(row('acme.com')).toHaveTextContent('Verified')
      expect(row('acme-labs.io')).toHaveTextContent('Pending')
      expect(row('acme-legacy.net')).toHaveTextContent('Failed')
      expect(within(row('acme-labs.io')).getByRole('button', { name: 'Verify acme-labs.io' }))
      expect(within(row('acme.com')).queryByRole('button', { name: /Verify/ })).toBeNull()
      expect(screen.getByText(/Showing 5 domains/)).toBeVisible()
      expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
    })

    it('loads 120 domains over 3 pages with Load more', async () => {
      store.reset({
        domains: Array.from({ length: 120 }, (_, i) =>
          createDomainFixture(`d${String(i).padStart(3, '0')}.example.com`),
        ),
      })
      const lists = capture('get', '/domains')
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      await screen.findByRole('rowheader', { name: 'd049.example.com' })
      expect(screen.getAllByRole('rowheader')).toHaveLength(50)
      await user.click(screen.getByRole('button', { name: 'Load more' }))
      await screen.findByRole('rowheader', { name: 'd099.example.com' })
      expect(screen.getAllByRole('rowheader')).toHaveLength(100)
      await user.click(screen.getByRole('button', { name: 'Load more' }))
      await screen.findByRole('rowheader', { name: 'd119.example.com' })
      expect(screen.getAllByRole('rowheader')).toHaveLength(120)
      expect(screen.getByText(/Showing 120 domains · All domains are shown/)).toBeVisible()
      expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull()
      expect(lists).toHaveLength(3)
      expect(new URL(lists[2]?.url ?? '').searchParams.get('from')).toBeTruthy()
    })

    it('explains what to do when there is no domain yet', async () => {
      store.reset({ domains: [] })
      renderWithMyOrg(<DomainList />)
      expect(await screen.findByText('No domains yet')).toBeVisible()
      expect(screen.getByText(/Add your company’s email domain, such as acme.com/)).toBeVisible()
      expect(screen.getByRole('textbox', { name: 'Domain' })).toBeVisible()
      expect(screen.queryByRole('table')).toBeNull()
    })

    it('renders a custom empty state', async () => {
      store.reset({ domains: [] })
      renderWithMyOrg(<DomainList emptyState={<p>Nothing here, add one above.</p>} />)
      expect(await screen.findByText('Nothing here, add one above.')).toBeVisible()
      expect(screen.queryByText('No domains yet')).toBeNull()
    })

    it('shows a loading state, then the domains', async () => {
      faults.latencyMs = 150
      renderWithMyOrg(<DomainList />)
      expect(await screen.findByRole('status', { name: 'Loading domains…' })).toBeInTheDocument()
      await screen.findByRole('rowheader', { name: 'acme.com' })
      expect(screen.queryByRole('status', { name: 'Loading domains…' })).toBeNull()
    })
  })

  describe('adding', () => {
    it('normalises messy input, previews it, sends { domain } and shows the TXT record', async () => {
      const posts = capture('post', '/domains')
      const onDomainCreated = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList onDomainCreated={onDomainCreated} />)
      store.reset({ domains: [] })
      const input = await screen.findByRole('textbox', { name: 'Domain' })
      await user.type(input, '  HTTPS://Shop.Acme.COM:443/login?x=1  ')
      expect(screen.getByText('Will add shop.acme.com')).toBeVisible()
      await user.click(screen.getByRole('button', { name: 'Add domain' }))

      const panel = await screen.findByRole('group', { name: 'Verify shop.acme.com' })
      expect(posts.map((request) => request.body)).toEqual([{ domain: 'shop.acme.com' }])
      expect(onDomainCreated).toHaveBeenCalledWith(
        expect.objectContaining({ domain: 'shop.acme.com', status: 'pending' }),
      )
      const created = domainRecord('shop.acme.com')
      expect(within(panel).getByText(created.verification_host)).toBeVisible()
      expect(within(panel).getByText(created.verification_txt)).toBeVisible()
      expect(
        within(panel).getByText(
          `${created.verification_host}. 300 IN TXT "${created.verification_txt}"`,
        ),
      ).toBeVisible()
      expect(panel).toHaveTextContent(/TXT records/)
      expect(panel).toHaveTextContent(/minutes to a few hours/)
      expect(input).toHaveValue('')
      expect(await screen.findByRole('rowheader', { name: 'shop.acme.com' })).toBeVisible()
    })

    it('sends exactly { domain: "acme.com" } for HTTPS://Acme.COM/login', async () => {
      store.reset({ domains: [] })
      const posts = capture('post', '/domains')
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      await user.type(
        await screen.findByRole('textbox', { name: 'Domain' }),
        'HTTPS://Acme.COM/login',
      )
      expect(screen.getByText('Will add acme.com')).toBeVisible()
      await user.click(screen.getByRole('button', { name: 'Add domain' }))
      await screen.findByRole('group', { name: 'Verify acme.com' })
      expect(posts.map((request) => request.body)).toEqual([{ domain: 'acme.com' }])
    })

    it('copies the host and value and announces "Copied"', async () => {
      const user = userEvent.setup()
      const writeText = vi.spyOn(navigator.clipboard, 'writeText')
      renderWithMyOrg(<DomainList />)
      await user.click(await screen.findByRole('button', { name: 'DNS record for acmecorp.dev' }))
      const panel = screen.getByRole('group', { name: 'Verify acmecorp.dev' })
      await user.click(within(panel).getByRole('button', { name: 'Copy the host of acmecorp.dev' }))
      expect(writeText).toHaveBeenLastCalledWith(domainRecord('acmecorp.dev').verification_host)
      await waitFor(() => {
        expect(
          within(panel)
            .getAllByRole('status')
            .some((status) => status.textContent === 'Copied'),
        ).toBe(true)
      })
      expect(within(panel).getByRole('button', { name: 'Copied' })).toHaveTextContent('Copied')
      await user.click(
        within(panel).getByRole('button', { name: 'Copy the value of acmecorp.dev' }),
      )
      expect(writeText).toHaveBeenLastCalledWith(domainRecord('acmecorp.dev').verification_txt)
    })

    it('rejects IP addresses, wildcards and localhost with a clear message and no request', async () => {
      const posts = capture('post', '/domains')
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      const input = await screen.findByRole('textbox', { name: 'Domain' })
      await user.type(input, '192.168.0.1')
      await user.click(screen.getByRole('button', { name: 'Add domain' }))
      expect(input).toHaveAccessibleDescription(/This is an IP address/)
      expect(input).toHaveAttribute('aria-invalid', 'true')
      await user.clear(input)
      await user.type(input, '*.acme.com')
      expect(input).toHaveAccessibleDescription(/Wildcards \(\*\) can’t be added/)
      await user.clear(input)
      await user.type(input, 'localhost{Enter}')
      expect(input).toHaveAccessibleDescription(/localhost can’t be verified/)
      expect(posts).toHaveLength(0)
    })

    it('refuses a name the DNS would refuse (undecodable xn--) inline and sends no POST', async () => {
      const posts = capture('post', '/domains')
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      const input = await screen.findByRole('textbox', { name: 'Domain' })
      await user.type(input, 'xn--zz.com')
      await user.click(screen.getByRole('button', { name: 'Add domain' }))
      expect(input).toHaveAccessibleDescription(
        /A part of this domain starts with xn-- but isn’t a valid international name/,
      )
      expect(input).toHaveAttribute('aria-invalid', 'true')
      await user.clear(input)
      await user.type(input, `${'a'.repeat(64)}.com{Enter}`)
      expect(input).toHaveAccessibleDescription(/longer than 63 characters/)
      expect(posts).toHaveLength(0)
    })

    it('refuses a 2 MB paste and a 254-character name inline, sends no POST, keeps the text', async () => {
      const posts = capture('post', '/domains')
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      const input = await screen.findByRole('textbox', { name: 'Domain' })
      const pasted = `${'a'.repeat(2 * 1024 * 1024)}.com`
      await user.click(input)
      await user.paste(pasted)
      await user.click(screen.getByRole('button', { name: 'Add domain' }))
      expect(input).toHaveAttribute('aria-invalid', 'true')
      expect(input).toHaveValue(pasted)
      const tooLong = `${'a.'.repeat(125)}abcd.com`
      await user.clear(input)
      await user.type(input, `${tooLong}{Enter}`)
      expect(input).toHaveAttribute('aria-invalid', 'true')
      expect(input).toHaveValue(tooLong)
      expect(posts).toHaveLength(0)
    }, 15_000)

    it('says a duplicate is already added, on the field, and keeps what was typed', async () => {
      const onError = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList onError={onError} />)
      const input = await screen.findByRole('textbox', { name: 'Domain' })
      await user.type(input, 'https://ACME.com/')
      await user.click(screen.getByRole('button', { name: 'Add domain' }))
      await waitFor(() => {
        expect(input).toHaveAccessibleDescription(/acme.com is already added/)
      })
      expect(input).toHaveValue('https://ACME.com/')
      expect(input).toHaveFocus()
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'create' })
    })

    it('explains a server error, keeps the input, and retries', async () => {
      faults.serverError = { operations: ['createDomain'], times: 1 }
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      const input = await screen.findByRole('textbox', { name: 'Domain' })
      await user.type(input, 'new.acme.com')
      await user.click(screen.getByRole('button', { name: 'Add domain' }))
      const alert = await screen.findByRole('alert')
      expect(alert).toHaveTextContent('Something went wrong on the server')
      expect(input).toHaveValue('new.acme.com')
      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      expect(await screen.findByRole('group', { name: 'Verify new.acme.com' })).toBeVisible()
    })
  })

  describe('verifying', () => {
    it('verify → verified: announces it, updates the badge and fires onDomainVerified', async () => {
      const onDomainVerified = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList onDomainVerified={onDomainVerified} />)
      await user.click(await screen.findByRole('button', { name: 'Verify acme-labs.io' }))
      await waitFor(() => {
        expect(screen.getByText(/acme-labs.io is verified/)).toBeVisible()
      })
      expect(screen.getByText(/acme-labs.io is verified/).closest('[role="status"]')).not.toBeNull()
      await waitFor(() => {
        expect(row('acme-labs.io')).toHaveTextContent('Verified')
      })
      expect(onDomainVerified).toHaveBeenCalledWith(
        expect.objectContaining({ domain: 'acme-labs.io', status: 'verified' }),
      )
      // The row's Verify button is gone: focus stays in the panel, not lost to the page.
      await waitFor(() => {
        expect(
          screen.getByRole('button', { name: 'Close the DNS record of acme-labs.io' }),
        ).toHaveFocus()
      })
    })

    it('verify → failed: says what to check and offers to retry', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      await user.click(await screen.findByRole('button', { name: 'Verify acme-legacy.net' }))
      const panel = screen.getByRole('group', { name: 'Verify acme-legacy.net' })
      await waitFor(() => {
        expect(panel).toHaveTextContent(/Verification of acme-legacy.net failed/)
      })
      expect(panel).toHaveTextContent(/value is copied in full/)
      expect(within(panel).getByRole('button', { name: 'Verify again' })).toBeVisible()
    })

    it('verify → still pending: polls with backoff for about a minute, then offers Check again', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true })
      const gets = capture('get', '/domains/:id')
      const verifies = capture('post', '/domains/:id/verify')
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      renderWithMyOrg(<DomainList />)
      await user.click(await screen.findByRole('button', { name: 'Verify acmecorp.dev' }))
      const panel = screen.getByRole('group', { name: 'Verify acmecorp.dev' })
      await waitFor(() => {
        expect(verifies).toHaveLength(1)
      })
      expect(panel).toHaveTextContent(/Checking the DNS of acmecorp.dev/)
      const countAfter = async (ms: number) => {
        await act(() => vi.advanceTimersByTimeAsync(ms))
        await waitFor(() => undefined)
        return gets.length
      }
      expect(await countAfter(1900)).toBe(0)
      expect(await countAfter(200)).toBe(1) // 2 s
      expect(await countAfter(4000)).toBe(2) // + 4 s
      expect(await countAfter(8000)).toBe(3) // + 8 s
      expect(await countAfter(15000)).toBe(4)
      expect(await countAfter(15000)).toBe(5)
      expect(await countAfter(15000)).toBe(6) // ≈ 59 s in all
      await waitFor(() => {
        expect(panel).toHaveTextContent(/wasn’t found yet/)
      })
      expect(await countAfter(60000)).toBe(6)
      const again = within(panel).getByRole('button', { name: 'Check again' })
      domainRecord('acmecorp.dev').status = 'verified'
      store.publishTxtRecord(
        domainRecord('acmecorp.dev').verification_host,
        domainRecord('acmecorp.dev').verification_txt,
      )
      await user.click(again)
      await waitFor(() => {
        expect(panel).toHaveTextContent(/acmecorp.dev is verified/)
      })
    })

    it('stops polling as soon as the status changes', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true })
      const gets = capture('get', '/domains/:id')
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      renderWithMyOrg(<DomainList />)
      await user.click(await screen.findByRole('button', { name: 'Verify acmecorp.dev' }))
      const panel = screen.getByRole('group', { name: 'Verify acmecorp.dev' })
      await waitFor(() => {
        expect(panel).toHaveTextContent(/Checking the DNS/)
      })
      await act(() => vi.advanceTimersByTimeAsync(2100))
      await waitFor(() => {
        expect(gets).toHaveLength(1)
      })
      domainRecord('acmecorp.dev').status = 'verified'
      await act(() => vi.advanceTimersByTimeAsync(4100))
      await waitFor(() => {
        expect(panel).toHaveTextContent(/acmecorp.dev is verified/)
      })
      expect(row('acmecorp.dev')).toHaveTextContent('Verified')
      await act(() => vi.advanceTimersByTimeAsync(60000))
      expect(gets).toHaveLength(2)
    })

    it('pauses polling while the page is hidden and resumes when visible', async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true })
      const gets = capture('get', '/domains/:id')
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime })
      renderWithMyOrg(<DomainList />)
      await user.click(await screen.findByRole('button', { name: 'Verify acmecorp.dev' }))
      const panel = screen.getByRole('group', { name: 'Verify acmecorp.dev' })
      await waitFor(() => {
        expect(panel).toHaveTextContent(/Checking the DNS/)
      })
      act(() => {
        setVisibility('hidden')
      })
      await act(() => vi.advanceTimersByTimeAsync(120000))
      expect(gets).toHaveLength(0)
      expect(panel).toHaveTextContent(/Checking paused/)
      act(() => {
        setVisibility('visible')
      })
      await act(() => vi.advanceTimersByTimeAsync(2100))
      await waitFor(() => {
        expect(gets).toHaveLength(1)
      })
      expect(panel).toHaveTextContent(/Checking the DNS/)
    })

    it('names the panel’s Verify apart from the row’s while the panel is open', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      await user.click(await screen.findByRole('button', { name: 'DNS record for acmecorp.dev' }))
      const panel = screen.getByRole('group', { name: 'Verify acmecorp.dev' })
      expect(screen.getAllByRole('button', { name: 'Verify acmecorp.dev' })).toEqual([
        within(row('acmecorp.dev')).getByRole('button', { name: 'Verify acmecorp.dev' }),
      ])
      await user.click(within(panel).getByRole('button', { name: 'Verify acmecorp.dev now' }))
      await waitFor(() => {
        expect(panel).toHaveTextContent(/Checking the DNS of acmecorp.dev/)
      })
    })

    it('explains a verify that fails on the server with MyOrgErrorNotice and reports it', async () => {
      const onError = vi.fn()
      faults.serverError = { operations: ['verifyDomain'] }
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList onError={onError} />)
      await user.click(await screen.findByRole('button', { name: 'Verify acme-labs.io' }))
      expect(await screen.findByRole('alert')).toHaveTextContent(
        'Something went wrong on the server',
      )
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'verify' })
    })
  })

  describe('deleting', () => {
    it('asks first, names the linked identity providers, then deletes', async () => {
      const idpRequests = capture('get', '/domains/:id/identity-providers')
      const onDomainDeleted = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList onDomainDeleted={onDomainDeleted} />)
      await screen.findByRole('rowheader', { name: 'acme.com' })
      expect(idpRequests).toHaveLength(0)
      const acmeId = domainRecord('acme.com').id
      await user.click(screen.getByRole('button', { name: 'Delete acme.com' }))
      const dialog = screen.getByRole('alertdialog', { name: 'Delete acme.com?' })
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
      await waitFor(() => {
        expect(dialog).toHaveTextContent(/used by 1 identity provider.*Acme Okta/)
      })
      expect(idpRequests).toHaveLength(1)
      expect(idpRequests[0]?.url).toContain(acmeId)
      await user.click(within(dialog).getByRole('button', { name: 'Delete domain' }))
      await waitFor(() => {
        expect(screen.queryByRole('alertdialog')).toBeNull()
      })
      expect(onDomainDeleted).toHaveBeenCalledWith(acmeId)
      await waitFor(() => {
        expect(screen.queryByRole('rowheader', { name: 'acme.com' })).toBeNull()
      })
      expect(screen.getByText('acme.com was deleted.')).toBeInTheDocument()
      expect(store.findDomainByName('acme.com')).toBeUndefined()
    })

    it('Cancel and Escape close without deleting and return focus', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      const trigger = await screen.findByRole('button', { name: 'Delete acmecorp.dev' })
      await user.click(trigger)
      const dialog = screen.getByRole('alertdialog', { name: 'Delete acmecorp.dev?' })
      await waitFor(() => {
        expect(dialog).toHaveTextContent('No identity provider uses this domain.')
      })
      await user.keyboard('{Escape}')
      expect(screen.queryByRole('alertdialog')).toBeNull()
      expect(trigger).toHaveFocus()
      await user.click(trigger)
      await user.click(screen.getByRole('button', { name: 'Cancel' }))
      expect(store.findDomainByName('acmecorp.dev')).toBeDefined()
    })

    it('moves focus to the list’s title once the domain is deleted', async () => {
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList />)
      await user.click(await screen.findByRole('button', { name: 'Delete acmecorp.dev' }))
      const dialog = screen.getByRole('alertdialog', { name: 'Delete acmecorp.dev?' })
      await user.click(within(dialog).getByRole('button', { name: 'Delete domain' }))
      await waitFor(() => {
        expect(screen.getByRole('heading', { name: 'Domains', level: 2 })).toHaveFocus()
      })
      expect(screen.queryByRole('rowheader', { name: 'acmecorp.dev' })).toBeNull()
    })

    it('deleting the last domain announces it, reports it and shows the empty state', async () => {
      store.reset({ domains: [createDomainFixture('solo.example.com')] })
      const onDomainDeleted = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList onDomainDeleted={onDomainDeleted} />)
      await user.click(await screen.findByRole('button', { name: 'Delete solo.example.com' }))
      await user.click(screen.getByRole('button', { name: 'Delete domain' }))
      expect(await screen.findByText('No domains yet')).toBeVisible()
      await waitFor(() => {
        expect(onDomainDeleted).toHaveBeenCalledTimes(1)
      })
      expect(screen.getByText('solo.example.com was deleted.')).toBeInTheDocument()
      expect(screen.queryByRole('alertdialog')).toBeNull()
    })
  })

  describe('permissions', () => {
    it('read-only: no add, verify or delete, and says which permissions are missing', async () => {
      renderWithMyOrg(<DomainList />, { scopes: permissionSets.readOnly })
      await screen.findByRole('rowheader', { name: 'acme.com' })
      expect(screen.queryByRole('textbox', { name: 'Domain' })).toBeNull()
      expect(screen.queryByRole('button', { name: /^Verify/ })).toBeNull()
      expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull()
      expect(
        screen.getByText(
          /Not available with your access: adding domains \(needs create:my_org:domains\), verifying domains \(needs update:my_org:domains\), deleting domains \(needs delete:my_org:domains\)/,
        ),
      ).toBeVisible()
      // The record stays readable, so a read-only user can hand it to whoever runs DNS.
      expect(screen.getByRole('button', { name: 'DNS record for acme-labs.io' })).toBeVisible()
    })

    it('readOnly prop hides every action for an admin too', async () => {
      renderWithMyOrg(<DomainList readOnly />)
      await screen.findByRole('rowheader', { name: 'acme.com' })
      expect(screen.queryByRole('textbox', { name: 'Domain' })).toBeNull()
      expect(screen.queryByRole('button', { name: /^(Verify|Delete)/ })).toBeNull()
      expect(screen.queryByText(/Not available with your access/)).toBeNull()
    })

    it('without create: no add form, the rest works', async () => {
      renderWithMyOrg(<DomainList />, { scopes: scopesWithout('createDomain') })
      await screen.findByRole('rowheader', { name: 'acme.com' })
      expect(screen.queryByRole('textbox', { name: 'Domain' })).toBeNull()
      expect(screen.getByText(/adding domains \(needs create:my_org:domains\)/)).toBeVisible()
      expect(screen.getByRole('button', { name: 'Verify acme-labs.io' })).toBeVisible()
      expect(screen.getByRole('button', { name: 'Delete acme.com' })).toBeVisible()
    })

    it('without delete: no Delete buttons, the reason is named', async () => {
      renderWithMyOrg(<DomainList />, { scopes: scopesWithout('deleteDomain') })
      await screen.findByRole('rowheader', { name: 'acme.com' })
      expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull()
      expect(
        screen.getByText(
          'Not available with your access: deleting domains (needs delete:my_org:domains).',
        ),
      ).toBeVisible()
      expect(screen.getByRole('textbox', { name: 'Domain' })).toBeVisible()
    })

    it('without read: a clear no-access state, no request, no spinner', async () => {
      const lists = capture('get', '/domains')
      renderWithMyOrg(<DomainList />, { scopes: permissionSets.none })
      expect(
        await screen.findByText('You don’t have access to your organization’s domains'),
      ).toBeVisible()
      expect(screen.getByText(/read:my_org:domains/)).toBeVisible()
      expect(screen.queryByRole('status', { name: 'Loading domains…' })).toBeNull()
      expect(screen.getByRole('region', { name: 'Domains' })).not.toHaveAttribute('aria-busy')
      expect(lists).toHaveLength(0)
    })
  })

  describe('errors', () => {
    it('explains a load failure, reports it, and retries', async () => {
      faults.serverError = { operations: ['listDomains'], times: 1 }
      const onError = vi.fn()
      const user = userEvent.setup()
      renderWithMyOrg(<DomainList onError={onError} />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('Something went wrong on the server')
      expect(onError).toHaveBeenCalledWith(expect.any(Error), { action: 'load' })
      await user.click(within(alert).getByRole('button', { name: 'Try again' }))
      expect(await screen.findByRole('rowheader', { name: 'acme.com' })).toBeVisible()
    })

    it('shows the valid domains when one breaks the contract, says how many are hidden, and reports it', async () => {
      store.reset({
        domains: [
          createDomainFixture('good-one.example.com'),
          // A record the API should never send: its status is not one of the three.
          Object.assign(createDomainFixture('broken.example.com'), { status: 'bogus' }),
          createDomainFixture('good-two.example.com'),
        ],
      })
      const onError = vi.fn()
      renderWithMyOrg(<DomainList onError={onError} />)
      expect(await screen.findByRole('rowheader', { name: 'good-one.example.com' })).toBeVisible()
      expect(screen.getByRole('rowheader', { name: 'good-two.example.com' })).toBeVisible()
      expect(screen.queryByRole('rowheader', { name: 'broken.example.com' })).toBeNull()
      expect(
        screen.getByText(
          '1 item could not be shown: the API’s answer didn’t match the expected format.',
        ),
      ).toBeVisible()
      await waitFor(() => {
        expect(onError).toHaveBeenCalledWith(expect.any(MyOrgResponseValidationError), {
          action: 'load',
        })
      })
      expect(onError).toHaveBeenCalledTimes(1)
    })

    it('names the origin to allow when CORS blocks the request', async () => {
      faults.corsBlocked = {}
      renderWithMyOrg(<DomainList />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent('The browser blocked the request')
      expect(alert).toHaveTextContent('Allowed Origins (CORS)')
    })

    it('says when the API cannot be reached', async () => {
      faults.networkError = {}
      renderWithMyOrg(<DomainList />)
      const alert = await screen.findByRole('alert', {}, { timeout: 5000 })
      expect(alert).toHaveTextContent(/offline|reach/i)
      expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible()
    })
  })
})
