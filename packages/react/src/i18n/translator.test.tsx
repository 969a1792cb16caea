import { MyOrgApiError, MyOrgResponseValidationError, MyOrgTokenError } from '@myorg-kit/client'
import { renderHook, screen } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'

import { renderWithMyOrg } from '../../test/render.tsx'
import { domainListMessages } from '../components/domain-list/domain-list.messages.ts'
import { frFR } from '../locales/fr-FR.ts'
import { MyOrgProvider } from '../provider/my-org-provider.tsx'
import { describeError } from './describe-error.ts'
import { createFormatters, formatMessage } from './format-message.ts'
import { createMyOrgTranslator } from './translator.ts'
import type { DeepPartial, MyOrgMessages } from './types.ts'
import { useMyOrgTranslator } from './use-my-org-translator.ts'

const en = createFormatters('en-US')

describe('formatMessage', () => {
  it('fills {placeholders} and leaves unknown ones visible', () => {
    expect(formatMessage('Add {origin} to {place}', { origin: 'https://app.example' }, en)).toBe(
      'Add https://app.example to {place}',
    )
  })

  it('formats numbers and dates with the locale', () => {
    expect(formatMessage('{n} requests', { n: 12345 }, en)).toBe('12,345 requests')
    expect(formatMessage('{n} requêtes', { n: 12345 }, createFormatters('fr-FR'))).toBe(
      '12\u202f345 requêtes',
    )
  })

  it.each([
    [0, 'No domains'],
    [1, 'One domain'],
    [2, '2 domains'],
    [1500, '1,500 domains'],
  ])('plural with count %i → %s', (count, expected) => {
    const message = '{count, plural, =0 {No domains} one {One domain} other {# domains}}'
    expect(formatMessage(message, { count }, en)).toBe(expected)
  })

  it('uses the locale’s plural rules (fr: 0 and 1 are "one")', () => {
    const message = '{count, plural, one {# domaine} other {# domaines}}'
    const fr = createFormatters('fr-FR')
    expect(formatMessage(message, { count: 0 }, fr)).toBe('0 domaine')
    expect(formatMessage(message, { count: 1 }, fr)).toBe('1 domaine')
    expect(formatMessage(message, { count: 3 }, fr)).toBe('3 domaines')
  })

  it('nests placeholders inside plural branches, and supports select', () => {
    const message =
      '{count, plural, one {Missing {scopes}} other {Missing # scopes: {scopes}}} ({kind, select, api {API} other {other}})'
    expect(formatMessage(message, { count: 2, scopes: 'a and b', kind: 'api' }, en)).toBe(
      'Missing 2 scopes: a and b (API)',
    )
  })

  it('isolates a value with bidi controls so it cannot reverse the sentence around it', () => {
    const en = createFormatters('en-US')
    // An unterminated RIGHT-TO-LEFT OVERRIDE in a name: without isolation it would reverse
    // "? Delete" too. FSI … PDI contains it; plain values are left untouched.
    expect(formatMessage('Delete {name}?', { name: 'evil\u202Egnp.exe' }, en)).toBe(
      'Delete \u2068evil\u202Egnp.exe\u2069?',
    )
    expect(formatMessage('Delete {name}?', { name: 'acme.com' }, en)).toBe('Delete acme.com?')
  })

  it('never throws on malformed messages', () => {
    expect(formatMessage('Broken {count, plural, one {x}', { count: 1 }, en)).toContain('Broken')
    expect(formatMessage('{ not an argument }', {}, en)).toBe('{ not an argument }')
  })
})

/** A locale bundle that leaves texts out (the shipped fr-FR is complete): its errors section. */
const partialFrench = { ...frFR, errors: {} }

