import { QueryClient } from '@tanstack/react-query'
import { describe, expect, expectTypeOf, it } from 'vitest'

import { kitInfiniteQueryOptions, kitQueryOptions } from './kit-query-options.ts'

// `tsc -b` checks the `expectTypeOf` lines: the key must carry the data's type through the
// stable types these wrappers return, or a host's `getQueryData` loses it. The client calls are
// ones every supported React Query has: the floors suite runs this file at 5.89, which lacks
// `query` and `infiniteQuery`, the newest release's replacements for the `fetch…` methods.
describe('kitQueryOptions', () => {
  it('keeps the options and tags the key with the data type', async () => {
    const options = kitQueryOptions({
      queryKey: ['myorg-kit', 'details'] as const,
      queryFn: () => Promise.resolve({ name: 'acme' }),
      staleTime: 5_000,
    })
    expect(options.staleTime).toBe(5_000)
    const client = new QueryClient()
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- `query` is not in 5.89
    await client.fetchQuery(options)
    const data = client.getQueryData(options.queryKey)
    expectTypeOf(data).toEqualTypeOf<{ name: string } | undefined>()
    expect(data).toEqual({ name: 'acme' })
  })
})

describe('kitInfiniteQueryOptions', () => {
  it('pages from the cursor and tags the key with the pages', async () => {
    const pages: Record<string, { items: string[]; next?: string }> = {
      first: { items: ['a'], next: 'second' },
      second: { items: ['b'] },
    }
    const options = kitInfiniteQueryOptions({
      queryKey: ['myorg-kit', 'list'] as const,
      queryFn: ({ pageParam }) => Promise.resolve(pages[pageParam] ?? { items: [] }),
      initialPageParam: 'first',
      getNextPageParam: (last) => last.next,
    })
    const client = new QueryClient()
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- `infiniteQuery` is not in 5.89
    await client.fetchInfiniteQuery({ ...options, pages: 2 })
    const data = client.getQueryData(options.queryKey)
    expectTypeOf(data?.pages).toEqualTypeOf<{ items: string[]; next?: string }[] | undefined>()
    expect(data?.pages.flatMap((page) => page.items)).toEqual(['a', 'b'])
  })
})
