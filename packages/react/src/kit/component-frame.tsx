'use client'

import type { ReactNode, Ref } from 'react'

import { accessStateOf } from './access-state.tsx'
import { ComponentErrorBoundary } from './error-boundary.tsx'
import { ComponentScopeProvider, type ComponentScope } from './scope.tsx'
import type { ComponentKit } from './use-my-org-component.ts'

/** Props of {@link ComponentFrame}. */
export interface ComponentFrameProps<Slot extends string, Action extends string> {
  kit: ComponentKit<Slot, Action>
  /** The root element (the component's `ref` prop). @default undefined */
  rootRef?: Ref<HTMLElement> | undefined
  title: ReactNode
  /** The line under the title. @default undefined */
  description?: ReactNode
  /**
   * Next to the title (e.g. a status badge): the title and it share one row,
   * `mk-{Component}-titleRow`.
   * @default undefined
   */
  headerExtra?: ReactNode
  /** The title element, to move focus to it when the view under it is replaced. @default undefined */
  titleRef?: Ref<HTMLHeadingElement> | undefined
  /** Content is loading: `aria-busy` on the root. @default false */
  busy?: boolean
  /** Extra attributes of the root (`data-*` states). @default undefined */
  rootAttributes?: Record<`data-${string}`, string | undefined>
  /**
   * The content, once the session is ready and the read scope granted. A function is called
   * only then, so nothing loads before it may.
   */
  children: ReactNode | (() => ReactNode)
}

/**
 * A component's outer markup: `section > header > h{n} + description`, the session-error and
 * no-access states, and the scope every part reads with `useScope()`.
 */
export function ComponentFrame<Slot extends string, Action extends string>(
  props: ComponentFrameProps<Slot, Action>,
): ReactNode {
  const { kit, rootRef, titleRef, title, description, headerExtra, busy, children } = props
  const { slot, levels, scope } = kit
  const Heading = `h${levels.title}` as const
  const access = accessStateOf(kit)
  const heading = (
    <Heading {...slot('title' as Slot)} id={kit.titleId} tabIndex={-1} ref={titleRef}>
      {title}
    </Heading>
  )
  return (
    <ComponentScopeProvider value={kit.scope as unknown as ComponentScope}>
      <section
        {...kit.rootProps}
        {...props.rootAttributes}
        ref={rootRef}
        aria-labelledby={kit.titleId}
        aria-busy={busy === true || kit.permissions.status === 'loading' || undefined}
      >
        <header {...slot('header' as Slot)}>
          {headerExtra === undefined || headerExtra === null ? (
            heading
          ) : (
            <div className={`mk-${scope.component}-titleRow`}>
              {heading}
              {headerExtra}
            </div>
          )}
          {description === undefined ? null : <p {...slot('description' as Slot)}>{description}</p>}
        </header>
        <ComponentErrorBoundary
          onError={(error) => {
            kit.reportError(error, 'render' as Action)
          }}
        >
          {access !== undefined ? access : <Content>{children}</Content>}
        </ComponentErrorBoundary>
      </section>
    </ComponentScopeProvider>
  )
}

/** Calls a render function in its own render, so the error boundary above catches its errors. */
function Content(props: { children: ReactNode | (() => ReactNode) }): ReactNode {
  return typeof props.children === 'function' ? props.children() : props.children
}
