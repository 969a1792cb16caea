'use client'

import { Component, type ReactNode } from 'react'

import { ErrorNotice } from './error-notice.tsx'

/** Props of {@link ComponentErrorBoundary}. */
export interface ComponentErrorBoundaryProps {
  /** Told once per caught error (the component's `onError` with action `render`). */
  onError: (error: unknown) => void
  /**
   * What to show instead of the children: by default the error notice, whose "Try again"
   * (`retry`) renders them afresh.
   * @default the error notice
   */
  fallback?: (error: unknown, retry: () => void) => ReactNode
  children: ReactNode
}

interface State {
  error: unknown
  failed: boolean
}

/**
 * Keeps one component's bug inside that component, and a part's inside that part: instead of
 * React unmounting the host's whole page, the error notice shows in their place with "Try
 * again" (which renders them afresh), and the error goes to the component's `onError`.
 */
export class ComponentErrorBoundary extends Component<ComponentErrorBoundaryProps, State> {
  override state: State = { error: null, failed: false }

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true }
  }

  override componentDidCatch(error: unknown): void {
    this.props.onError(error)
  }

  reset = (): void => {
    this.setState({ error: null, failed: false })
  }

  override render(): ReactNode {
    if (this.state.failed) {
      const { fallback } = this.props
      return fallback ? (
        fallback(this.state.error, this.reset)
      ) : (
        <ErrorNotice error={this.state.error} onRetry={this.reset} />
      )
    }
    return this.props.children
  }
}
