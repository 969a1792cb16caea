export { IdpWizard } from './idp-wizard.tsx'
export type { IdpWizardAction, IdpWizardProps } from './idp-wizard.props.ts'
export type { IdpWizardSlot } from './idp-wizard.slots.ts'
export type { IdpWizardMessages } from './idp-wizard.messages.ts'
export { IDP_WIZARD_STEPS, toWizardValues, emptyWizardValues } from './wizard-values.ts'
export type { IdpWizardStep, IdpWizardValues, IdpWizardFlags } from './wizard-values.ts'
export { getServiceProviderValues } from './sp-values.ts'
export type { ServiceProviderValues, ServiceProviderValuesInput } from './sp-values.ts'
export { parseSamlMetadata, METADATA_MAX_BYTES } from './saml-metadata.ts'
export type { SamlMetadata, SamlMetadataParseResult, MetadataProblem } from './saml-metadata.ts'
export {
  parseCertificate,
  certificateStatus,
  CERTIFICATE_EXPIRY_WARNING_DAYS,
} from './certificate.ts'
export type {
  ParsedCertificate,
  CertificateParseResult,
  CertificateProblem,
  CertificateStatus,
} from './certificate.ts'
