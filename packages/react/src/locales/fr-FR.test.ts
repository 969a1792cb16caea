import { describe, expect, it } from 'vitest'

import { enUS } from '../i18n/en-US.ts'
import { type MessagePart, parseMessage } from '../i18n/format-message.ts'
import { frFR } from './fr-FR.ts'

type Tree = { readonly [key: string]: string | Tree }

/** Every message as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  )
}

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

const english = new Map(leaves(enUS))

describe('fr-FR catalog', () => {
  const french = leaves(frFR)

  it('has a text for every en-US key (names such as "Okta" are written again, unchanged)', () => {
    const translated = new Set(french.map(([key]) => key))
    expect([...english.keys()].filter((key) => !translated.has(key))).toEqual([])
  })

  it('uses the arguments en-US passes in every text, with the same kinds', () => {
    const mismatched = french.flatMap(([key, text]) => {
      const wanted = [...argumentNames(parseMessage(english.get(key) ?? ''))].sort()
      const got = [...argumentNames(parseMessage(text))].sort()
      return wanted.join() === got.join()
        ? []
        : [`${key}: ${got.join()} instead of ${wanted.join()}`]
    })
    expect(mismatched).toEqual([])
  })
})
