import type { MyOrgAppearance, MyOrgMessagesInput } from '@myorg-kit/react'
import { frFR } from '@myorg-kit/react/locales/fr-FR'
import { useEffect, useMemo } from 'react'

import type { Locale, Theme } from './scenario.ts'

/** The kit themed to Lumen's brand: its teal as the primary colour, in both colour schemes. */
const appearances: Record<Theme, MyOrgAppearance> = {
  light: { theme: 'light', variables: { colorPrimary: '#0f766e', borderRadius: '0.5rem' } },
  dark: {
    theme: 'dark',
    variables: { colorPrimary: '#2dd4bf', colorPrimaryContrast: '#042f2e', borderRadius: '0.5rem' },
  },
}

const messagesByLocale: Record<Locale, MyOrgMessagesInput | undefined> = {
  'en-US': undefined,
  'fr-FR': frFR,
}

/** The provider props that follow the scenario's theme and language, and the host's own theme. */
export function useKitSettings(theme: Theme, locale: Locale) {
  useEffect(() => {
    document.documentElement.dataset.theme = theme
  }, [theme])
  return useMemo(
    () => ({ appearance: appearances[theme], locale, messages: messagesByLocale[locale] }),
    [theme, locale],
  )
}
