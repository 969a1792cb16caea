'use client'

import type { ReactNode } from 'react'

import { InputField } from './input-field.tsx'

/** Props of {@link SearchField}. */
export interface SearchFieldProps {
  label: string
  /** A line of help under the box. @default undefined */
  description?: ReactNode
  /** A second line, e.g. how many items match. @default undefined */
  note?: ReactNode
  /** A sample of what to type. @default undefined */
  placeholder?: string | undefined
  /** The id of the list the search fills. @default undefined */
  controls?: string | undefined
  value: string
  onChange: (value: string) => void
}

/** A labelled search box (`type="search"`, no autocomplete) that reports each keystroke. */
export function SearchField(props: SearchFieldProps): ReactNode {
  return (
    <InputField
      label={props.label}
      description={props.description}
      note={props.note}
      type="search"
      autoComplete="off"
      aria-controls={props.controls}
      placeholder={props.placeholder}
      value={props.value}
      onChange={(event) => {
        props.onChange(event.target.value)
      }}
    />
  )
}
