import type { MyOrgTranslator } from '../../i18n/translator.ts'

/**
 * A date from the API (`created_at`, `valid_until`…) in the locale's medium style; one that
 * doesn't parse reads "Unknown date" (the translator never throws on a date).
 */
export function formatApiDate(translator: MyOrgTranslator, value: string): string {
  return translator.formatDate(value, { dateStyle: 'medium' })
}
