import { describe, expect, it } from 'vitest'

import * as z from './schema-kit.ts'

/** The issues of a failed parse (fails the test when the parse succeeds). */
function issuesOf(schema: z.ZodMiniType, input: unknown): z.SchemaIssue[] {
  const result = schema.safeParse(input)
  if (result.success) {
    throw new Error(`expected ${JSON.stringify(input)} to be refused`)
  }
  return result.error.issues
}

const dataOf = (schema: z.ZodMiniType, input: unknown): unknown => schema.parse(input)

describe('leaf schemas', () => {
  it.each([
    ['string', z.string(), 'a', 1],
    ['number', z.number(), 1.5, '1'],
    ['boolean', z.boolean(), false, 'false'],
  ] as const)('%s accepts its type and names it when refusing', (expected, schema, ok, bad) => {
    expect(dataOf(schema, ok)).toBe(ok)
    expect(issuesOf(schema, bad)).toEqual([
      { code: 'invalid_type', expected, path: [], message: 'Invalid input' },
    ])
  })

  it('refuses NaN and Infinity as numbers', () => {
    expect(issuesOf(z.number(), Number.NaN)[0]?.code).toBe('invalid_type')
    expect(issuesOf(z.number(), Infinity)[0]?.code).toBe('invalid_type')
  })

  it('int: a number, whole, in the safe range; its message on every issue', () => {
    const whole = z.int('whole seconds')
    expect(dataOf(whole, 3)).toBe(3)
    expect(issuesOf(whole, 'x')).toEqual([
      { code: 'invalid_type', expected: 'number', path: [], message: 'whole seconds' },
    ])
    expect(issuesOf(whole, 1.5)).toEqual([
      { code: 'invalid_type', expected: 'int', path: [], message: 'whole seconds' },
    ])
    expect(issuesOf(whole, 2 ** 60)).toEqual([
      {
        code: 'too_big',
        origin: 'int',
        maximum: Number.MAX_SAFE_INTEGER,
        inclusive: true,
        path: [],
        message: 'whole seconds',
      },
    ])
  })

  it('literal and enum list the values they accept', () => {
    expect(dataOf(z.literal('scim'), 'scim')).toBe('scim')
    expect(issuesOf(z.enum(['a', 'b']), 'c')).toEqual([
      { code: 'invalid_value', values: ['a', 'b'], path: [], message: 'Invalid input' },
    ])
    expect(issuesOf(z.literal(1, 'must be one'), 2)).toEqual([
      { code: 'invalid_value', values: [1], path: [], message: 'must be one' },
    ])
  })

  it('email: a string shaped like an address', () => {
    expect(dataOf(z.email(), 'ada@example.com')).toBe('ada@example.com')
    expect(issuesOf(z.email('an email'), 'ada@')).toEqual([
      {
        code: 'invalid_format',
        format: 'email',
        origin: 'string',
        pattern: expect.stringContaining('@') as string,
        path: [],
        message: 'an email',
      },
    ])
    expect(issuesOf(z.email('an email'), 5)[0]).toMatchObject({
      code: 'invalid_type',
      message: 'an email',
    })
  })

  it('unknown accepts anything', () => {
    expect(dataOf(z.unknown(), { any: 1 })).toEqual({ any: 1 })
  })
})

describe('wrappers', () => {
  it('optional lets undefined through; nullable lets null through', () => {
    expect(dataOf(z.optional(z.string()), undefined)).toBeUndefined()
    expect(dataOf(z.nullable(z.string()), null)).toBeNull()
    expect(issuesOf(z.optional(z.string()), null)[0]?.code).toBe('invalid_type')
    expect(issuesOf(z.nullable(z.string()), undefined)[0]?.code).toBe('invalid_type')
  })

  it('_default fills undefined with a fresh value', () => {
    const list = z._default(z.array(z.string()), () => [])
    expect(dataOf(list, undefined)).toEqual([])
    expect(dataOf(list, ['a'])).toEqual(['a'])
  })
})

