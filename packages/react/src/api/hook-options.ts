import type { UseMutationOptions } from '@tanstack/react-query'

/** React Query options the kit's query hooks accept. */
export interface MyOrgQueryHookOptions {
  /** Set to `false` to hold the query (e.g. until a panel opens). @default true */
  enabled?: boolean
  /** How long data stays fresh, in ms. @default the QueryClient's (30 s with the kit's own client) */
  staleTime?: number
  /** Poll every n ms (e.g. while a domain is being verified). @default false */
  refetchInterval?: number | false
  /** Refetch when the window regains focus. @default the QueryClient's (false with the kit's own client) */
  refetchOnWindowFocus?: boolean
}

/** Callbacks the kit's mutation hooks accept. They run after the kit has updated its cache. */
export interface MyOrgMutationHookOptions<TData, TVariables> {
  /** After success, once the kit has updated its cache. */
  onSuccess?: (data: TData, variables: TVariables) => unknown
  /** After a failure (mutations are never retried automatically). */
  onError?: (error: Error, variables: TVariables) => unknown
  /** After either. */
  onSettled?: (data: TData | undefined, error: Error | null, variables: TVariables) => unknown
}

/** Layers the host's callbacks over the kit's mutation options; forces `retry: false`. */
export function withHostCallbacks<TData, TVariables, TOnMutateResult = unknown>(
  base: UseMutationOptions<TData, Error, TVariables, TOnMutateResult>,
  host: MyOrgMutationHookOptions<TData, TVariables> | undefined,
): UseMutationOptions<TData, Error, TVariables, TOnMutateResult> {
  return {
    ...base,
    retry: false,
    onSuccess: async (data, variables, onMutateResult, context) => {
      await base.onSuccess?.(data, variables, onMutateResult, context)
      await host?.onSuccess?.(data, variables)
    },
    onError: async (error, variables, onMutateResult, context) => {
      await base.onError?.(error, variables, onMutateResult, context)
      await host?.onError?.(error, variables)
    },
    onSettled: async (data, error, variables, onMutateResult, context) => {
      await base.onSettled?.(data, error, variables, onMutateResult, context)
      await host?.onSettled?.(data, error, variables)
    },
  }
}

/** The `enabled` of a kit query: only once the session has a token (so the organization is known). */
export function isEnabled(ready: boolean, options: MyOrgQueryHookOptions | undefined): boolean {
  return ready && (options?.enabled ?? true)
}

/** The hook options other than `enabled`, ready to spread into `useQuery`. */
export function passThrough(
  options: MyOrgQueryHookOptions | undefined,
): Omit<MyOrgQueryHookOptions, 'enabled'> {
  if (!options) {
    return {}
  }
  const { staleTime, refetchInterval, refetchOnWindowFocus } = options
  return {
    ...(staleTime === undefined ? {} : { staleTime }),
    ...(refetchInterval === undefined ? {} : { refetchInterval }),
    ...(refetchOnWindowFocus === undefined ? {} : { refetchOnWindowFocus }),
  }
}

/** A write that answers 204: its mutation resolves with `undefined`. */
export function withoutResult(write: Promise<unknown>): Promise<undefined> {
  return write.then(() => undefined)
}
