import { describe, expect, it } from 'vitest'

import { enUS } from '../src/i18n/en-US.ts'
import {
  type MessagePart,
  createFormatters,
  formatMessage,
  parseMessage,
} from '../src/i18n/format-message.ts'
import { createMyOrgTranslator } from '../src/i18n/translator.ts'
import type { MessageParams } from '../src/i18n/types.ts'
import { pseudoLocaleTag, pseudoMessage, pseudoMessages, pseudoText } from './pseudo-locale.ts'
import { messageLeaves } from './message-tree.ts'

/** The ICU skeleton of a message: everything but its text. */
function skeleton(parts: readonly MessagePart[]): string {
  return parts
    .map((part) => {
      switch (part.type) {
        case 'text':
          return ''
        case 'argument':
          return `{${part.name}}`
        case 'pound':
          return '#'
        default:
          return `{${part.name},${part.type},${[...part.branches]
            .map(([selector, branch]) => `${selector}[${skeleton(branch)}]`)
            .join('')}}`
      }
    })
    .join('')
}

/** Values for every argument of a message: `X` for text, 2 for plurals, `other` for selects. */
function paramsFor(parts: readonly MessagePart[], params: Record<string, string | number> = {}) {
  for (const part of parts) {
    if (part.type === 'argument') {
      params[part.name] ??= 'X'
    } else if (part.type === 'plural' || part.type === 'select') {
      params[part.name] = part.type === 'plural' ? 2 : 'other'
      for (const branch of part.branches.values()) {
        paramsFor(branch, params)
      }
    }
  }
  return params as MessageParams
}

const english = messageLeaves(enUS)
const pseudo = new Map(messageLeaves(pseudoMessages))
const formatters = createFormatters('en-US')

describe('pseudo-locale', () => {
  it('has every key of enUS, all component groups included', () => {
    expect(english.length).toBeGreaterThan(500)
    expect([...pseudo.keys()]).toEqual(english.map(([key]) => key))
    expect(Object.keys(pseudoMessages)).toEqual(
      expect.arrayContaining(['domainList', 'idpWizard', 'scimTokenManager', 'orgDetailsForm']),
    )
  })

  it('keeps every placeholder, plural and select of every message', () => {
    for (const [key, message] of english) {
      const translated = pseudo.get(key) ?? ''
      expect(skeleton(parseMessage(translated)), key).toBe(skeleton(parseMessage(message)))
    }
  })

  it('makes every text with letters at least 1.3 times longer once formatted', () => {
    let checked = 0
    for (const [key, message] of english) {
      const params = paramsFor(parseMessage(message))
      const before = formatMessage(message, params, formatters).replaceAll('X', '')
      const after = formatMessage(pseudo.get(key) ?? '', params, formatters).replaceAll('X', '')
      if (/\p{L}/u.test(before)) {
        expect(after.length, `${key}: “${before}” → “${after}”`).toBeGreaterThanOrEqual(
          before.length * 1.3,
        )
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(500)
  })

  it('accents the text and leaves no plain vowel', () => {
    expect(pseudoText('Verify')).toBe('Vééríífýý')
    expect(pseudoText('Save changes')).not.toMatch(/[aeiouAEIOU]/)
    expect(pseudoText('DNS')).toHaveLength(5)
    expect(pseudoText(' — ')).toBe(' — ')
  })

  it('still fills placeholders and picks plural branches through the translator', () => {
    const { t } = createMyOrgTranslator({ locale: pseudoLocaleTag, messages: [pseudoMessages] })
    expect(t('domainList.count', { count: 0 })).toBe(pseudoText('No domains'))
    expect(t('domainList.count', { count: 1 })).toBe(
      `${pseudoText('Showing ')}1${pseudoText(' domain')}`,
    )
    expect(t('domainList.count', { count: 1200 })).toBe(
      `${pseudoText('Showing ')}1,200${pseudoText(' domains')}`,
    )
    const preview = t('domainList.add.preview', { domain: 'shop.acme.com' })
    expect(preview).toBe(`${pseudoText('Will add ')}shop.acme.com`)
    expect(t('errors.forbidden.description', { count: 1, scopes: 'read:x' })).toContain('read:x')
  })

  it('leaves text that only looks like syntax as text', () => {
    expect(parseMessage(pseudoMessage('Use {braces} {like, this}')).map((p) => p.type)).toEqual([
      'text',
      'argument',
      'text',
    ])
    expect(parseMessage(pseudoMessage('{a b} and # outside a plural'))).toEqual([
      { type: 'text', value: pseudoText('{a b} and # outside a plural') },
    ])
  })
})
