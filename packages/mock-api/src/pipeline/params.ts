/**
 * Path parameters: decoded, then checked against the API's patterns (400 with `source: params`).
 */
import {
  domainIdPattern,
  domainNamePattern,
  identityProviderIdPattern,
  scimTokenIdPattern,
} from '@myorg-kit/client/schemas'

import { type ValidationErrorDetail, fieldError, validationError } from '../responses.ts'

const paramRules: Record<string, { pattern: RegExp; detail: string }> = {
  domain_id: { pattern: domainIdPattern, detail: 'must match ^ord_[A-Za-z0-9]{22}$' },
  idp_id: { pattern: identityProviderIdPattern, detail: 'must match ^con_[A-Za-z0-9]{16}$' },
  idp_scim_token_id: { pattern: scimTokenIdPattern, detail: 'must match ^tok_[A-Za-z0-9]{16}$' },
  domain: { pattern: domainNamePattern, detail: 'must be a bare domain name such as acme.com' },
}

/** The named parameters, or the 400 listing every one that breaks its pattern. */
export function parseParams(
  names: readonly string[],
  values: readonly string[],
): Record<string, string> | Response {
  const params: Record<string, string> = {}
  const errors: ValidationErrorDetail[] = []
  names.forEach((name, index) => {
    let value = values[index] ?? ''
    try {
      value = decodeURIComponent(value)
    } catch {
      // Keep the raw value; the pattern check below reports it.
    }
    params[name] = value
    const rule = paramRules[name]
    if (rule && !rule.pattern.test(value)) {
      errors.push(fieldError([name], rule.detail, 'params'))
    }
  })
  return errors.length > 0 ? validationError(errors) : params
}
