import type { MyOrgSkippedItems } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'
import { cx } from '../theming/slots.ts'
import { Notice } from './notice.tsx'

/** Props of {@link SkippedItems}. */
export interface SkippedItemsProps {
  /** The list's items left out for breaking the API's contract (from the client). */
  skipped: MyOrgSkippedItems | undefined
  /** Extra class (a component's). @default undefined */
  className?: string | undefined
}

/**
 * One line under a list whose API answer held items that didn't match the expected format:
 * how many could not be shown, and why. Nothing when every item was valid. The component
 * reports `skipped.error` through `onError` itself (with `useReportOnce`, action `load`).
 */
export function SkippedItems(props: SkippedItemsProps): ReactNode {
  const { t } = useScope()
  if (!props.skipped) {
    return null
  }
  return (
    <Notice variant="warning" role="note" className={cx('mk-SkippedItems', props.className)}>
      {t('common.skippedItems', { count: props.skipped.count })}
    </Notice>
  )
}
