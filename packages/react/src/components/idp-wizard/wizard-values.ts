import type {
  DigestAlgorithm,
  IdentityProvider,
  IdpStrategy,
  ProtocolBinding,
  SignatureAlgorithm,
} from '@myorg-kit/client'

import { toPem } from './pem.ts'

/** The wizard's steps, in order. Edit mode skips `provider`. */
export type IdpWizardStep =
  'provider' | 'sp-values' | 'connection' | 'details' | 'domains' | 'review'

/** Every step, in order. */
export const IDP_WIZARD_STEPS: readonly IdpWizardStep[] = [
  'provider',
  'sp-values',
  'connection',
  'details',
  'domains',
  'review',
]

/** What the wizard edits: flat strings and booleans, empty meaning "not set". */
export interface IdpWizardValues {
  strategy: IdpStrategy | ''
  /** SAML: where the IdP's settings come from. */
  samlSource: 'metadataUrl' | 'metadataXml' | 'manual'
  metadataUrl: string
  /** The uploaded metadata document (SAML: parsed in the browser; ADFS: sent as is). */
  metadataXml: string
  metadataFileName: string
  signInEndpoint: string
  /** PEM. */
  signingCert: string
  signSAMLRequest: boolean
  signatureAlgorithm: SignatureAlgorithm
  digestAlgorithm: DigestAlgorithm
  protocolBinding: ProtocolBinding | ''
  discoveryUrl: string
  oidcType: 'front_channel' | 'back_channel'
  clientId: string
  clientSecret: string
  /** Okta and Google Workspace domain. */
  domain: string
  /** Entra ID tenant domain. */
  tenantDomain: string
  adfsSource: 'server' | 'metadataXml'
  adfsServer: string
  pingBaseUrl: string
  name: string
  displayName: string
  showAsButton: boolean
  assignMembershipOnLogin: boolean
  /** Verified domain names to link. */
  domains: string[]
}

const EDIT_STEPS = IDP_WIZARD_STEPS.slice(1)

/** A form field name. */
export type IdpWizardField = keyof IdpWizardValues

/** Which organization flags the Connection Profile lets the admin set. */
export interface IdpWizardFlags {
  canSetShowAsButton: boolean
  canSetAssignMembership: boolean
}

/** The steps of a mode: edit mode skips `provider` (a provider's type can't change). */
export function stepsOf(mode: 'create' | 'edit'): readonly IdpWizardStep[] {
  return mode === 'create' ? IDP_WIZARD_STEPS : EDIT_STEPS
}

/** The empty form. */
export function emptyWizardValues(strategy: IdpStrategy | '' = ''): IdpWizardValues {
  return {
    strategy,
    samlSource: 'metadataUrl',
    metadataUrl: '',
    metadataXml: '',
    metadataFileName: '',
    signInEndpoint: '',
    signingCert: '',
    signSAMLRequest: false,
    signatureAlgorithm: 'rsa-sha256',
    digestAlgorithm: 'sha256',
    protocolBinding: '',
    discoveryUrl: '',
    oidcType: 'back_channel',
    clientId: '',
    clientSecret: '',
    domain: '',
    tenantDomain: '',
    adfsSource: 'server',
    adfsServer: '',
    pingBaseUrl: '',
    name: '',
    displayName: '',
    showAsButton: true,
    assignMembershipOnLogin: false,
    domains: [],
  }
}

/** The form as an existing provider fills it (secrets stay empty: the API never returns them). */
export function toWizardValues(idp: IdentityProvider): IdpWizardValues {
  const options = idp.options
  const text = (value: unknown): string => (typeof value === 'string' ? value : '')
  const cert = text(options.cert)
  return {
    ...emptyWizardValues(idp.strategy),
    samlSource: text(options.metadataUrl) ? 'metadataUrl' : 'manual',
    metadataUrl: text(options.metadataUrl),
    signInEndpoint: text(options.signInEndpoint),
    signingCert: cert ? (cert.includes('-----BEGIN') ? cert : toPem(cert)) : '',
    signSAMLRequest: options.signSAMLRequest ?? false,
    signatureAlgorithm: options.signatureAlgorithm ?? 'rsa-sha256',
    digestAlgorithm: options.digestAlgorithm ?? 'sha256',
    protocolBinding: options.protocolBinding ?? '',
    discoveryUrl: text(options.discovery_url),
    oidcType: options.type ?? 'back_channel',
    clientId: text(options.client_id),
    domain: text(options.domain),
    tenantDomain: text(options.tenant_domain),
    adfsSource:
      text(options.fedMetadataXml) && !text(options.adfs_server) ? 'metadataXml' : 'server',
    adfsServer: text(options.adfs_server),
    metadataXml: text(options.fedMetadataXml),
    pingBaseUrl: text(options.pingFederateBaseUrl),
    name: idp.name ?? '',
    displayName: idp.display_name ?? '',
    showAsButton: idp.show_as_button ?? true,
    assignMembershipOnLogin: idp.assign_membership_on_login ?? false,
    domains: [...(idp.domains ?? [])],
  }
}

/** Fields that make up a strategy's options (a change to any of them sends `options`). */
export const OPTION_FIELDS: readonly IdpWizardField[] = [
  'samlSource',
  'metadataUrl',
  'metadataXml',
  'signInEndpoint',
  'signingCert',
  'signSAMLRequest',
  'signatureAlgorithm',
  'digestAlgorithm',
  'protocolBinding',
  'discoveryUrl',
  'oidcType',
  'clientId',
  'clientSecret',
  'domain',
  'tenantDomain',
  'adfsSource',
  'adfsServer',
  'pingBaseUrl',
]

/** True when the options the form would send differ from the provider's. */
export function optionsChanged(initial: IdpWizardValues, values: IdpWizardValues): boolean {
  return OPTION_FIELDS.some((field) => {
    const before = initial[field]
    const after = values[field]
    return typeof before === 'string' && typeof after === 'string'
      ? before.trim() !== after.trim()
      : before !== after
  })
}
