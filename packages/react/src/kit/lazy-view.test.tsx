import { render, screen, waitFor } from '@testing-library/react'
import { type ComponentType, type ReactNode, Suspense } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { LoadingStatus } from '../ui/loading.tsx'
import { lazyView, loadOnce, usePrefetch } from './lazy-view.ts'

function Greeting(props: { name: string }): ReactNode {
  return <p>Hello {props.name}</p>
}

/** A load that finishes when the test says so. */
function deferredLoad() {
  let finish: (view: ComponentType<{ name: string }>) => void = () => undefined
  const load = vi.fn(
    () =>
      new Promise<ComponentType<{ name: string }>>((resolve) => {
        finish = resolve
      }),
  )
  return {
    load,
    finish: (view: ComponentType<{ name: string }>) => {
      finish(view)
    },
  }
}

function Shown(props: { view: ComponentType<{ name: string }> }): ReactNode {
  const View = props.view
  return (
    <Suspense fallback={<LoadingStatus label="Loading…" />}>
      <View name="Ada" />
    </Suspense>
  )
}

describe('lazyView', () => {
  it('shows the fallback while the code loads, then the view', async () => {
    const { load, finish } = deferredLoad()
    const greeting = lazyView(load)
    render(<Shown view={greeting.View} />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
    finish(Greeting)
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('renders a prefetched view at once, without its fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting))
    const greeting = lazyView(load)
    greeting.prefetch()
    greeting.prefetch()
    await waitFor(() => {
      expect(load).toHaveBeenCalledTimes(1)
    })
    // Let the load's own callbacks run, as a user reading the first screen would.
    await Promise.resolve()
    render(<Shown view={greeting.View} />)
    expect(screen.getByText('Hello Ada')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads again on first render after a failed prefetch', async () => {
    const load = vi
      .fn<() => Promise<ComponentType<{ name: string }>>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(Greeting)
    const greeting = lazyView(load)
    greeting.prefetch()
    await waitFor(() => {
      expect(load).toHaveBeenCalledTimes(1)
    })
    await Promise.resolve()
    render(<Shown view={greeting.View} />)
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })
})

describe('loadOnce', () => {
  it('loads once and then answers synchronously', async () => {
    const load = vi.fn(() => Promise.resolve({ answer: 42 }))
    const code = loadOnce(load)
    expect(code.current()).toBeUndefined()
    const [first, second] = await Promise.all([code.load(), code.load()])
    expect(first).toBe(second)
    expect(code.current()).toEqual({ answer: 42 })
    expect(load).toHaveBeenCalledTimes(1)
  })
})

describe('usePrefetch', () => {
  it('prefetches once after the first render, not on re-renders', () => {
    const prefetch = vi.fn()
    function Probe(props: { label: string }): ReactNode {
      usePrefetch([{ prefetch }])
      return <p>{props.label}</p>
    }
    const { rerender } = render(<Probe label="one" />)
    rerender(<Probe label="two" />)
    expect(screen.getByText('two')).toBeInTheDocument()
    expect(prefetch).toHaveBeenCalledTimes(1)
  })
})
