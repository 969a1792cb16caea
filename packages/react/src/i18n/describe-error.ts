import {
  MyOrgApiError,
  MyOrgCodeLoadError,
  MyOrgNetworkError,
  MyOrgRequestValidationError,
  MyOrgResponseValidationError,
  MyOrgTokenError,
  type OperationName,
  operations,
} from '@myorg-kit/client'

import type { MyOrgTranslator } from './translator.ts'

/** What the user can do about an error. */
export type ErrorAction = 'retry' | 'login' | 'consent' | 'mfa' | 'wait'

/** An error, explained for people: what components render in an alert. */
export interface ErrorDescription {
  title: string
  description: string
  /** The action to offer, if any. `login`/`consent`/`mfa` go through `useMyOrgSession().resolveTokenError`. */
  action?: ErrorAction
  /** Label for the action button, when the action needs a specific one. */
  actionLabel?: string
  /** For `wait`: how long, when the server said. */
  retryAfterSeconds?: number
}

/** Options of {@link describeError}. */
export interface DescribeErrorOptions {
  /** The granted scopes (from `useMyOrgPermissions()`), to name only the missing ones on a 403. */
  grantedScopes?: ReadonlySet<string>
}

function isOperationName(value: string | undefined): value is OperationName {
  return value !== undefined && Object.hasOwn(operations, value)
}

/**
 * Explains any error the kit can meet (client errors, token errors, anything else) in the
 * provider's language, with the action that can fix it.
 *
 * @example
 * const { title, description, action } = describeError(query.error, translator)
 */
export function describeError(
  error: unknown,
  translator: Pick<MyOrgTranslator, 't' | 'formatList'>,
  options: DescribeErrorOptions = {},
): ErrorDescription {
  const { t } = translator
  if (error instanceof MyOrgNetworkError) {
    const apiOrigin = error.apiOrigin
    switch (error.reason) {
      case 'cors':
        return {
          title: t('errors.cors.title'),
          description: t('errors.cors.description', {
            origin: error.pageOrigin ?? t('errors.cors.unknownOrigin'),
            apiOrigin,
          }),
          action: 'retry',
        }
      case 'offline':
        // Through the host's own endpoint, CORS can't be the cause and the API isn't what's down.
        if (error.proxied) {
          return {
            title: t('errors.proxyUnreachable.title'),
            description: t('errors.proxyUnreachable.description', { apiOrigin }),
            action: 'retry',
          }
        }
        return {
          title: t('errors.offline.title'),
          description: t('errors.offline.description', { apiOrigin }),
          action: 'retry',
        }
      case 'timeout':
        return {
          title: t('errors.timeout.title'),
          description: t('errors.timeout.description', { apiOrigin }),
          action: 'retry',
        }
      case 'aborted':
        return { title: t('errors.aborted.title'), description: t('errors.aborted.description') }
      default:
        return error.reason satisfies never
    }
  }
  if (isCodeLoadFailure(error)) {
    return {
      title: t('errors.codeLoad.title'),
      description: t('errors.codeLoad.description'),
      action: 'retry',
    }
  }
  if (error instanceof MyOrgTokenError) {
    switch (error.code) {
      case 'login_required':
      case 'missing_refresh_token':
      case 'invalid_grant':
        return {
          title: t('errors.token.loginRequired.title'),
          description: t('errors.token.loginRequired.description'),
          action: 'login',
          actionLabel: t('errors.token.loginRequired.action'),
        }
      case 'consent_required':
      case 'interaction_required':
        return {
          title: t('errors.token.consentRequired.title'),
          description: t('errors.token.consentRequired.description'),
          action: 'consent',
          actionLabel: t('errors.token.consentRequired.action'),
        }
      case 'mfa_required':
        return {
          title: t('errors.token.mfaRequired.title'),
          description: t('errors.token.mfaRequired.description'),
          action: 'mfa',
          actionLabel: t('errors.token.mfaRequired.action'),
        }
      case 'access_denied':
        return {
          title: t('errors.token.accessDenied.title'),
          description: t('errors.token.accessDenied.description'),
        }
      case 'timeout':
        return {
          title: t('errors.token.timeout.title'),
          description: t('errors.token.timeout.description'),
          action: 'retry',
        }
      case 'unknown':
        return {
          title: t('errors.token.unknown.title'),
          description: t('errors.token.unknown.description'),
          action: 'retry',
        }
      default:
        return error.code satisfies never
    }
  }
  if (error instanceof MyOrgApiError) {
    return describeApiError(error, translator, options)
  }
  if (error instanceof MyOrgRequestValidationError) {
    return {
      title: t('errors.invalidInput.title'),
      description: t('errors.invalidInput.description', { count: error.issues.length }),
    }
  }
  if (error instanceof MyOrgResponseValidationError) {
    return {
      title: t('errors.contractViolation.title'),
      description: t('errors.contractViolation.description'),
      action: 'retry',
    }
  }
  return {
    title: t('errors.unknown.title'),
    description: t('errors.unknown.description'),
    action: 'retry',
  }
}

/**
 * Code loaded on first use failed to download: directly, or under a token error (in proxy mode,
 * the session endpoint's reader loads on first use).
 */
function isCodeLoadFailure(error: unknown): boolean {
  return (
    error instanceof MyOrgCodeLoadError ||
    (error instanceof MyOrgTokenError && error.cause instanceof MyOrgCodeLoadError)
  )
}

function describeApiError(
  error: MyOrgApiError,
  { t, formatList }: Pick<MyOrgTranslator, 't' | 'formatList'>,
  options: DescribeErrorOptions,
): ErrorDescription {
  const detail = error.detail ?? error.title
  if (error.status === 429) {
    return {
      title: t('errors.rateLimited.title'),
      description: t('errors.rateLimited.description', { seconds: error.retryAfter ?? 0 }),
      action: 'wait',
      ...(error.retryAfter === undefined ? {} : { retryAfterSeconds: error.retryAfter }),
    }
  }
  if (error.status === 403) {
    const required = isOperationName(error.operation) ? operations[error.operation].scopes : []
    const granted = options.grantedScopes
    const missing = granted ? required.filter((scope) => !granted.has(scope)) : [...required]
    return {
      title: t('errors.forbidden.title'),
      description: t('errors.forbidden.description', {
        count: missing.length,
        scopes: formatList(missing),
      }),
    }
  }
  if (error.status === 401) {
    return {
      title: t('errors.unauthorized.title'),
      description: t('errors.unauthorized.description'),
      action: 'login',
      actionLabel: t('errors.token.loginRequired.action'),
    }
  }
  if (error.status === 404) {
    return { title: t('errors.notFound.title'), description: t('errors.notFound.description') }
  }
  if (error.status === 409) {
    return {
      title: t('errors.conflict.title'),
      description: t('errors.conflict.description', { detail }),
    }
  }
  if (error.status === 400 || error.status === 422) {
    return error.validationErrors.length > 0
      ? {
          title: t('errors.invalidInput.title'),
          description: t('errors.invalidInput.description', {
            count: error.validationErrors.length,
          }),
        }
      : {
          title: t('errors.badRequest.title'),
          description: t('errors.badRequest.description', { detail }),
        }
  }
  if (error.status >= 500) {
    return {
      title: t('errors.serverError.title'),
      description: t('errors.serverError.description', { status: String(error.status) }),
      action: 'retry',
    }
  }
  return {
    title: t('errors.unknown.title'),
    description: detail,
    action: 'retry',
  }
}
