import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ReactNode, useState } from 'react'
import { describe, expect, it } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { useMyOrgClient } from './use-my-org-client.ts'

/** A host's own view calling the API through the provider's client. */
function HostExport(): ReactNode {
  const client = useMyOrgClient()
  const [names, setNames] = useState<string[]>([])
  const exportAll = async (): Promise<void> => {
    const page = await client.domains.list()
    const details = await client.details.get()
    setNames([details.name ?? 'unnamed', ...page.organization_domains.map((d) => d.domain)])
  }
  return (
    <section aria-label="host export">
      <button
        type="button"
        onClick={() => {
          void exportAll()
        }}
      >
        Export
      </button>
      <ul aria-label="exported">
        {names.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
    </section>
  )
}

describe('useMyOrgClient', () => {
  it("gives hosts every resource, on the provider's one token", async () => {
    const { getAccessToken } = renderWithMyOrg(<HostExport />)

    await userEvent.click(screen.getByRole('button', { name: 'Export' }))

    const exported = await screen.findAllByRole('listitem')
    expect(exported.length).toBeGreaterThan(1)
    expect(exported[0]).toHaveTextContent('acme')
    // The session asked for one token and every call used it.
    expect(getAccessToken).toHaveBeenCalledTimes(1)
  })
})
