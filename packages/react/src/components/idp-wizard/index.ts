export { IdpWizard } from './idp-wizard.tsx'
export type { IdpWizardProps } from './idp-wizard.tsx'
export type { IdpWizardSlot } from './idp-wizard.slots.ts'
export type { IdpWizardMessages } from './idp-wizard.messages.ts'
export {
  IDP_WIZARD_STEPS,
  buildCreateBody,
  buildUpdateBody,
  toWizardValues,
  emptyWizardValues,
} from './idp-wizard.schema.ts'
export type { IdpWizardStep, IdpWizardValues, IdpWizardFlags } from './idp-wizard.schema.ts'
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
