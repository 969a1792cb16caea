import type { IdentityProvider } from '@myorg-kit/client'

import type { CommonComponentProps } from '../../kit/use-my-org-component.ts'
import type { IdpWizardSlot } from './idp-wizard.slots.ts'
import type { IdpWizardStep } from './wizard-values.ts'

/**
 * What the wizard was doing when it failed (the `action` of `onError`): loading its setup,
 * creating or updating the provider, linking its domains, or rendering (a bug, caught).
 */
export type IdpWizardAction = 'load' | 'create' | 'update' | 'link' | 'render'

/** Props of `IdpWizard`. */
export interface IdpWizardProps extends CommonComponentProps<IdpWizardSlot, IdpWizardAction> {
  /**
   * Edit this identity provider (`con_…`) instead of creating one. Only what the provider's
   * `access_level` allows can be changed; the wizard explains what is locked.
   * @default undefined
   */
  identityProviderId?: string
  /** The current step, to control it (with `onStepChange`). @default undefined */
  step?: IdpWizardStep
  /**
   * The first step when uncontrolled.
   * @default 'provider' (create) or 'connection' (edit)
   */
  defaultStep?: IdpWizardStep
  /** Fires when the wizard moves to another step. @default undefined */
  onStepChange?: (step: IdpWizardStep) => void
  /**
   * Fires once the provider is created and its domains are linked, with the provider the API
   * returned. Secrets are already dropped from memory.
   * @default undefined
   */
  onIdentityProviderCreated?: (idp: IdentityProvider) => void
  /** Fires after an edit was saved, with the provider the API returned. @default undefined */
  onIdentityProviderUpdated?: (idp: IdentityProvider) => void
  /**
   * The user leaves the wizard (Cancel). When something was typed, the wizard asks first and
   * calls this only once the user confirms. Without it, Cancel is not shown.
   * @default undefined
   */
  onCancel?: () => void
  /**
   * The domain users sign in through, when it differs from the provider's `domain` (a custom
   * domain). The callback, ACS and metadata URLs are built from it.
   * @default the provider's domain
   */
  authDomain?: string
  /**
   * The Auth0 tenant name, for the SAML entity ID `urn:auth0:{tenant}:{connection}`. Needed when
   * `authDomain` is a custom domain.
   * @default the first label of the domain
   */
  tenantName?: string
  /**
   * Where to verify a domain (e.g. your domains page), linked next to each unverified domain on
   * the domains step. Without it, the step says to verify them on the domains page.
   * @default undefined
   */
  getVerifyDomainHref?: (domain: string) => string
}
