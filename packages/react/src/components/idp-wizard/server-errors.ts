import { type IdpStrategy, MyOrgApiError } from '@myorg-kit/client'

import type { MyOrgTranslator } from '../../i18n/translator.ts'
import type { IdpWizardField, IdpWizardStep } from './wizard-values.ts'

/** Where an error belongs: the step and, when known, the field. */
export interface IdpWizardErrorTarget {
  step: IdpWizardStep
  field?: IdpWizardField | undefined
  /** The message for the field, when the wizard words it itself. */
  reason?: 'duplicate-name' | 'discovery' | 'server' | undefined
  detail?: string | undefined
}

/** API field path (`options.client_id`, `name`) → the form field. */
const apiFieldToForm: Record<string, IdpWizardField> = {
  name: 'name',
  display_name: 'displayName',
  show_as_button: 'showAsButton',
  assign_membership_on_login: 'assignMembershipOnLogin',
  strategy: 'strategy',
  'options.metadataUrl': 'metadataUrl',
  'options.signInEndpoint': 'signInEndpoint',
  'options.signingCert': 'signingCert',
  'options.cert': 'signingCert',
  'options.discovery_url': 'discoveryUrl',
  'options.client_id': 'clientId',
  'options.client_secret': 'clientSecret',
  'options.domain': 'domain',
  'options.tenant_domain': 'tenantDomain',
  'options.adfs_server': 'adfsServer',
  'options.fedMetadataXml': 'metadataXml',
  'options.pingFederateBaseUrl': 'pingBaseUrl',
}

const DETAILS_FIELDS: readonly IdpWizardField[] = [
  'name',
  'displayName',
  'showAsButton',
  'assignMembershipOnLogin',
]

/** The step that holds a field. */
function stepOfField(field: IdpWizardField): IdpWizardStep {
  if (field === 'strategy') {
    return 'provider'
  }
  if (DETAILS_FIELDS.includes(field)) {
    return 'details'
  }
  return field === 'domains' ? 'domains' : 'connection'
}

/**
 * Sends an error back to the step and field it belongs to: a 409 "Configuration issue" on
 * create → the name (a provider with that name exists); "discovery failure" → the discovery URL;
 * validation errors → their fields. Anything else stays on the review step.
 */
export function errorTarget(error: unknown, strategy: IdpStrategy | ''): IdpWizardErrorTarget {
  if (!(error instanceof MyOrgApiError)) {
    return { step: 'review' }
  }
  const discovery = /discovery\s+failure:?\s*(.*)/i.exec(error.detail ?? '')
  if (discovery) {
    const field: IdpWizardField = strategy === 'samlp' ? 'metadataUrl' : 'discoveryUrl'
    return { step: 'connection', field, reason: 'discovery', detail: discovery[1]?.trim() }
  }
  if (error.status === 409) {
    return { step: 'details', field: 'name', reason: 'duplicate-name' }
  }
  for (const issue of error.validationErrors) {
    const key = issue.field.replace(/^\//, '').replace(/\//g, '.')
    const field = apiFieldToForm[key]
    if (field) {
      return { step: stepOfField(field), field, reason: 'server', detail: issue.message }
    }
  }
  return { step: 'review' }
}

/** The field message for an error sent back to its field. */
export function fieldErrorMessage(
  t: MyOrgTranslator['t'],
  target: Pick<IdpWizardErrorTarget, 'reason' | 'detail'>,
): string {
  if (target.reason === 'duplicate-name') {
    return t('idpWizard.errors.duplicateName')
  }
  if (target.reason === 'discovery') {
    return t('idpWizard.errors.discovery', { detail: target.detail ? ` (${target.detail})` : '' })
  }
  return t('idpWizard.errors.server', { detail: target.detail ?? '' })
}
