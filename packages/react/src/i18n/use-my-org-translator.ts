'use client'

import { useMemo } from 'react'

import { useMyOrg } from '../provider/my-org-context.ts'
import { createFormatters } from './format-message.ts'
import { type MyOrgTranslator, mergeMessages, translatorFor } from './translator.ts'
import type { DeepPartial, MyOrgMessages } from './types.ts'

/**
 * The translator for a component: the provider's locale and texts, with the component's own
 * `messages` prop on top (deepest wins: component > provider > locale bundle > en-US).
 *
 * @example
 * const { t } = useMyOrgTranslator(props.messages)
 * t('common.actions.save')
 */
export function useMyOrgTranslator(
  componentMessages?: DeepPartial<MyOrgMessages>,
): MyOrgTranslator {
  const { translator } = useMyOrg()
  return useMemo(
    () =>
      componentMessages
        ? translatorFor(
            mergeMessages(translator.messages, [componentMessages]),
            createFormatters(translator.locale),
          )
        : translator,
    [translator, componentMessages],
  )
}
