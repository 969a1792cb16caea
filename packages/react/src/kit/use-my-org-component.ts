'use client'

import type { OperationName } from '@myorg-kit/client'
import { type Ref, useCallback, useId, useMemo } from 'react'

import type { MyOrgTranslator } from '../i18n/translator.ts'
import type { DeepPartial, MyOrgMessageKey, MyOrgMessages } from '../i18n/types.ts'
import { useMyOrgTranslator } from '../i18n/use-my-org-translator.ts'
import {
  type MyOrgPermissions,
  type MyOrgSession,
  useMyOrgPermissions,
  useMyOrgSession,
} from '../provider/use-my-org-session.ts'
import { type SlotProps, cx, getSlotProps } from '../theming/slots.ts'
import { type MyOrgRootProps, useMyOrgRootProps } from '../theming/use-my-org-root-props.ts'
import { focusLater } from '../ui/focus-later.ts'
import type {
  ClassValue,
  ComponentScope,
  ErrorDetails,
  HeadingLevel,
  SubHeadingLevel,
} from './scope.tsx'
import { useStableCallback } from './use-stable-callback.ts'

/** The props every component takes, with one meaning everywhere. */
export interface CommonComponentProps<Slot extends string, Action extends string> {
  /**
   * Heading level of the component's title, to fit the page outline; its sections and notices
   * use the levels below it.
   * @default 2
   */
  headingLevel?: HeadingLevel
  /** Extra class on the root element, merged after library classes. @default undefined */
  className?: string
  /** Per-slot classes (see the component's `…Slot` type). @default undefined */
  classNames?: Partial<Record<Slot, string>>
  /** Text overrides for this instance, over the provider's `messages`. @default undefined */
  messages?: DeepPartial<MyOrgMessages>
  /** Render without library styles (CSS variables, classes and data attributes stay). @default false */
  unstyled?: boolean
  /** The root element. @default undefined */
  ref?: Ref<HTMLElement>
  /**
   * Fires on every failure the component shows, with what it was doing. The component explains
   * the error itself; use this to log it.
   * @default undefined
   */
  onError?: (error: Error, context: { action: Action }) => void
}

/** Options of {@link useMyOrgComponent}. */
export interface MyOrgComponentOptions {
  /** The component's own US English texts (a module-level constant). */
  texts: DeepPartial<MyOrgMessages>
  /** The operations the component needs to show anything; without them it shows no access. */
  read: OperationName | readonly OperationName[]
  /** The no-access note: the namespace whose `noAccess` texts it shows, or its own texts. */
  noAccess: NoAccessNamespace | NoAccessTexts
}

/** The texts of a component's no-access note. */
export interface NoAccessTexts {
  title: MyOrgMessageKey
  description: MyOrgMessageKey
}

/** The message namespaces that have a no-access note (`<namespace>.noAccess.title/description`). */
export type NoAccessNamespace = {
  [Namespace in keyof MyOrgMessages]: MyOrgMessages[Namespace] extends {
    noAccess: { title: string; description: string }
  }
    ? Namespace
    : never
}[keyof MyOrgMessages]

/** The no-access note's texts of a component, by its message namespace. */
export function noAccessTexts(namespace: NoAccessNamespace): NoAccessTexts {
  return {
    title: `${namespace}.noAccess.title`,
    description: `${namespace}.noAccess.description`,
  }
}

/** What a component root gets from {@link useMyOrgComponent}. */
export interface ComponentKit<Slot extends string, Action extends string> {
  scope: ComponentScope<Slot, Action>
  t: MyOrgTranslator['t']
  translator: MyOrgTranslator
  can: (operation: OperationName) => boolean
  /** Whether the token grants every `read` operation. */
  canRead: boolean
  permissions: MyOrgPermissions
  session: MyOrgSession
  slot: (name: Slot, ...extra: ClassValue[]) => SlotProps
  /** The root's attributes: `data-mk-root`, theme, classes and `data-slot`. */
  rootProps: MyOrgRootProps & { 'data-slot': string }
  titleId: string
  levels: ComponentScope['levels']
  reportError: ComponentScope<Slot, Action>['reportError']
  noAccess: NoAccessTexts
}

/** Any thrown value as an `Error` (hosts' `onError` takes an `Error`). */
export function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error))
}

/**
 * The scaffold every component root starts with: texts, permissions, slot hooks, root
 * attributes, heading levels and error reporting. Render the result with `ComponentFrame`, which
 * provides the scope to the component's parts and shows the session/no-access states.
 *
 * @example
 * const options = { texts, read: 'listDomains', noAccess: 'domainList' } // module-level
 * const kit = useMyOrgComponent('DomainList', props, options)
 */
export function useMyOrgComponent<Slot extends string, Action extends string>(
  component: string,
  props: CommonComponentProps<Slot, Action>,
  options: MyOrgComponentOptions,
): ComponentKit<Slot, Action> {
  const { headingLevel = 2, className, classNames, messages, unstyled } = props
  const translator = useMyOrgTranslator(messages, options.texts)
  const permissions = useMyOrgPermissions()
  const { can } = permissions
  const session = useMyOrgSession()
  const titleId = useId()
  const reads: readonly OperationName[] =
    typeof options.read === 'string' ? [options.read] : options.read
  const canRead = reads.every((operation) => can(operation))
  const onError = useStableCallback(props.onError)
  const reportError = useCallback(
    (error: unknown, action: Action, details?: ErrorDetails) => {
      onError(toError(error), { ...details, action })
    },
    [onError],
  )
  const slot = useCallback(
    (name: Slot, ...extra: ClassValue[]): SlotProps => {
      const props = getSlotProps(component, name, classNames)
      return extra.length === 0 ? props : { ...props, className: cx(props.className, ...extra) }
    },
    [component, classNames],
  )
  const rootSlot = slot('root' as Slot)
  const rootProps = useMyOrgRootProps({
    componentClassName: cx(`mk-${component}`, rootSlot.className),
    className,
    unstyled,
  })
  const sub = Math.min(headingLevel + 1, 6) as SubHeadingLevel
  const levels = useMemo(
    () => ({ title: headingLevel, section: sub, notice: sub }),
    [headingLevel, sub],
  )
  const focusTitle = useCallback(() => {
    focusLater(() => document.getElementById(titleId))
  }, [titleId])
  const scope = useMemo<ComponentScope<Slot, Action>>(
    () => ({
      component,
      t: translator.t,
      translator,
      can,
      slot,
      messages,
      unstyled,
      levels,
      reportError,
      focusTitle,
    }),
    [component, translator, can, slot, messages, unstyled, levels, reportError, focusTitle],
  )
  return {
    scope,
    t: translator.t,
    translator,
    can,
    canRead,
    permissions,
    session,
    slot,
    rootProps: { ...rootProps, 'data-slot': rootSlot['data-slot'] },
    titleId,
    levels,
    reportError,
    noAccess:
      typeof options.noAccess === 'string' ? noAccessTexts(options.noAccess) : options.noAccess,
  }
}