describe('objects', () => {
  const shape = { name: z.string(), nick: z.optional(z.string()) }

  it('object drops keys its shape does not name', () => {
    expect(dataOf(z.object(shape), { name: 'a', extra: 1 })).toEqual({ name: 'a' })
  })

  it('looseObject keeps them', () => {
    expect(dataOf(z.looseObject(shape), { name: 'a', extra: 1 })).toEqual({ name: 'a', extra: 1 })
  })

  it('strictObject refuses them in one issue, after the properties’ issues', () => {
    expect(issuesOf(z.strictObject(shape), { name: 1, x: 1, y: 2 })).toEqual([
      { code: 'invalid_type', expected: 'string', path: ['name'], message: 'Invalid input' },
      { code: 'unrecognized_keys', keys: ['x', 'y'], path: [], message: 'Invalid input' },
    ])
  })

  it('a missing key is an invalid_type at its path; an optional one may be left out', () => {
    expect(issuesOf(z.object(shape), {})).toEqual([
      { code: 'invalid_type', expected: 'string', path: ['name'], message: 'Invalid input' },
    ])
    expect(dataOf(z.object(shape), { name: 'a' })).toEqual({ name: 'a' })
    expect(issuesOf(z.object({ any: z.unknown() }), {})).toEqual([
      { code: 'invalid_type', expected: 'nonoptional', path: ['any'], message: 'Invalid input' },
    ])
  })

  it('refuses null and arrays as objects', () => {
    for (const input of [null, [], 'x']) {
      expect(issuesOf(z.object(shape), input)).toEqual([
        { code: 'invalid_type', expected: 'object', path: [], message: 'Invalid input' },
      ])
    }
  })

  it('paths reach into nested objects and arrays', () => {
    const schema = z.object({ list: z.array(z.object({ id: z.string() })) })
    expect(issuesOf(schema, { list: [{ id: 'a' }, { id: 2 }] })).toEqual([
      {
        code: 'invalid_type',
        expected: 'string',
        path: ['list', 1, 'id'],
        message: 'Invalid input',
      },
    ])
  })
})

describe('arrays', () => {
  it('refuses a non-array and reports each bad item', () => {
    expect(issuesOf(z.array(z.string()), 'a')[0]).toMatchObject({ expected: 'array' })
    expect(issuesOf(z.array(z.string()), [1, 'a', 2]).map((issue) => issue.path)).toEqual([
      [0],
      [2],
    ])
  })

  it('refuses an oversized array on its length alone, before reading any item', () => {
    const schema = z.array(z.string()).check(z.maxLength(1, 'one at most'))
    expect(issuesOf(schema, [1, 2])).toEqual([
      {
        code: 'too_big',
        origin: 'array',
        maximum: 1,
        inclusive: true,
        path: [],
        message: 'one at most',
      },
    ])
  })
})

describe('checks', () => {
  it('regex, minLength and maxLength report zod-shaped issues with their message', () => {
    const schema = z.string().check(z.regex(/^a/, 'starts with a'), z.maxLength(2, 'short'))
    expect(issuesOf(schema, 'bcd')).toEqual([
      {
        code: 'invalid_format',
        format: 'regex',
        origin: 'string',
        pattern: '/^a/',
        path: [],
        message: 'starts with a',
      },
      {
        code: 'too_big',
        origin: 'string',
        maximum: 2,
        inclusive: true,
        path: [],
        message: 'short',
      },
    ])
    expect(issuesOf(z.array(z.string()).check(z.minLength(1)), [])).toEqual([
      {
        code: 'too_small',
        origin: 'array',
        minimum: 1,
        inclusive: true,
        path: [],
        message: 'Invalid input',
      },
    ])
  })

  it('gt is exclusive, gte and lte inclusive', () => {
    const bounded = z.number().check(z.gt(0), z.lte(10))
    expect(dataOf(bounded, 10)).toBe(10)
    expect(issuesOf(bounded, 0)).toEqual([
      {
        code: 'too_small',
        origin: 'number',
        minimum: 0,
        inclusive: false,
        path: [],
        message: 'Invalid input',
      },
    ])
    expect(issuesOf(z.number().check(z.gte(1)), 0)[0]).toMatchObject({ inclusive: true })
    expect(issuesOf(bounded, 11)[0]).toMatchObject({ code: 'too_big', maximum: 10 })
  })

  it('url parses the trimmed string', () => {
    const link = z.string().check(z.url('a URL'))
    expect(dataOf(link, ' https://acme.com/logo.png ')).toBe('https://acme.com/logo.png')
    expect(issuesOf(link, 'https://a b')).toEqual([
      { code: 'invalid_format', format: 'url', path: [], message: 'a URL' },
    ])
  })

  it('refine sees the parsed value and reports a custom issue', () => {
    const nonEmpty = z
      .strictObject({ a: z.optional(z.string()) })
      .check(z.refine((body) => Object.keys(body).length > 0, 'change something'))
    expect(issuesOf(nonEmpty, {})).toEqual([
      { code: 'custom', path: [], message: 'change something' },
    ])
    // An unknown key does not stop the refinement; it sees the output, without that key.
    expect(issuesOf(nonEmpty, { x: 1 }).map((issue) => issue.code)).toEqual([
      'unrecognized_keys',
      'custom',
    ])
  })

  it('a refinement is skipped once the value itself is invalid; length checks still run', () => {
    const distinct = z.array(z.string()).check(
      z.minLength(3, 'three'),
      z.refine((items: readonly unknown[]) => new Set(items).size === items.length, 'distinct'),
    )
    expect(issuesOf(distinct, [1, 1]).map((issue) => issue.message)).toEqual([
      'Invalid input',
      'Invalid input',
      'three',
    ])
    expect(issuesOf(distinct, ['a', 'a']).map((issue) => issue.message)).toEqual([
      'three',
      'distinct',
    ])
  })

  it('check() returns a new schema and leaves the original as it was', () => {
    const base = z.string()
    const short = base.check(z.maxLength(1))
    expect(dataOf(base, 'long')).toBe('long')
    expect(short.safeParse('long').success).toBe(false)
  })
})

