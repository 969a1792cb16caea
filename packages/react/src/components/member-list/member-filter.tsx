'use client'

import type { ReactNode } from 'react'

import { useScope } from '../../kit/scope.tsx'
import { SearchField } from '../../ui/search-field.tsx'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'

/** Props of {@link MemberFilter}. */
export interface MemberFilterProps {
  value: string
  onChange: (value: string) => void
  /** Members loaded so far. */
  loaded: number
  /** Whether every member is loaded. */
  complete: boolean
  /** Members the filter keeps. */
  matches: number
}

/**
 * The filter box. The API has no search, so it narrows the loaded members and says so (and
 * that "Load more" extends what it searches).
 */
export function MemberFilter(props: MemberFilterProps): ReactNode {
  const { t, slot } = useScope<MemberListSlot, MemberListAction>()
  const help = props.complete
    ? t('memberList.filter.helpAll', { count: props.loaded })
    : t('memberList.filter.helpPartial', { count: props.loaded })
  return (
    <div {...slot('filter')}>
      <SearchField
        label={t('memberList.filter.label')}
        description={help}
        note={
          props.value.trim() === ''
            ? undefined
            : t('memberList.filter.matches', { count: props.matches })
        }
        placeholder={t('memberList.filter.placeholder')}
        value={props.value}
        onChange={props.onChange}
      />
    </div>
  )
}
