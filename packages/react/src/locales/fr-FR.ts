/**
 * French texts. Import from `@myorg-kit/react/locales/fr-FR` and pass to the provider:
 * `<MyOrgProvider locale="fr-FR" messages={frFR}>`. Keys missing here fall back to en-US.
 *
 * The texts live in `src/i18n/catalogs/fr-FR.json`, the format translation platforms read and
 * write. This module checks them against `MyOrgMessages` when it compiles: every value is a
 * string where en-US has one, and no key is unknown to en-US.
 */
import type { DeepPartial, KnownMessages, MyOrgMessages } from '../i18n/types.ts'
import catalog from '../i18n/catalogs/fr-FR.json'

export const frFR = catalog satisfies KnownMessages<typeof catalog> & DeepPartial<MyOrgMessages>
