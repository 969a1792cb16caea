import type { MyOrgTranslator } from '../../i18n/translator.ts'

/**
 * A date from the API (`created_at`, `valid_until`…) in the locale's medium style. A value that
 * doesn't parse reads "Unknown date" instead of throwing: one bad date must not blank the
 * host's page.
 */
export function formatApiDate(translator: MyOrgTranslator, value: string): string {
  if (Number.isNaN(Date.parse(value))) {
    return translator.t('scimTokenManager.unknownDate')
  }
  return translator.formatDate(value, { dateStyle: 'medium' })
}
