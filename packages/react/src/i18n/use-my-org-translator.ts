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
 * The provider carries only the shared texts (`common`, `errors`). A component passes its own
 * US English group as `defaults` (a module-level constant, e.g. `{ domainList:
 * domainListMessages }`); the provider's locale bundle and overrides are then applied over it.
 * This keeps the texts of components a host does not use out of its bundle.
 *
 * @example
 * const { t } = useMyOrgTranslator(props.messages, { domainList: domainListMessages })
 * t('domainList.title')
 */
export function useMyOrgTranslator(
  componentMessages?: DeepPartial<MyOrgMessages>,
  defaults?: DeepPartial<MyOrgMessages>,
): MyOrgTranslator {
  const { translator, messageLayers } = useMyOrg()
  return useMemo(() => {
    if (!componentMessages && !defaults) {
      return translator
    }
    // Overrides only replace texts the base has: add the component's group first, then apply
    // the provider's layers again so they reach it, then the component's own overrides.
    const base = defaults
      ? ({ ...translator.messages, ...defaults } as MyOrgMessages)
      : translator.messages
    const layers = defaults ? [...messageLayers, componentMessages] : [componentMessages]
    // The formatters come from the shared cache: no new `Intl` object per component instance.
    return translatorFor(mergeMessages(base, layers), createFormatters(translator.locale))
  }, [translator, messageLayers, componentMessages, defaults])
}
