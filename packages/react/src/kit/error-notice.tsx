'use client'

import type { ReactNode } from 'react'

import { MyOrgErrorNotice } from '../components/error-notice/error-notice.tsx'
import { type SubHeadingLevel, useScope } from './scope.tsx'

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps {
  error: unknown
  /** "Try again" (and the automatic retry after a rate-limit wait). @default undefined */
  onRetry?: (() => void) | undefined
  /** @default true */
  autoRetryAfterWait?: boolean | undefined
  /** @default the scope's notice level */
  headingLevel?: SubHeadingLevel | undefined
}

/**
 * `MyOrgErrorNotice` inside a component: its texts, `unstyled` and heading level come from the
 * component's scope instead of being passed down.
 */
export function ErrorNotice(props: ErrorNoticeProps): ReactNode {
  const { messages, unstyled, levels } = useScope()
  return (
    <MyOrgErrorNotice
      error={props.error}
      onRetry={props.onRetry}
      autoRetryAfterWait={props.autoRetryAfterWait}
      headingLevel={props.headingLevel ?? levels.notice}
      messages={messages}
      unstyled={unstyled}
    />
  )
}
