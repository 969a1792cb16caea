/**
 * Mock mode: the My Organization API runs in an MSW service worker (`@myorg-kit/mock-api`), so the
 * demo needs no Auth0 account. The URL's `api=` parameter drives the mock's fault controller.
 */
import {
  createDefaultSeed,
  createDomainFixture,
  createMyOrgStore,
  type DomainFixtureOptions,
  type MockFaults,
  type MyOrgStore,
} from '@myorg-kit/mock-api'
import { setupMyOrgWorker } from '@myorg-kit/mock-api/browser'
import { http, HttpResponse } from 'msw'

import { subscribeToLocation } from './location.ts'
import { type ApiMode, parseScenario } from './scenario.ts'

export interface MockApi {
  store: MyOrgStore
  faults: MockFaults
}

/** Acme's regional and product domains on top of the kit's seed, so the list has a second page. */
const extraDomainStatuses: Record<string, DomainFixtureOptions['status']> = {
  'acme.de': 'verified',
  'acme.fr': 'verified',
  'acme.com.au': 'verified',
  'acme.co.jp': 'pending',
  'acmeanalytics.io': 'verified',
  'acme-status.com': 'verified',
  'getacme.app': 'pending',
}
const extraDomains = Object.entries(extraDomainStatuses).map(([domain, status]) =>
  createDomainFixture(domain, { status }),
)

/** The Acme Corp logo the seed's `branding.logo_url` points at, served by the worker. */
const acmeLogo = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 96">
<rect width="96" height="96" rx="20" fill="#4F46E5"/>
<path d="M48 20 72 76H60l-5-12H41l-5 12H24L48 20Zm0 22-5 12h10l-5-12Z" fill="#fff"/>
</svg>`

export function applyApiMode(faults: MockFaults, api: ApiMode): void {
  faults.reset()
  switch (api) {
    case 'slow':
      faults.latencyMs = 1500
      break
    case 'rate-limited':
      faults.rateLimit = { retryAfterSeconds: 5 }
      break
    case 'server-error':
      faults.serverError = {}
      break
    case 'cors':
      faults.corsBlocked = {}
      break
    case 'offline':
      faults.networkError = {}
      break
    case 'normal':
      break
  }
}

/** Starts the worker before the app renders, and keeps the faults in step with the URL. */
export async function startMockApi(): Promise<MockApi> {
  const seed = { domains: [...createDefaultSeed().domains, ...extraDomains] }
  const { worker, store, faults } = setupMyOrgWorker({ store: createMyOrgStore(seed) })
  worker.use(
    http.get(
      'https://acme.example/assets/logo.png',
      () => new HttpResponse(acmeLogo, { headers: { 'Content-Type': 'image/svg+xml' } }),
    ),
  )
  await worker.start({
    onUnhandledRequest: 'bypass',
    // MSW logs every mocked request and response, bodies included: a SCIM token's plaintext
    // and client secrets would land in the console. The demo logs nothing of the API.
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  })
  let current: ApiMode | undefined
  const sync = (): void => {
    const { api } = parseScenario(window.location.search)
    if (api !== current) {
      current = api
      applyApiMode(faults, api)
    }
  }
  sync()
  subscribeToLocation(sync)
  return { store, faults }
}
