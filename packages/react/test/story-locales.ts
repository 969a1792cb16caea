/**
 * The locales of the Storybook toolbar: the kit's two real bundles and the pseudo-locale (every
 * text accented and ~40 % longer), which shows at a glance what breaks when a translation runs
 * long. `.storybook/preview.tsx` renders the provider with one; stories that query what the user
 * reads (the layout check's) build a translator from the same choice.
 */
import { type MyOrgTranslator, createMyOrgTranslator } from '../src/i18n/translator.ts'
import type { DeepPartial, MyOrgMessages } from '../src/i18n/types.ts'
import { frFR } from '../src/locales/fr-FR.ts'
import { pseudoLocaleTag, pseudoMessages } from './pseudo-locale.ts'

export interface StoryLocale {
  /** The toolbar's label. */
  title: string
  /** The provider's `locale` (plurals, numbers, dates). */
  locale: string
  /** The provider's `messages`, over en-US. */
  messages?: DeepPartial<MyOrgMessages>
}

export const storyLocales = {
  'en-US': { title: 'English (US)', locale: 'en-US' },
  'fr-FR': { title: 'Français', locale: 'fr-FR', messages: frFR },
  pseudo: {
    title: 'Pseudo (accented, 40 % longer)',
    locale: pseudoLocaleTag,
    messages: pseudoMessages,
  },
} satisfies Record<string, StoryLocale>

export type StoryLocaleName = keyof typeof storyLocales

/** The toolbar's locale from Storybook globals (`?globals=locale:pseudo`), en-US by default. */
export function storyLocaleName(globals: Record<string, unknown>): StoryLocaleName {
  const value = globals.locale
  return typeof value === 'string' && value in storyLocales ? (value as StoryLocaleName) : 'en-US'
}

/** The locale settings for the toolbar's choice. */
export function storyLocale(globals: Record<string, unknown>): StoryLocale {
  return storyLocales[storyLocaleName(globals)]
}

/** A translator for the toolbar's locale: what the user reads, for role-and-name queries. */
export function storyTranslator(globals: Record<string, unknown>): MyOrgTranslator {
  const { locale, messages } = storyLocale(globals)
  return createMyOrgTranslator({ locale, messages: [messages] })
}
