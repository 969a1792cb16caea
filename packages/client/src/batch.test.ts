import { describe, expect, it } from 'vitest'

import { type BatchProgress, chunk, sendInOrder, splitBody } from './batch.ts'

describe('chunk', () => {
  it('cuts a list into consecutive chunks of at most the size, in order', () => {
    const items = Array.from({ length: 25 }, (_, index) => index)
    const chunks = chunk(items, 10)
    expect(chunks.map((part) => part.length)).toEqual([10, 10, 5])
    expect(chunks.flat()).toEqual(items)
  })

  it('gives one chunk per item at size 1, one chunk for an exact fit, none for nothing', () => {
    expect(chunk(['a', 'b', 'c'], 1)).toEqual([['a'], ['b'], ['c']])
    expect(
      chunk(
        Array.from({ length: 10 }, (_, index) => index),
        10,
      ),
    ).toHaveLength(1)
    expect(chunk([], 10)).toEqual([])
  })

  it('refuses a size that is not a positive integer', () => {
    expect(() => chunk([1], 0)).toThrow(RangeError)
    expect(() => chunk([1], 2.5)).toThrow(RangeError)
  })
})

describe('splitBody', () => {
  it('splits one key and copies the rest of the body into every part', () => {
    const invitees = Array.from({ length: 21 }, (_, index) => ({ email: `p${index}@acme.com` }))
    const parts = splitBody({ invitees, ttl_sec: 3600, inviter: { name: 'Dana' } }, 'invitees', 10)
    expect(parts.map((part) => part.invitees.length)).toEqual([10, 10, 1])
    expect(parts.every((part) => part.ttl_sec === 3600 && part.inviter.name === 'Dana')).toBe(true)
    expect(parts.flatMap((part) => part.invitees)).toEqual(invitees)
  })
})

describe('sendInOrder', () => {
  it('sends one body at a time, in order, and reports items done', async () => {
    const started: number[] = []
    const progress: BatchProgress[] = []
    let running = 0
    const results = await sendInOrder(
      [[1, 2], [3, 4], [5]],
      (body) => body.length,
      async (body) => {
        running += 1
        expect(running).toBe(1)
        started.push(body[0]!)
        await Promise.resolve()
        running -= 1
        return body.length
      },
      (step) => progress.push(step),
    )
    expect(started).toEqual([1, 3, 5])
    expect(results).toEqual([2, 2, 1])
    expect(progress).toEqual([
      { done: 2, total: 5 },
      { done: 4, total: 5 },
      { done: 5, total: 5 },
    ])
  })

  it('stops at the first failure and throws it; progress tells what was done', async () => {
    const sent: string[][] = []
    const progress: BatchProgress[] = []
    const failure = new Error('503')
    const outcome = sendInOrder(
      [['a'], ['b'], ['c']],
      (body) => body.length,
      (body) => {
        sent.push(body)
        return body[0] === 'b' ? Promise.reject(failure) : Promise.resolve(undefined)
      },
      (step) => progress.push(step),
    )
    await expect(outcome).rejects.toBe(failure)
    expect(sent).toEqual([['a'], ['b']])
    expect(progress).toEqual([{ done: 1, total: 3 }])
  })
})
