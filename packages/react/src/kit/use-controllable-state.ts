'use client'

import { useCallback, useState } from 'react'

import { useStableCallback } from './use-stable-callback.ts'

/** Options of {@link useControllableState}. */
export interface ControllableStateOptions<Value> {
  /** The controlled value; `undefined` leaves the state to the component. */
  prop: Value | undefined
  /** The first value when uncontrolled. */
  defaultProp: Value
  /** Told about every change, controlled or not. */
  onChange?: ((value: Value) => void) | undefined
}

/**
 * A value that the host may control (`prop` + `onChange`) or leave to the component
 * (`defaultProp`), the pattern of Radix's `useControllableState`: one setter either way.
 */
export function useControllableState<Value>(
  options: ControllableStateOptions<Value>,
): [Value, (next: Value) => void] {
  const { prop, defaultProp } = options
  const [inner, setInner] = useState(defaultProp)
  const controlled = prop !== undefined
  const value = controlled ? prop : inner
  const onChange = useStableCallback(options.onChange)
  const setValue = useCallback(
    (next: Value) => {
      if (Object.is(next, value)) {
        return
      }
      if (!controlled) {
        setInner(next)
      }
      onChange(next)
    },
    [controlled, value, onChange],
  )
  return [value, setValue]
}