describe('unions', () => {
  const a = z.strictObject({ a: z.string() })
  const b = z.strictObject({ b: z.string() })

  it('takes the first branch that accepts the value', () => {
    expect(dataOf(z.union([z.string(), z.number()]), 2)).toBe(2)
  })

  it('lists every branch’s issues when none accepts it', () => {
    expect(issuesOf(z.union([z.string(), z.number()]), true)).toEqual([
      {
        code: 'invalid_union',
        errors: [
          [{ code: 'invalid_type', expected: 'string', path: [], message: 'Invalid input' }],
          [{ code: 'invalid_type', expected: 'number', path: [], message: 'Invalid input' }],
        ],
        path: [],
        message: 'Invalid input',
      },
    ])
  })

  it('reports the only branch that got past the value’s shape directly', () => {
    expect(issuesOf(z.union([a, b]), { a: 'x', c: 1 })).toEqual([
      { code: 'unrecognized_keys', keys: ['c'], path: [], message: 'Invalid input' },
    ])
  })

  it('a discriminated union parses the branch its key names', () => {
    const tagged = z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('a'), n: z.number() }),
      z.strictObject({ kind: z.literal('b') }),
    ])
    expect(dataOf(tagged, { kind: 'b' })).toEqual({ kind: 'b' })
    expect(issuesOf(tagged, { kind: 'a' })).toEqual([
      { code: 'invalid_type', expected: 'number', path: ['n'], message: 'Invalid input' },
    ])
    expect(issuesOf(tagged, { kind: 'c' })).toEqual([
      {
        code: 'invalid_union',
        errors: [],
        note: 'No matching discriminator',
        discriminator: 'kind',
        options: ['a', 'b'],
        path: ['kind'],
        message: 'Invalid input',
      },
    ])
    expect(issuesOf(tagged, 'a')[0]).toMatchObject({ code: 'invalid_type', expected: 'object' })
  })

  it('a discriminated union needs a literal key in every branch', () => {
    expect(() => z.discriminatedUnion('kind', [z.object({ kind: z.string() })])).toThrow(
      /literal "kind"/,
    )
  })
})

describe('parse', () => {
  it('throws a SchemaError carrying the issues', () => {
    const schema = z.object({ id: z.string() })
    const thrown = (() => {
      try {
        return schema.parse({ id: 1 })
      } catch (error) {
        return error
      }
    })()
    expect(thrown).toBeInstanceOf(z.SchemaError)
    expect((thrown as z.SchemaError).issues[0]?.path).toEqual(['id'])
    expect((thrown as z.SchemaError).message).toBe('id: Invalid input')
  })
})
