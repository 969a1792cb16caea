/**
 * The mock My Organization API for this package's tests: one MSW server (real HTTP semantics:
 * status codes, scope checks, 401 on expired tokens), its in-memory store and fault controller.
 * `setup.ts` runs its lifecycle; tests use `server.use(...)`, `store` and `faults`.
 */
import { setupMyOrgServer } from '@myorg-kit/mock-api/node'

export const { server, store, faults } = setupMyOrgServer()
