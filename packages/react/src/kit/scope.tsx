'use client'

import { createContext, use } from 'react'

import type { MyOrgTranslator } from '../i18n/translator.ts'
import type { DeepPartial, MyOrgMessages } from '../i18n/types.ts'
import type { OperationName } from '@myorg-kit/client'
import type { SlotProps } from '../theming/slots.ts'

/** Heading levels a component's title may take, to fit the host page's outline. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6

/** Heading levels below a component's title (sections, notices). */
export type SubHeadingLevel = 3 | 4 | 5 | 6

/** A class name, or nothing: what {@link ComponentScope.slot} merges after the slot's class. */
export type ClassValue = string | false | null | undefined

/**
 * What a failure was about, beyond the action, e.g. `{ identityProviderId }`: passed on to the
 * host's `onError` context next to `action`.
 */
export type ErrorDetails = Readonly<Record<string, string>>

/**
 * What every part of a component reads from its scope instead of receiving it as props: the
 * texts, the permission check, the slot hooks, heading levels and the error reporter.
 */
export interface ComponentScope<Slot extends string = string, Action extends string = string> {
  /** The component's name, e.g. `DomainList` (its `mk-DomainList-*` classes). */
  component: string
  t: MyOrgTranslator['t']
  translator: MyOrgTranslator
  /** Whether the token grants what `operation` needs (false while the token loads). */
  can: (operation: OperationName) => boolean
  /** The styling hooks of a slot: `mk-{Component}-{slot}` (+ `extra` classes) and `data-slot`. */
  slot: (name: Slot, ...extra: ClassValue[]) => SlotProps
  /** The instance's `messages` prop (for nested public components). */
  messages: DeepPartial<MyOrgMessages> | undefined
  unstyled: boolean | undefined
  levels: { title: HeadingLevel; section: SubHeadingLevel; notice: SubHeadingLevel }
  /** Reports a failure the component shows to the host's `onError` (`details` join its context). */
  reportError: (error: unknown, action: Action, details?: ErrorDetails) => void
  /**
   * Moves focus to the component's title once React has committed: after a dialog closes on
   * something that went away (a deleted row), so focus doesn't fall to the page's body.
   */
  focusTitle: () => void
}

const ScopeContext = createContext<ComponentScope | null>(null)

/** Provides a component's scope to its parts (rendered by `ComponentFrame`). */
export const ComponentScopeProvider = ScopeContext.Provider

/**
 * The scope of the component this part renders in. Parts are typed by their component:
 * `useScope<DomainListSlot, DomainListAction>()`.
 */
export function useScope<
  Slot extends string = string,
  Action extends string = string,
>(): ComponentScope<Slot, Action> {
  const scope = use(ScopeContext)
  if (!scope) {
    throw new Error('myorg-kit: this part must render inside its component.')
  }
  return scope
}
