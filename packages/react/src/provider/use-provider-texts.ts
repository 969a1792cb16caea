'use client'

import { useMemo } from 'react'

import { coreMessages } from '../i18n/core-messages.ts'
import { createFormatters } from '../i18n/format-message.ts'
import {
  type MyOrgTranslator,
  mergeMessages,
  messageLayers,
  translatorFor,
} from '../i18n/translator.ts'
import type { DeepPartial, MyOrgMessages, MyOrgMessagesInput } from '../i18n/types.ts'

/**
 * The provider's texts: the shared groups (`common`, `errors`) with the host's locale bundle and
 * overrides applied. Each component brings its own group when it renders (tree-shaking keeps
 * the texts of components a host does not use out of its bundle).
 */
export function useProviderTexts(
  locale: string,
  input: MyOrgMessagesInput | undefined,
): { translator: MyOrgTranslator; messages: MyOrgMessages; layers: DeepPartial<MyOrgMessages>[] } {
  const formatters = useMemo(() => createFormatters(locale), [locale])
  const layers = useMemo(() => messageLayers(input), [input])
  const messages = useMemo(() => mergeMessages(coreMessages as MyOrgMessages, layers), [layers])
  const translator = useMemo(() => translatorFor(messages, formatters), [messages, formatters])
  return { translator, messages, layers }
}
