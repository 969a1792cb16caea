import { MyOrgCodeLoadError } from '@myorg-kit/client'
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ReactNode, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { Button } from '../ui/button.tsx'
import { ComponentFrame } from './component-frame.tsx'
import { LazyBoundary } from './lazy-boundary.tsx'
import { type LazyPart, lazyPart } from './lazy-part.ts'
import { type CommonComponentProps, useMyOrgComponent } from './use-my-org-component.ts'

type Slot = 'root' | 'title'
type Action = 'render'

function Panel(): ReactNode {
  return <p>The panel</p>
}

/** A part whose code downloads only while the test says the network is up, as a chunk does. */
function partOnNetwork() {
  const network = { up: false }
  const load = vi.fn(() =>
    network.up
      ? Promise.resolve({ Panel })
      : Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
  )
  return { part: lazyPart(load, 'Panel'), load, network }
}

/** A component with a field and a button that shows a part loaded on first use. */
function Probe(props: CommonComponentProps<Slot, Action> & { part: LazyPart<object> }): ReactNode {
  const { part, ...common } = props
  const kit = useMyOrgComponent<Slot, Action>('Probe', common, {
    texts: {},
    read: 'listDomains',
    noAccess: { title: 'common.status.noPermission', description: 'common.status.readOnly' },
  })
  return (
    <ComponentFrame kit={kit} title="Probe title">
      {() => <ProbeBody part={part} />}
    </ComponentFrame>
  )
}

function ProbeBody(props: { part: LazyPart<object> }): ReactNode {
  const [open, setOpen] = useState(false)
  const Part = props.part.Part
  return (
    <>
      <label>
        Note <input name="note" />
      </label>
      <Button
        onClick={() => {
          setOpen(true)
        }}
      >
        Open
      </Button>
      <LazyBoundary>{open ? <Part /> : null}</LazyBoundary>
    </>
  )
}

describe('LazyBoundary', () => {
  it('explains a part whose code failed to download in its place, keeps what was typed, and loads it again on "Try again"', async () => {
    const user = userEvent.setup()
    const onError = vi.fn()
    const { part, load, network } = partOnNetwork()
    renderWithMyOrg(<Probe part={part} onError={onError} />)
    await user.type(await screen.findByRole('textbox', { name: 'Note' }), 'half-typed')
    await user.click(screen.getByRole('button', { name: 'Open' }))

    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('This part of the page didn’t load')
    expect(alert).toHaveTextContent(
      'Check your connection and try again; what you entered is kept.',
    )
    expect(screen.getByRole('heading', { name: 'Probe title' })).toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('half-typed')
    expect(onError).toHaveBeenCalledTimes(1)
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(MyOrgCodeLoadError)
    expect(onError.mock.calls[0]?.[1]).toEqual({ action: 'render' })

    const failedDownloads = load.mock.calls.length
    network.up = true
    await user.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('The panel')).toBeInTheDocument()
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
    expect(screen.getByRole('textbox', { name: 'Note' })).toHaveValue('half-typed')
    expect(load).toHaveBeenCalledTimes(failedDownloads + 1)
  })

  it('says it in French with the provider’s French texts', async () => {
    const user = userEvent.setup()
    const { frFR } = await import('../locales/fr-FR.ts')
    const { part } = partOnNetwork()
    renderWithMyOrg(<Probe part={part} />, { providerProps: { locale: 'fr-FR', messages: frFR } })
    await user.click(await screen.findByRole('button', { name: 'Open' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Cette partie de la page ne s’est pas chargée',
    )
    expect(screen.getByRole('button', { name: 'Réessayer' })).toBeInTheDocument()
  })
})
