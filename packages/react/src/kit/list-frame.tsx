'use client'

import type { ReactNode, Ref } from 'react'

import type { PagedListMessages } from '../ui/load-more-footer.tsx'
import { ComponentFrame } from './component-frame.tsx'
import { type ContentQuery, QueryContent } from './query-content.tsx'
import type { ComponentKit } from './use-my-org-component.ts'
import { useReportOnce } from './use-report-once.ts'

/** Props of {@link ListFrame}. */
export interface ListFrameProps<Slot extends string, Action extends string, TData> {
  kit: ComponentKit<Slot, Action>
  /** The root element (the component's `ref` prop). @default undefined */
  rootRef?: Ref<HTMLElement> | undefined
  /** The list's first page: the root is busy while it loads. */
  query: ContentQuery<TData> & { isPending: boolean }
  /** Where the title, description and loading texts are. */
  list: PagedListMessages
  /** The list, once its first page is in. */
  children: (data: TData) => ReactNode
}

/**
 * A paged list component's root: the {@link ComponentFrame} with the list's title and
 * description, and its {@link QueryContent} (the list, its load error, or a skeleton). The first
 * page's failure goes once to the host's `onError` as `load`.
 */
export function ListFrame<Slot extends string, Action extends string, TData>(
  props: ListFrameProps<Slot, Action, TData>,
): ReactNode {
  const { kit, query, list } = props
  const { t } = kit
  // Every paged list's actions include `load` (as every component's include `render`).
  useReportOnce(kit.reportError, query.error, 'load' as Action)
  return (
    <ComponentFrame
      kit={kit}
      rootRef={props.rootRef}
      title={t(`${list}.title`)}
      description={t(`${list}.description`)}
      busy={kit.canRead && query.isPending}
    >
      <QueryContent query={query} loading={t(`${list}.loading`)}>
        {props.children}
      </QueryContent>
    </ComponentFrame>
  )
}
