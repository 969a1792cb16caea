import { render, screen } from '@testing-library/react'
import { type ComponentType, type ReactNode, Suspense } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { LoadingStatus } from '../ui/loading.tsx'
import { loadOnce } from '../lib/load-once.ts'
import { lazyPart, usePreloadParts } from './lazy-part.ts'

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

describe('lazyPart', () => {
  it('shows the fallback while the code loads, then the view', async () => {
    const { load, finish } = deferredLoad()
    const greeting = lazyPart(() => load().then((view) => ({ Greeting: view })), 'Greeting')
    render(<Shown view={greeting.Part} />)
    expect(screen.getByRole('status')).toHaveTextContent('Loading…')
    finish(Greeting)
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('renders a preloaded view at once, without its fallback', async () => {
    const load = vi.fn(() => Promise.resolve(Greeting))
    const greeting = lazyPart(() => load().then((view) => ({ Greeting: view })), 'Greeting')
    void greeting.preload()
    await greeting.preload()
    render(<Shown view={greeting.Part} />)
    expect(screen.getByText('Hello Ada')).toBeInTheDocument()
    expect(screen.queryByRole('status')).not.toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads again on first render after a failed preload', async () => {
    const load = vi
      .fn<() => Promise<ComponentType<{ name: string }>>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(Greeting)
    const greeting = lazyPart(() => load().then((view) => ({ Greeting: view })), 'Greeting')
    await expect(greeting.preload()).rejects.toMatchObject({
      name: 'MyOrgCodeLoadError',
      cause: new Error('offline'),
    })
    render(<Shown view={greeting.Part} />)
    expect(await screen.findByText('Hello Ada')).toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })
})

describe('loadOnce', () => {
  it('loads once and then answers synchronously', async () => {
    const load = vi.fn(() => Promise.resolve({ answer: 42 }))
    const code = loadOnce(load)
    expect(code.current()).toBeUndefined()
    const [first, second] = await Promise.all([code.preload(), code.preload()])
    expect(first).toBe(second)
    expect(code.current()).toEqual({ answer: 42 })
    expect(load).toHaveBeenCalledTimes(1)
  })
})

describe('usePreloadParts', () => {
  it('preloads once after the first render, not on re-renders, and skips `false`', () => {
    const preload = vi.fn(() => Promise.resolve())
    const unreachable = vi.fn(() => Promise.resolve())
    function Probe(props: { label: string; reachable: boolean }): ReactNode {
      usePreloadParts({ preload }, props.reachable && { preload: unreachable })
      return <p>{props.label}</p>
    }
    const { rerender } = render(<Probe label="one" reachable={false} />)
    rerender(<Probe label="two" reachable={false} />)
    expect(screen.getByText('two')).toBeInTheDocument()
    expect(preload).toHaveBeenCalledTimes(1)
    expect(unreachable).not.toHaveBeenCalled()
  })
})
