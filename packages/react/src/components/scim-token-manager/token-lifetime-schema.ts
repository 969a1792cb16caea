import * as z from 'zod/mini'

import type { MyOrgTranslator } from '../../i18n/translator.ts'
import {
  MAX_CUSTOM_DAYS,
  TOKEN_LIFETIME_PRESETS,
  type TokenLifetimeChoice,
  type TokenLifetimeValues,
} from './token-lifetime.ts'

// Its own module: the form loads it (and zod with it) on first submit, not with the page.
/** Every value the lifetime picker can hold. */
const LIFETIME_CHOICES: readonly string[] = [
  ...TOKEN_LIFETIME_PRESETS.map((days): TokenLifetimeChoice => `${days}`),
  'custom',
  'never',
] satisfies readonly TokenLifetimeChoice[]

/** The message key for a custom number of days, or `undefined` when it is valid. */
function customDaysProblem(text: string) {
  if (text === '') {
    return 'scimTokenManager.create.errors.customRequired' as const
  }
  if (!/^\d+$/.test(text)) {
    return 'scimTokenManager.create.errors.customInteger' as const
  }
  const days = Number(text)
  return days < 1 || days > MAX_CUSTOM_DAYS
    ? ('scimTokenManager.create.errors.customRange' as const)
    : undefined
}

/**
 * The create form's schema (zod/mini), with localized messages. The values come from the form's
 * own inputs, so like the wizard's it checks them in one refinement instead of an object schema.
 */
export function createTokenLifetimeSchema(t: MyOrgTranslator['t']) {
  return z.custom<TokenLifetimeValues>().check(
    z.superRefine((values, ctx) => {
      if (!LIFETIME_CHOICES.includes(values.lifetime)) {
        const message = t('scimTokenManager.create.errors.lifetimeRequired')
        ctx.addIssue({ code: 'custom', path: ['lifetime'], message, input: values.lifetime })
        return
      }
      const problem =
        values.lifetime === 'custom' ? customDaysProblem(values.customDays.trim()) : undefined
      if (problem) {
        ctx.addIssue({
          code: 'custom',
          path: ['customDays'],
          message: t(problem),
          input: values.customDays,
        })
      }
    }),
  )
}
