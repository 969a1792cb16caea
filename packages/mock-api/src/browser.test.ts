import { describe, expect, it } from 'vitest'

describe('@myorg-kit/mock-api/browser', () => {
  it('can be imported where there is no window (SSR, Node test runners)', async () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined')
    const entry = await import('./browser.ts')
    expect(typeof entry.setupMyOrgWorker).toBe('function')
  })
})
