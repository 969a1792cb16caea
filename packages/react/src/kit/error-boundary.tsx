'use client'

import { Component, type ReactNode } from 'react'

import { ErrorNotice } from './error-notice.tsx'

/** Props of {@link ComponentErrorBoundary}. */
export interface ComponentErrorBoundaryProps {
  /** Told once per caught error (the component's `onError` with action `render`). */
  onError: (error: unknown) => void
  children: ReactNode
}

interface State {
  error: unknown
  failed: boolean
}

/**
 * Keeps one component's bug inside that component: instead of React unmounting the host's
 * whole page, the component shows the error notice with "Try again" (which renders it afresh)
 * and reports the error through its `onError`.
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
      return <ErrorNotice error={this.state.error} onRetry={this.reset} />
    }
    return this.props.children
  }
}
