'use client'

import { MyOrgApiError, type OrgDomain } from '@myorg-kit/client'
import { type RefObject, useRef, useState } from 'react'

import { useCreateDomain } from '../../api/domains.queries.ts'
import { useScope } from '../../kit/scope.tsx'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'
import { type NormalizedDomain, normalizeDomain } from './normalize-domain.ts'

/** The API's code for "this already exists" (a duplicate domain). */
const DUPLICATE_CODE = 'A0E-409-0003'

/** A 409: the field explains it, not an error notice. */
function isConflict(error: unknown): error is MyOrgApiError {
  return error instanceof MyOrgApiError && error.status === 409
}

/** A 409 that says the domain is already added (its code, or none). */
function isDuplicate(error: unknown): boolean {
  return isConflict(error) && (error.code === DUPLICATE_CODE || error.code === undefined)
}

/** What the "Add a domain" form shows and does. */
export interface AddDomain {
  value: string
  setValue: (value: string) => void
  normalized: NormalizedDomain
  /** The field's error: why the input can't be added, or that it is already added. */
  fieldError: string | null
  /** A failure the field doesn't explain (shown as a notice with "Try again"). */
  notice: Error | null
  pending: boolean
  inputRef: RefObject<HTMLInputElement | null>
  submit: () => void
}

/**
 * The add form's logic: the typed value and its normalised domain, the problem shown once the
 * user submits, a duplicate explained on the field, and `POST /domains`.
 */
export function useAddDomain(onAdded: (domain: OrgDomain) => void): AddDomain {
  const { t, reportError } = useScope<DomainListSlot, DomainListAction>()
  const create = useCreateDomain()
  const [value, setValue] = useState('')
  const [showProblem, setShowProblem] = useState(false)
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null)
  const inputRef = useRef<HTMLInputElement>(null)
  const normalized = normalizeDomain(value)

  const submit = (): void => {
    if (!normalized.ok) {
      setShowProblem(true)
      inputRef.current?.focus()
      return
    }
    const domain = normalized.domain
    create.mutate(
      { domain },
      {
        onSuccess: (created) => {
          setValue('')
          setShowProblem(false)
          setDuplicateOf(null)
          onAdded(created)
        },
        onError: (error) => {
          if (isDuplicate(error)) {
            setDuplicateOf(domain)
            inputRef.current?.focus()
          }
          reportError(error, 'create')
        },
      },
    )
  }

  return {
    value,
    setValue: (next) => {
      setValue(next)
      if (create.isError) {
        create.reset()
      }
    },
    normalized,
    fieldError:
      duplicateOf !== null && normalized.ok && normalized.domain === duplicateOf
        ? t('domainList.add.errors.duplicate', { domain: duplicateOf })
        : showProblem && !normalized.ok
          ? t(`domainList.add.errors.${normalized.problem}`)
          : null,
    notice: create.error && !isConflict(create.error) ? create.error : null,
    pending: create.isPending,
    inputRef,
    submit,
  }
}
