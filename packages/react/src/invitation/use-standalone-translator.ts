'use client'

import { useContext, useMemo } from 'react'

import { createFormatters } from '../i18n/format-message.ts'
import { type MyOrgTranslator, mergeMessages, translatorFor } from '../i18n/translator.ts'
import type { DeepPartial, MyOrgMessages, MyOrgMessagesInput } from '../i18n/types.ts'
import { MyOrgContext } from '../provider/my-org-context.ts'
import { useProviderTexts } from '../provider/use-provider-texts.ts'

/**
 * A translator for a component that may render before any `<MyOrgProvider>` exists (a login
 * route runs before the user has a token): the provider's locale and texts when there is one,
 * then the component's own `locale` and `messages`, over the component's US English `defaults`.
 */
export function useStandaloneTranslator(
  defaults: DeepPartial<MyOrgMessages>,
  locale: string | undefined,
  messages: MyOrgMessagesInput | undefined,
): MyOrgTranslator {
  const context = useContext(MyOrgContext)
  const tag = locale ?? context?.translator.locale ?? 'en-US'
  const own = useProviderTexts(tag, messages)
  return useMemo(() => {
    const base = { ...own.messages, ...defaults } as MyOrgMessages
    const layers = [...(context?.messageLayers ?? []), ...own.messageLayers]
    return translatorFor(mergeMessages(base, layers), createFormatters(tag))
  }, [context, own, defaults, tag])
}
