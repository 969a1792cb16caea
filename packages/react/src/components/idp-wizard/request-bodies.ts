import type {
  CreateIdentityProviderRequest,
  IdentityProvider,
  IdpOptionsRequestByStrategy,
  IdpStrategy,
  UpdateIdentityProviderRequest,
} from '@myorg-kit/client'

import { strategySpec } from './strategies.ts'
import { type IdpWizardFlags, type IdpWizardValues, optionsChanged } from './wizard-values.ts'

/** The `options` of a create or update request, exactly as the strategy's schema accepts them. */
export function buildOptions<S extends IdpStrategy>(
  strategy: S,
  values: IdpWizardValues,
): IdpOptionsRequestByStrategy[S] {
  return strategySpec(strategy).options(values)
}

/**
 * The body of `POST /identity-providers`. Domains are linked afterwards, one call each, so the
 * body never carries `domains`.
 */
export function buildCreateBody(
  values: IdpWizardValues,
  flags: IdpWizardFlags,
): CreateIdentityProviderRequest {
  if (values.strategy === '') {
    throw new Error('buildCreateBody: pick a strategy first')
  }
  const displayName = values.displayName.trim()
  return {
    name: values.name.trim(),
    strategy: values.strategy,
    ...(displayName ? { display_name: displayName } : {}),
    ...(flags.canSetShowAsButton ? { show_as_button: values.showAsButton } : {}),
    ...(flags.canSetAssignMembership
      ? { assign_membership_on_login: values.assignMembershipOnLogin }
      : {}),
    options: buildOptions(values.strategy, values),
  } as CreateIdentityProviderRequest
}

/**
 * The body of `PATCH /identity-providers/{id}`: only what changed, and only what the provider's
 * `access_level` allows (`full`: everything; `limited`: the two flags; `readonly`: nothing). A
 * blank secret is left out, so the stored one stays as it is.
 */
export function buildUpdateBody(
  idp: IdentityProvider,
  initial: IdpWizardValues,
  values: IdpWizardValues,
  flags: IdpWizardFlags,
): UpdateIdentityProviderRequest {
  const level = idp.access_level ?? 'full'
  if (level === 'readonly' || level === 'none') {
    return {}
  }
  const body: UpdateIdentityProviderRequest = {}
  if (flags.canSetShowAsButton && values.showAsButton !== initial.showAsButton) {
    body.show_as_button = values.showAsButton
  }
  if (
    flags.canSetAssignMembership &&
    values.assignMembershipOnLogin !== initial.assignMembershipOnLogin
  ) {
    body.assign_membership_on_login = values.assignMembershipOnLogin
  }
  if (level === 'full') {
    const displayName = values.displayName.trim()
    if (displayName !== '' && displayName !== initial.displayName.trim()) {
      body.display_name = displayName
    }
    if (optionsChanged(initial, values)) {
      body.options = buildOptions(idp.strategy, values)
    }
  }
  return body
}

/** True when saving would change nothing: no body to send and the same domains. */
export function nothingToSave(
  idp: IdentityProvider,
  initial: IdpWizardValues,
  values: IdpWizardValues,
  flags: IdpWizardFlags,
): boolean {
  return (
    Object.keys(buildUpdateBody(idp, initial, values, flags)).length === 0 &&
    values.domains.join() === initial.domains.join()
  )
}

/** The domains to link and unlink: what was added to and removed from the form's list. */
export function domainChanges(
  before: readonly string[],
  after: readonly string[],
): { link: string[]; unlink: string[] } {
  const had = new Set(before)
  const has = new Set(after)
  return {
    link: after.filter((domain) => !had.has(domain)),
    unlink: before.filter((domain) => !has.has(domain)),
  }
}
