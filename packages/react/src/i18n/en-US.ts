import { domainListMessages } from '../components/domain-list/domain-list.messages.ts'
import { invitationManagerMessages } from '../components/invitation-manager/invitation-manager.messages.ts'
import { memberListMessages } from '../components/member-list/member-list.messages.ts'
import { rolePickerMessages } from '../components/role-picker/role-picker.messages.ts'
import { idpWizardMessages } from '../components/idp-wizard/idp-wizard.messages.ts'
import { identityProviderListMessages } from '../components/identity-provider-list/identity-provider-list.messages.ts'
import { orgDetailsFormMessages } from '../components/org-details-form/org-details-form.messages.ts'
import { scimTokenManagerMessages } from '../components/scim-token-manager/scim-token-manager.messages.ts'
import { invitationLoginMessages } from '../invitation/invitation-login.messages.ts'

import { coreMessages } from './core-messages.ts'

/**
 * The kit's texts in US English: the source of truth for every message key. Other locales and
 * host overrides are `DeepPartial` copies of this shape. Placeholders are `{name}`; plurals use
 * the ICU subset `{count, plural, =0 {…} one {# thing} other {# things}}`.
 *
 * Components add their groups here (`domainList`, `identityProviders`, …) from their own
 * `*.messages.ts` files.
 */
export const enUS = {
  ...coreMessages,
  orgDetailsForm: orgDetailsFormMessages,
  domainList: domainListMessages,
  identityProviderList: identityProviderListMessages,
  idpWizard: idpWizardMessages,
  scimTokenManager: scimTokenManagerMessages,
  invitationLogin: invitationLoginMessages,
  rolePicker: rolePickerMessages,
  memberList: memberListMessages,
  invitationManager: invitationManagerMessages,
}
