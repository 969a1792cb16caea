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

/** The provider's texts, as the context carries them. */
export interface ProviderTexts {
  /** The provider-level translator (locale + provider `messages`). */
  translator: MyOrgTranslator
  /** The shared texts with the provider's overrides applied. */
  messages: MyOrgMessages
  /** The provider's `messages` layers (locale bundle, overrides), lowest precedence first. */
  messageLayers: readonly DeepPartial<MyOrgMessages>[]
}

/**
 * The provider's texts: the shared groups (`common`, `errors`) with the host's locale bundle and
 * overrides applied. Each component brings its own group when it renders (tree-shaking keeps
 * the texts of components a host does not use out of its bundle). One object, stable while the
 * locale and `messages` are, ready to spread into the context value.
 */
export function useProviderTexts(
  locale: string,
  input: MyOrgMessagesInput | undefined,
): ProviderTexts {
  const formatters = useMemo(() => createFormatters(locale), [locale])
  const layers = useMemo(() => messageLayers(input), [input])
  const messages = useMemo(() => mergeMessages(coreMessages as MyOrgMessages, layers), [layers])
  return useMemo(
    () => ({ translator: translatorFor(messages, formatters), messages, messageLayers: layers }),
    [messages, formatters, layers],
  )
}
