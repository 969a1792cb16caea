'use client'

import type { IdentityProvider, IdpStrategy } from '@myorg-kit/client'
import type { UseFormReturn } from 'react-hook-form'

import { createPartContext } from '../../kit/part-context.ts'
import { type ComponentScope, type SubHeadingLevel, useScope } from '../../kit/scope.tsx'
import type { IdpWizardAction } from './idp-wizard.props.ts'
import type { IdpWizardSlot } from './idp-wizard.slots.ts'
import type { IdpWizardFlags, IdpWizardStep, IdpWizardValues } from './wizard-values.ts'

/** What every step reads: the form and what the mode and access level allow. */
export interface WizardContextValue {
  form: UseFormReturn<IdpWizardValues>
  /** The form's current values. */
  values: IdpWizardValues
  /** The values the form started from (the provider's, in edit mode). */
  initial: IdpWizardValues
  mode: 'create' | 'edit'
  /** The provider being edited. */
  idp: IdentityProvider | undefined
  /** The strategies the organization may create. */
  strategies: readonly IdpStrategy[]
  flags: IdpWizardFlags
  /** Nothing can be changed (access level `readonly` or `none`). */
  readOnly: boolean
  /** The connection settings (and display name) are the tenant admin's (access level not `full`). */
  optionsLocked: boolean
  canLink: boolean
  canUnlink: boolean
  getVerifyDomainHref: ((domain: string) => string) | undefined
  /** The domain users sign in through (a custom domain), for the values of the IdP admin. */
  authDomain: string | undefined
  /** The Auth0 tenant name, for the SAML entity ID. */
  tenantName: string | undefined
  /** Moves to a step (the review's "Change" buttons). */
  goTo: (step: IdpWizardStep) => void
}

/**
 * `WizardProvider` gives the wizard's state to its steps; `useWizard()` reads the wizard's form
 * and mode, in a step.
 */
export const [WizardProvider, useWizard] = createPartContext<WizardContextValue>(
  'an IdpWizard step must render inside <IdpWizard>.',
)

/** The wizard's component scope: texts, slots and error reporting. */
export function useWizardScope(): ComponentScope<IdpWizardSlot, IdpWizardAction> {
  return useScope<IdpWizardSlot, IdpWizardAction>()
}

/** The heading level of notices inside a step: one below the step's heading. */
export function stepNoticeLevel(scope: Pick<ComponentScope, 'levels'>): SubHeadingLevel {
  return Math.min(scope.levels.section + 1, 6) as SubHeadingLevel
}
