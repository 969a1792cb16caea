import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { enUS } from '../en-US.ts'
import { type MessagePart, parseMessage } from '../format-message.ts'
import { type MessageTree, messageLeaves } from '../../../test/message-tree.ts'

/** The names of a message's arguments, plural and select included, at any depth. */
function argumentNames(parts: readonly MessagePart[], names = new Set<string>()): Set<string> {
  for (const part of parts) {
    if (part.type === 'argument' || part.type === 'plural' || part.type === 'select') {
      names.add(`${part.name}${part.type === 'argument' ? '' : `,${part.type}`}`)
    }
    if (part.type === 'plural' || part.type === 'select') {
      for (const branch of part.branches.values()) {
        argumentNames(branch, names)
      }
    }
  }
  return names
}

const english = new Map(messageLeaves(enUS))

/** Every catalog the kit ships: `src/i18n/catalogs/<locale>.json`. */
const here = path.dirname(fileURLToPath(import.meta.url))
/** Each catalog's published module: `src/locales/<locale>.ts`. */
const localeDir = path.join(here, '../../locales')
const catalogs = readdirSync(here)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))

it('ships fr-FR, each catalog with its module under src/locales', () => {
  expect(catalogs).toContain('fr-FR')
  for (const locale of catalogs) {
    expect(existsSync(path.join(localeDir, `${locale}.ts`)), `locales/${locale}.ts`).toBe(true)
  }
})

describe.each(catalogs)('%s catalog', (locale) => {
  const catalog = JSON.parse(readFileSync(path.join(here, `${locale}.json`), 'utf8')) as MessageTree
  const translated = messageLeaves(catalog)

  it('has a text for every en-US key (names such as "Okta" are written again, unchanged)', () => {
    const keys = new Set(translated.map(([key]) => key))
    expect([...english.keys()].filter((key) => !keys.has(key))).toEqual([])
  })

  it('uses the arguments en-US passes in every text, with the same kinds', () => {
    const mismatched = translated.flatMap(([key, text]) => {
      const wanted = [...argumentNames(parseMessage(english.get(key) ?? ''))].sort()
      const got = [...argumentNames(parseMessage(text))].sort()
      return wanted.join() === got.join()
        ? []
        : [`${key}: ${got.join()} instead of ${wanted.join()}`]
    })
    expect(mismatched).toEqual([])
  })
})