describe('createMyOrgTranslator', () => {
  it('never throws on a date that does not parse: "Unknown date", in the locale', () => {
    const en = createMyOrgTranslator()
    expect(() => en.formatDate('not-a-date', { dateStyle: 'medium' })).not.toThrow()
    expect(en.formatDate('not-a-date', { dateStyle: 'medium' })).toBe('Unknown date')
    expect(en.formatDate('', undefined)).toBe('Unknown date')
    const fr = createMyOrgTranslator({ locale: 'fr-FR', messages: [frFR] })
    expect(fr.formatDate('2026-13-45T99:00:00Z')).toBe('Date inconnue')
    expect(en.formatDate('2026-11-23T00:00:00Z', { dateStyle: 'medium', timeZone: 'UTC' })).toBe(
      'Nov 23, 2026',
    )
  })

  it('layers overrides: later wins, missing keys fall back to en-US', () => {
    const { t } = createMyOrgTranslator({
      locale: 'fr-FR',
      messages: [partialFrench, { common: { actions: { save: 'Valider' } } }],
    })
    expect(t('common.actions.save')).toBe('Valider')
    expect(t('common.actions.cancel')).toBe('Annuler')
    // Not translated in the bundle: en-US.
    expect(t('errors.aborted.title')).toBe('The request was cancelled')
    expect(t('common.itemCount', { count: 0 })).toBe('Aucun élément')
  })

  it('ignores overrides that are not strings', () => {
    const { t } = createMyOrgTranslator({
      messages: [{ common: { actions: { save: 42 } } } as unknown as DeepPartial<MyOrgMessages>],
    })
    expect(t('common.actions.save')).toBe('Save')
  })
})

describe('useMyOrgTranslator', () => {
  it('deepest wins: component > provider > locale bundle > en-US', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MyOrgProvider
        domain="tenant.example"
        getAccessToken={() => Promise.resolve('t')}
        locale="fr-FR"
        messages={[
          partialFrench,
          { common: { actions: { save: 'Provider save', cancel: 'Provider cancel' } } },
        ]}
      >
        {children}
      </MyOrgProvider>
    )
    const component = { common: { actions: { save: 'Component save' } } }
    const { result } = renderHook(() => useMyOrgTranslator(component), { wrapper })
    const { t, locale } = result.current
    expect(locale).toBe('fr-FR')
    expect(t('common.actions.save')).toBe('Component save')
    expect(t('common.actions.cancel')).toBe('Provider cancel')
    expect(t('common.actions.retry')).toBe('Réessayer')
    expect(t('errors.aborted.title')).toBe('The request was cancelled')
  })

  it('a component’s own texts take the locale bundle and every override layer', () => {
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MyOrgProvider
        domain="tenant.example"
        getAccessToken={() => Promise.resolve('t')}
        locale="fr-FR"
        messages={[frFR, { domainList: { title: 'Provider title' } }]}
      >
        {children}
      </MyOrgProvider>
    )
    const own = { domainList: domainListMessages }
    const component = { domainList: { add: { submit: 'Component add' } } }
    const { result } = renderHook(() => useMyOrgTranslator(component, own), { wrapper })
    const { t } = result.current
    expect(t('domainList.title')).toBe('Provider title')
    expect(t('domainList.add.submit')).toBe('Component add')
    expect(t('domainList.add.label')).toBe(frFR.domainList.add.label)
    expect(t('domainList.add.label')).not.toBe(domainListMessages.add.label)
    expect(t('common.actions.retry')).toBe('Réessayer')
  })

  it('the provider alone carries only the shared texts; each component adds its own', () => {
    const { result } = renderHook(() => useMyOrgTranslator(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <MyOrgProvider domain="tenant.example" getAccessToken={() => Promise.resolve('t')}>
          {children}
        </MyOrgProvider>
      ),
    })
    expect(result.current.t('common.actions.save')).toBe('Save')
    expect(result.current.t('domainList.title')).toBe('domainList.title')
  })

  it('renders texts in components', () => {
    function Saver() {
      const { t } = useMyOrgTranslator()
      return <button type="button">{t('common.actions.save')}</button>
    }
    renderWithMyOrg(<Saver />, {
      providerProps: { messages: { common: { actions: { save: 'Store' } } } },
    })
    expect(screen.getByRole('button', { name: 'Store' })).toBeInTheDocument()
  })
})

