import type { RequestSpec } from '../http.ts'

/** Sends one request through the client's pipeline (token, pacing, retries, validation). */
export type Call = <T>(spec: RequestSpec<T>) => Promise<T>
