'use client'

import { useContext, useMemo } from 'react'

import { coreMessages } from '../i18n/core-messages.ts'
import { createFormatters } from '../i18n/format-message.ts'
import {
  type MyOrgTranslator,
  mergeMessages,
  messageLayers,
  translatorFor,
} from '../i18n/translator.ts'
import type { DeepPartial, MyOrgMessages, MyOrgMessagesInput } from '../i18n/types.ts'
import { MyOrgContext } from '../provider/my-org-context.ts'

/**
 * A translator for a component that may render before any `<MyOrgProvider>` exists (a login
 * route runs before the user has a token): the provider's locale and texts when there is one,
 * then the component's own `locale` and `messages`.
 */
export function useStandaloneTranslator(
  defaults: DeepPartial<MyOrgMessages>,
  locale: string | undefined,
  messages: MyOrgMessagesInput | undefined,
): MyOrgTranslator {
  const context = useContext(MyOrgContext)
  return useMemo(() => {
    const base = { ...(context?.messages ?? coreMessages), ...defaults } as MyOrgMessages
    const layers = [...(context?.messageLayers ?? []), ...messageLayers(messages)]
    const tag = locale ?? context?.translator.locale ?? 'en-US'
    return translatorFor(mergeMessages(base, layers), createFormatters(tag))
  }, [context, defaults, locale, messages])
}