describe('describeError', () => {
  const translator = createMyOrgTranslator()

  it('429 → wait, with the seconds', () => {
    const error = new MyOrgApiError({ status: 429, title: 'Too Many', retryAfter: 3 })
    expect(describeError(error, translator)).toEqual({
      title: 'Too many requests',
      description: 'The organization’s request limit was reached. Try again in 3 seconds.',
      action: 'wait',
      retryAfterSeconds: 3,
    })
  })

  it('403 names only the missing scopes when the granted set is known', () => {
    const error = new MyOrgApiError({
      status: 403,
      title: 'Insufficient Scope',
      operation: 'listDomainIdentityProviders',
    })
    const described = describeError(error, translator, {
      grantedScopes: new Set(['read:my_org:domains']),
    })
    expect(described.description).toContain(
      'missing the permission read:my_org:identity_providers.',
    )
    expect(describeError(error, translator).description).toContain(
      'read:my_org:domains and read:my_org:identity_providers',
    )
  })

  it.each([
    ['login_required', 'login', 'Sign in again'],
    ['consent_required', 'consent', 'Review and allow access'],
    ['mfa_required', 'mfa', 'Verify your identity'],
  ] as const)('token %s → action %s', (code, action, label) => {
    const described = describeError(new MyOrgTokenError(code, 'x'), translator)
    expect(described.action).toBe(action)
    expect(described.actionLabel).toBe(label)
  })

  it('contract violations and unknown errors get their own texts', () => {
    expect(describeError(new MyOrgResponseValidationError([], 200), translator).title).toBe(
      'Unexpected answer from the server',
    )
    expect(describeError(new Error('boom'), translator).title).toBe('Something went wrong')
    expect(
      describeError(new MyOrgApiError({ status: 502, title: 'Bad Gateway' }), translator)
        .description,
    ).toContain('(502)')
  })
})

describe('Intl formatters are built once per locale and options', () => {
  const date = new Date('2025-03-04T05:06:07Z')
  const { DateTimeFormat, ListFormat, NumberFormat } = Intl

  /** Counts `new Intl.X(…)` calls; each still builds a real formatter. */
  function countConstructions() {
    return {
      dates: vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locales, options) {
        return new DateTimeFormat(locales, options)
      }),
      lists: vi.spyOn(Intl, 'ListFormat').mockImplementation(function (locales, options) {
        return new ListFormat(locales, options)
      }),
      numbers: vi.spyOn(Intl, 'NumberFormat').mockImplementation(function (locales, options) {
        return new NumberFormat(locales, options)
      }),
    }
  }

  it('formatDate and formatList with the same options reuse one Intl object', () => {
    const { dates, lists } = countConstructions()
    try {
      // A locale and options no other test uses, so the cache starts empty for them.
      const translator = createMyOrgTranslator({ locale: 'nl-BE' })
      const options: Intl.DateTimeFormatOptions = { dateStyle: 'full', timeZone: 'UTC' }
      const first = translator.formatDate(date, options)
      // Same options in another key order, and a second translator of the same locale.
      const second = createMyOrgTranslator({ locale: 'nl-BE' }).formatDate(date, {
        timeZone: 'UTC',
        dateStyle: 'full',
      })
      expect(second).toBe(first)
      expect(first).toContain('2025')
      // One for the locale's default format, one for { dateStyle: 'full', timeZone: 'UTC' }.
      expect(dates).toHaveBeenCalledTimes(2)

      expect(translator.formatList(['a', 'b', 'c'])).toBe('a, b en c')
      expect(translator.formatList(['d', 'e'])).toBe('d en e')
      expect(lists).toHaveBeenCalledTimes(1)

      translator.formatDate(date, { dateStyle: 'short', timeZone: 'UTC' })
      expect(dates).toHaveBeenCalledTimes(3)
    } finally {
      vi.restoreAllMocks()
    }
  })

  it('components using useMyOrgTranslator share the provider’s formatters', () => {
    const { dates, numbers } = countConstructions()
    try {
      function Stamp({ label }: { label: string }) {
        const { formatDate, formatNumber } = useMyOrgTranslator(undefined, {
          domainList: domainListMessages,
        })
        return (
          <p>
            {label}: {formatDate(date)} / {formatNumber(1234.5)}
          </p>
        )
      }
      renderWithMyOrg(
        <>
          <Stamp label="one" />
          <Stamp label="two" />
          <Stamp label="three" />
        </>,
        { providerProps: { locale: 'de-AT' } },
      )
      expect(screen.getByText(/^one:/)).toHaveTextContent(/04\.03\.2025.*234,5/)
      expect(screen.getByText(/^three:/).textContent.replace(/^three/, '')).toBe(
        screen.getByText(/^one:/).textContent.replace(/^one/, ''),
      )
      // The provider's formatters for de-AT, built once, whatever the number of components.
      expect(dates).toHaveBeenCalledTimes(1)
      expect(numbers).toHaveBeenCalledTimes(1)
    } finally {
      vi.restoreAllMocks()
    }
  })
})
