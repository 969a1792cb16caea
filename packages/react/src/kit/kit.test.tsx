import { permissionSets } from '@myorg-kit/mock-api'
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { type ReactNode, useState } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { Button } from '../ui/button.tsx'
import { ConfirmDialog } from '../ui/confirm-dialog.tsx'
import { Field } from '../ui/field.tsx'
import { ComponentFrame } from './component-frame.tsx'
import { MissingActions } from './missing-actions.tsx'
import { useScope } from './scope.tsx'
import { type CommonComponentProps, useMyOrgComponent } from './use-my-org-component.ts'

type Slot = 'root' | 'header' | 'title' | 'description' | 'notice' | 'dialog' | 'field'
type Action = 'load' | 'delete'

const noAccess = {
  title: 'common.status.noPermission',
  description: 'common.status.readOnly',
} as const

/** A component made only of kit parts, to test the kit itself. */
function Probe(
  props: CommonComponentProps<Slot, Action> & { children?: ReactNode; danger?: boolean },
): ReactNode {
  const { ref, danger = false, ...common } = props
  const kit = useMyOrgComponent<Slot, Action>('Probe', common, {
    texts: {},
    read: 'listDomains',
    noAccess,
  })
  return (
    <ComponentFrame kit={kit} rootRef={ref} title="Probe title" description="Probe description">
      {() => <ProbeBody danger={danger} />}
    </ComponentFrame>
  )
}

function ProbeBody(props: { danger: boolean }): ReactNode {
  const { reportError, slot } = useScope<Slot, Action>()
  const [open, setOpen] = useState(false)
  const [error, setError] = useState<unknown>(undefined)
  return (
    <div {...slot('field', 'extra-class')}>
      <Button
        onClick={() => {
          setOpen(true)
        }}
      >
        Open
      </Button>
      <MissingActions
        actions={[
          [true, 'common.actions.save'],
          [false, 'common.actions.delete'],
        ]}
        message="common.status.unsavedChanges"
      />
      {open ? (
        <ConfirmDialog
          title="Delete acme?"
          description="It can't be undone."
          tone={props.danger ? 'danger' : 'primary'}
          confirmLabel="Delete"
          error={error}
          typedConfirmation={props.danger ? undefined : { expected: 'acme', label: 'Type acme' }}
          onCancel={() => {
            setOpen(false)
          }}
          onConfirm={() => {
            const failure = new Error('nope')
            setError(failure)
            reportError(failure, 'delete')
          }}
        />
      ) : null}
      <Field label="Name" description="Help" error="Too long" name="name">
        {(control) => <input {...control} />}
      </Field>
    </div>
  )
}

/** Reports a failure about one item, with its id. */
function ItemReporter(props: CommonComponentProps<Slot, Action>): ReactNode {
  const kit = useMyOrgComponent<Slot, Action>('Probe', props, {
    texts: {},
    read: 'listDomains',
    noAccess,
  })
  return (
    <ComponentFrame kit={kit} title="Probe title">
      {() => <ReportButton />}
    </ComponentFrame>
  )
}

function ReportButton(): ReactNode {
  const { reportError } = useScope<Slot, Action>()
  return (
    <Button
      onClick={() => {
        reportError(new Error('nope'), 'delete', { itemId: 'item_1' })
      }}
    >
      Report
    </Button>
  )
}

/** A typed confirmation that explains a mismatch instead of disabling the action. */
function MismatchProbe(props: { onConfirm: () => void }): ReactNode {
  const kit = useMyOrgComponent<Slot, Action>(
    'Probe',
    {},
    {
      texts: {},
      read: 'listDomains',
      noAccess,
    },
  )
  return (
    <ComponentFrame kit={kit} title="Probe title">
      {() => (
        <ConfirmDialog
          title="Delete acme?"
          tone="danger"
          confirmLabel="Delete"
          typedConfirmation={{
            expected: 'acme',
            label: 'Type acme',
            mismatch: 'Type acme exactly',
          }}
          onCancel={() => undefined}
          onConfirm={props.onConfirm}
        />
      )}
    </ComponentFrame>
  )
}

