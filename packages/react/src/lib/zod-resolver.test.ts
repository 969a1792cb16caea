import { act, renderHook } from '@testing-library/react'
import { type FieldValues, type ResolverOptions, useForm } from 'react-hook-form'
import { describe, expect, it, vi } from 'vitest'
import * as z from 'zod/mini'

import { lazyZodResolver, zodResolver } from './zod-resolver.ts'

/** What react-hook-form passes a resolver, with `fields` holding the registered elements. */
function optionsOf<Values extends FieldValues>(
  overrides: Partial<ResolverOptions<Values>> = {},
): ResolverOptions<Values> {
  return { fields: {}, shouldUseNativeValidation: undefined, ...overrides }
}

const nameRequired = z.string().check(z.minLength(1, { message: 'Enter a name.' }))

describe('zodResolver', () => {
  it('gives the schema’s output, not the raw values, when they are valid', async () => {
    const schema = z.object({ name: z.string().check(z.trim()) })
    const result = await zodResolver(schema)({ name: '  acme  ' }, undefined, optionsOf())
    expect(result).toEqual({ values: { name: 'acme' }, errors: {} })
  })

  it('puts each issue’s message on the field at its path, first issue first', async () => {
    const schema = z.object({
      name: nameRequired.check(z.refine((value) => value !== '', { message: 'Second.' })),
      email: z.string().check(z.email({ message: 'Enter an email address.' })),
    })
    const result = await zodResolver(schema)({ name: '', email: 'nope' }, undefined, optionsOf())
    expect(result.values).toEqual({})
    expect(result.errors).toEqual({
      name: { type: 'too_small', message: 'Enter a name.' },
      email: { type: 'invalid_format', message: 'Enter an email address.' },
    })
  })

  it('nests errors of nested objects and arrays the way react-hook-form reads them', async () => {
    const schema = z.object({
      address: z.object({ city: nameRequired }),
      tags: z.array(nameRequired),
    })
    const result = await zodResolver(schema)(
      { address: { city: '' }, tags: ['ok', ''] },
      undefined,
      optionsOf(),
    )
    expect(result.errors).toEqual({
      address: { city: { type: 'too_small', message: 'Enter a name.' } },
      tags: [undefined, { type: 'too_small', message: 'Enter a name.' }],
    })
  })

  it('follows the paths a superRefine gives its issues', async () => {
    const schema = z.object({ password: z.string(), confirm: z.string() }).check(
      z.superRefine((values, ctx) => {
        if (values.password !== values.confirm) {
          ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'Type the same password.' })
        }
      }),
    )
    const result = await zodResolver(schema)(
      { password: 'a', confirm: 'b' },
      undefined,
      optionsOf(),
    )
    expect(result.errors).toEqual({
      confirm: { type: 'custom', message: 'Type the same password.' },
    })
  })

  it('puts an issue without a path on errors.root', async () => {
    const schema = z
      .object({ from: z.number(), to: z.number() })
      .check(z.refine((range) => range.from <= range.to, { message: 'Start before the end.' }))
    const result = await zodResolver(schema)({ from: 2, to: 1 }, undefined, optionsOf())
    expect(result.errors).toEqual({ root: { type: 'custom', message: 'Start before the end.' } })
  })

  it('lists every message by issue code with criteriaMode "all"', async () => {
    const schema = z.object({
      code: z.string().check(
        z.minLength(4, { message: 'Use 4 characters.' }),
        z.refine((value) => /^\d*$/.test(value), { message: 'Use digits only.' }),
        z.refine((value) => !value.includes('x'), { message: 'No x.' }),
      ),
    })
    const result = await zodResolver(schema)(
      { code: 'x' },
      undefined,
      optionsOf({ criteriaMode: 'all' }),
    )
    expect(result.errors).toEqual({
      code: {
        type: 'too_small',
        message: 'Use 4 characters.',
        types: { too_small: 'Use 4 characters.', custom: ['Use digits only.', 'No x.'] },
      },
    })
  })

  it('explains a union that matched no option with the closest option’s first message', async () => {
    const kind = { message: 'Choose email or phone.' }
    const schema = z.object({
      contact: z.union([
        z.object({ kind: z.literal('email', kind), email: nameRequired, verified: z.boolean() }),
        z.object({ kind: z.literal('phone', kind), phone: nameRequired }),
      ]),
    })
    // A value outside the form's type, as an old saved value or a host's defaultValues can be.
    const values = { contact: { kind: 'fax', phone: '' } } as unknown as z.input<typeof schema>
    const result = await zodResolver(schema)(values, undefined, optionsOf())
    // The phone option came closest (2 issues against 3): its first issue explains the union;
    // every option's issues still reach their own fields.
    expect(result.errors).toEqual({
      contact: {
        type: 'invalid_value',
        message: 'Choose email or phone.',
        kind: { type: 'invalid_value', message: 'Choose email or phone.' },
        email: { type: 'invalid_type', message: expect.any(String) as string },
        verified: { type: 'invalid_type', message: expect.any(String) as string },
        phone: { type: 'too_small', message: 'Enter a name.' },
      },
    })
  })

  it('gives each error its registered element, so the form can focus it', async () => {
    const input = document.createElement('input')
    const schema = z.object({ name: nameRequired })
    const result = await zodResolver(schema)(
      { name: '' },
      undefined,
      optionsOf({ fields: { name: { name: 'name', ref: input } } }),
    )
    expect(result.errors).toEqual({
      name: { type: 'too_small', message: 'Enter a name.', ref: input },
    })
  })

  it('drives a real form: invalid until fixed, then submits the parsed values', async () => {
    const schema = z.object({ name: nameRequired.check(z.trim()) })
    const { result } = renderHook(() => {
      const form = useForm<{ name: string }>({
        defaultValues: { name: '' },
        resolver: zodResolver(schema),
      })
      // Read during render, as a view does: react-hook-form re-renders only for what is read.
      return { form, errors: form.formState.errors, isValid: form.formState.isValid }
    })
    await act(() => result.current.form.trigger())
    expect(result.current.errors.name?.message).toBe('Enter a name.')
    expect(result.current.isValid).toBe(false)

    const submitted: unknown[] = []
    act(() => {
      result.current.form.setValue('name', ' acme ')
    })
    await act(() => result.current.form.handleSubmit((values) => void submitted.push(values))())
    expect(result.current.errors.name).toBeUndefined()
    expect(submitted).toEqual([{ name: 'acme' }])
  })
})

describe('lazyZodResolver', () => {
  it('loads the schema on first validation only, once, and validates with it', async () => {
    const load = vi.fn(() => Promise.resolve(z.object({ name: nameRequired })))
    const resolver = lazyZodResolver(load)
    expect(load).not.toHaveBeenCalled()
    expect(await resolver({ name: '' }, undefined, optionsOf())).toEqual({
      values: {},
      errors: { name: { type: 'too_small', message: 'Enter a name.' } },
    })
    expect(await resolver({ name: 'acme' }, undefined, optionsOf())).toEqual({
      values: { name: 'acme' },
      errors: {},
    })
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('loads again after a failed load', async () => {
    const load = vi
      .fn<() => Promise<z.ZodMiniType<{ name: string }, { name: string }>>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce(z.object({ name: nameRequired }))
    const resolver = lazyZodResolver(load)
    await expect(resolver({ name: 'acme' }, undefined, optionsOf())).rejects.toMatchObject({
      name: 'MyOrgCodeLoadError',
      cause: new Error('offline'),
    })
    expect(await resolver({ name: 'acme' }, undefined, optionsOf())).toEqual({
      values: { name: 'acme' },
      errors: {},
    })
    expect(load).toHaveBeenCalledTimes(2)
  })
})