describe('the component kit', () => {
  it('renders the frame with a labelled region, heading level and merged slot classes', async () => {
    renderWithMyOrg(<Probe headingLevel={3} classNames={{ field: 'host-field' }} />)
    const region = await screen.findByRole('region', { name: 'Probe title' })
    expect(screen.getByRole('heading', { level: 3, name: 'Probe title' })).toBeInTheDocument()
    expect(region).toHaveAttribute('data-mk-root')
    expect(region.querySelector('[data-slot="probe-field"]')).toHaveClass(
      'mk-Probe-field',
      'host-field',
      'extra-class',
    )
  })

  it('shows the no-access note (and not the content) without the read scope', async () => {
    renderWithMyOrg(<Probe />, { scopes: [] })
    expect(await screen.findByRole('note')).toHaveTextContent(/permission/)
    expect(screen.queryByRole('button', { name: 'Open' })).not.toBeInTheDocument()
  })

  it('wires a field: label, description and error by id, invalid state', async () => {
    renderWithMyOrg(<Probe />)
    const input = await screen.findByRole('textbox', { name: 'Name' })
    expect(input).toHaveAccessibleDescription('Help Too long')
    expect(input).toHaveAttribute('aria-invalid', 'true')
    expect(input.closest('[data-field="name"]')).toHaveAttribute('data-invalid', '')
  })

  it('names the missing actions in one sentence', async () => {
    const { container } = renderWithMyOrg(<Probe />, { scopes: permissionSets.admin })
    await screen.findByRole('button', { name: 'Open' })
    expect(container.textContent).toContain('You have unsaved changes.')
  })

  it('opens a modal confirm dialog, gates it on the typed name, shows the error and reports it', async () => {
    const user = userEvent.setup()
    const onError = vi.fn()
    renderWithMyOrg(<Probe onError={onError} />)
    const opener = await screen.findByRole('button', { name: 'Open' })
    await user.click(opener)
    const dialog = screen.getByRole('alertdialog', { name: 'Delete acme?' })
    expect(dialog.tagName).toBe('DIALOG')
    expect(dialog).toHaveAttribute('open')
    const confirm = screen.getByRole('button', { name: 'Delete' })
    expect(confirm).toBeDisabled()
    expect(screen.getByRole('textbox', { name: 'Type acme' })).toHaveFocus()
    await user.type(screen.getByRole('textbox', { name: 'Type acme' }), 'acme')
    expect(confirm).toBeEnabled()
    await user.click(confirm)
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'nope' }), {
      action: 'delete',
    })
    // The failure is explained inside the dialog, under its own heading.
    expect(within(dialog).getByRole('heading', { level: 3 })).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
    await waitFor(() => {
      expect(opener).toHaveFocus()
    })
  })

  it('passes what a failure was about to onError, next to the action', async () => {
    const user = userEvent.setup()
    const onError = vi.fn()
    renderWithMyOrg(<ItemReporter onError={onError} />)
    await user.click(await screen.findByRole('button', { name: 'Report' }))
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'nope' }), {
      action: 'delete',
      itemId: 'item_1',
    })
  })

  it('explains a mismatched typed confirmation instead of confirming it', async () => {
    const user = userEvent.setup()
    const onConfirm = vi.fn()
    renderWithMyOrg(<MismatchProbe onConfirm={onConfirm} />)
    const input = await screen.findByRole('textbox', { name: 'Type acme' })
    expect(input).toHaveFocus()
    await user.type(input, 'acm')
    const confirm = screen.getByRole('button', { name: 'Delete' })
    expect(confirm).toBeEnabled()
    await user.click(confirm)
    expect(onConfirm).not.toHaveBeenCalled()
    expect(input).toHaveAccessibleDescription('Type acme exactly')
    expect(input).toHaveFocus()
    await user.type(input, 'e ')
    expect(input).not.toHaveAccessibleDescription('Type acme exactly')
    await user.click(confirm)
    expect(onConfirm).toHaveBeenCalledTimes(1)
  })

  it('puts first focus on Cancel in a danger confirmation, and Escape cancels', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<Probe danger />)
    await user.click(await screen.findByRole('button', { name: 'Open' }))
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveAttribute('data-variant', 'danger')
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument()
  })
})

function Broken(): ReactNode {
  throw new Error('render failed')
}

function BrokenProbe(props: CommonComponentProps<Slot, Action>): ReactNode {
  const kit = useMyOrgComponent<Slot, Action>('Probe', props, {
    texts: {},
    read: 'listDomains',
    noAccess,
  })
  return (
    <ComponentFrame kit={kit} title="Probe title">
      {() => <Broken />}
    </ComponentFrame>
  )
}

describe('the component error boundary', () => {
  it('keeps a render error inside the component: notice with retry, onError told, host page intact', async () => {
    const onError = vi.fn()
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    renderWithMyOrg(
      <main>
        <p>Host content</p>
        <BrokenProbe onError={onError} />
      </main>,
    )
    expect(await screen.findByRole('alert')).toBeInTheDocument()
    expect(screen.getByText('Host content')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Probe title' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'render failed' }), {
      action: 'render',
    })
    consoleError.mockRestore()
  })
})

function NamedConfirm(props: { name: string; typed?: boolean }): ReactNode {
  const kit = useMyOrgComponent<Slot, Action>(
    'Probe',
    {},
    { texts: {}, read: 'listDomains', noAccess },
  )
  const [done, setDone] = useState(false)
  return (
    <ComponentFrame kit={kit} title="Probe title">
      {() =>
        done ? (
          <p>Confirmed</p>
        ) : (
          <ConfirmDialog
            title="Delete it?"
            subject={props.name}
            typedConfirmation={
              props.typed === true ? { expected: props.name, label: 'Type the name' } : undefined
            }
            confirmLabel="Delete"
            onCancel={() => undefined}
            onConfirm={() => {
              setDone(true)
            }}
          />
        )
      }
    </ComponentFrame>
  )
}

describe('names with invisible characters', () => {
  it('flags a name with a right-to-left override in a confirmation and shows what it hides', async () => {
    renderWithMyOrg(<NamedConfirm name={'Acme \u202Egnp.exe\u202C Corp'} />)
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete it?' })
    expect(within(dialog).getByRole('note')).toHaveTextContent(
      'invisible characters that can make it look like another: Acme ⟨U+202E⟩gnp.exe⟨U+202C⟩ Corp',
    )
  })

  it('says nothing for an ordinary name', async () => {
    renderWithMyOrg(<NamedConfirm name="Acme Corp — Zürich" />)
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete it?' })
    expect(within(dialog).queryByRole('note')).not.toBeInTheDocument()
  })

  it('lets the visible name confirm a typed confirmation whose name holds zero-width characters', async () => {
    const user = userEvent.setup()
    renderWithMyOrg(<NamedConfirm name={'ac\u200Bme'} typed />)
    const dialog = await screen.findByRole('alertdialog', { name: 'Delete it?' })
    expect(within(dialog).getByRole('note')).toHaveTextContent('ac⟨U+200B⟩me')
    await user.type(within(dialog).getByRole('textbox', { name: 'Type the name' }), 'acme')
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    expect(await screen.findByText('Confirmed')).toBeInTheDocument()
  })
})
