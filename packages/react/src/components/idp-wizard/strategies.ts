import type {
  IdentityProvidersConfiguration,
  IdpOptionsRequestByStrategy,
  IdpStrategy,
  OrgConfiguration,
} from '@myorg-kit/client'

import { identityProvidersConfigurationKey } from '../../lib/identity-provider.ts'

import type { IdpWizardMessages } from './idp-wizard.messages.ts'
import type { IdpWizardField, IdpWizardValues } from './wizard-values.ts'

/** A label of the review list (`idpWizard.review.fields.*`). */
export type ReviewField = keyof IdpWizardMessages['review']['fields']

/** One review row before it is put into words: the field, and how to show its value. */
export type ReviewCell =
  | { field: ReviewField; kind: 'text'; value: string }
  | { field: ReviewField; kind: 'yesNo'; value: boolean }
  | { field: ReviewField; kind: 'certificate'; pem: string }
  | { field: ReviewField; kind: 'secret'; value: string }
  | { field: ReviewField; kind: 'metadataFile'; file: string }
  | { field: ReviewField; kind: 'oidcType'; value: IdpWizardValues['oidcType'] }

/** The checks a strategy runs on its connection fields (messages and mode are the caller's). */
export interface ConnectionRules {
  /** Required, and a full https:// URL. */
  url: (field: IdpWizardField) => void
  /** Required, and a bare host name. */
  host: (field: 'domain' | 'tenantDomain') => void
  clientId: () => void
  /** The client secret, worded for create ("enter it") or edit ("enter it again"). */
  secret: () => void
  /** Required, and a readable certificate. */
  certificate: () => void
  /** Required: an uploaded metadata document, without a DOCTYPE or entity declarations. */
  metadataFile: () => void
  /**
   * {@link metadataFile}, and the sign-in URL and certificate it filled in usable: problems are
   * reported on the file, where the user can act.
   */
  metadataConnection: () => void
}

/** Everything the wizard knows about one strategy. */
export interface StrategySpec<S extends IdpStrategy = IdpStrategy> {
  /** SAML family (SAML, ADFS, PingFederate): ACS URL and entity ID, and the name comes first. */
  family: 'saml' | 'oauth'
  /** The API wants `client_secret` in every request that carries options. */
  secretRequired: boolean
  /** The fields of the connection step, in the order they are shown (and focused). */
  connectionFields: readonly IdpWizardField[]
  /** The request's `options`, exactly as the strategy's schema accepts them. */
  options: (values: IdpWizardValues) => IdpOptionsRequestByStrategy[S]
  /** The connection rows of the review step. */
  review: (values: IdpWizardValues) => ReviewCell[]
  /** Runs the strategy's rules over the connection fields. */
  validate: (values: IdpWizardValues, rules: ConnectionRules, mode: 'create' | 'edit') => void
}

const trim = (value: string): string => value.trim()

const SIGNING_FIELDS = [
  'signSAMLRequest',
  'signatureAlgorithm',
  'digestAlgorithm',
] as const satisfies readonly IdpWizardField[]

function signing(values: IdpWizardValues) {
  return {
    signSAMLRequest: values.signSAMLRequest,
    signatureAlgorithm: values.signatureAlgorithm,
    digestAlgorithm: values.digestAlgorithm,
  }
}

function signingReview(values: IdpWizardValues): ReviewCell[] {
  return [
    { field: 'signSAMLRequest', kind: 'yesNo', value: values.signSAMLRequest },
    { field: 'signatureAlgorithm', kind: 'text', value: values.signatureAlgorithm },
    { field: 'digestAlgorithm', kind: 'text', value: values.digestAlgorithm },
  ]
}

const samlp: StrategySpec<'samlp'> = {
  family: 'saml',
  secretRequired: false,
  connectionFields: [
    'samlSource',
    'metadataUrl',
    'metadataXml',
    'signInEndpoint',
    'signingCert',
    ...SIGNING_FIELDS,
    'protocolBinding',
  ],
  options: (values) => {
    const binding = values.protocolBinding ? { protocolBinding: values.protocolBinding } : {}
    return values.samlSource === 'metadataUrl'
      ? { metadataUrl: trim(values.metadataUrl), ...signing(values), ...binding }
      : {
          signInEndpoint: trim(values.signInEndpoint),
          signingCert: trim(values.signingCert),
          ...signing(values),
          ...binding,
        }
  },
  review: (values) => [
    ...(values.samlSource === 'metadataUrl'
      ? [{ field: 'metadataUrl', kind: 'text', value: values.metadataUrl } as const]
      : [
          ...(values.samlSource === 'metadataXml'
            ? [
                {
                  field: 'metadataXml',
                  kind: 'metadataFile',
                  file: values.metadataFileName,
                } as const,
              ]
            : []),
          { field: 'signInEndpoint', kind: 'text', value: values.signInEndpoint } as const,
          { field: 'signingCert', kind: 'certificate', pem: values.signingCert } as const,
        ]),
    ...signingReview(values),
  ],
  validate: (values, rules) => {
    if (values.samlSource === 'metadataUrl') {
      rules.url('metadataUrl')
    } else if (values.samlSource === 'metadataXml') {
      rules.metadataConnection()
    } else {
      rules.url('signInEndpoint')
      rules.certificate()
    }
  },
}

const oidc: StrategySpec<'oidc'> = {
  family: 'oauth',
  secretRequired: false,
  connectionFields: ['discoveryUrl', 'clientId', 'oidcType', 'clientSecret'],
  options: (values) => {
    const secret = trim(values.clientSecret)
    return {
      type: values.oidcType,
      client_id: trim(values.clientId),
      discovery_url: trim(values.discoveryUrl),
      ...(values.oidcType === 'back_channel' && secret ? { client_secret: secret } : {}),
    }
  },
  review: (values) => [
    { field: 'discoveryUrl', kind: 'text', value: values.discoveryUrl },
    { field: 'clientId', kind: 'text', value: values.clientId },
    { field: 'oidcType', kind: 'oidcType', value: values.oidcType },
    ...(values.oidcType === 'back_channel'
      ? [{ field: 'clientSecret', kind: 'secret', value: values.clientSecret } as const]
      : []),
  ],
  validate: (values, rules, mode) => {
    rules.url('discoveryUrl')
    rules.clientId()
    // Edit mode keeps the stored secret when the field is left blank.
    if (values.oidcType === 'back_channel' && mode === 'create') {
      rules.secret()
    }
  },
}

/** Okta, Google Workspace and Entra ID: a domain, a client ID and a secret. */
function hosted<S extends 'okta' | 'google-apps' | 'waad'>(
  hostField: 'domain' | 'tenantDomain',
  options: (host: string, values: IdpWizardValues) => IdpOptionsRequestByStrategy[S],
): StrategySpec<S> {
  return {
    family: 'oauth',
    secretRequired: true,
    connectionFields: [hostField, 'clientId', 'clientSecret'],
    options: (values) => options(trim(values[hostField]), values),
    review: (values) => [
      { field: hostField, kind: 'text', value: values[hostField] },
      { field: 'clientId', kind: 'text', value: values.clientId },
      { field: 'clientSecret', kind: 'secret', value: values.clientSecret },
    ],
    validate: (_values, rules) => {
      rules.host(hostField)
      rules.clientId()
      rules.secret()
    },
  }
}

const clientCredentials = (values: IdpWizardValues) => ({
  client_id: trim(values.clientId),
  client_secret: trim(values.clientSecret),
})

const adfs: StrategySpec<'adfs'> = {
  family: 'saml',
  secretRequired: false,
  connectionFields: ['adfsSource', 'adfsServer', 'metadataXml'],
  options: (values) =>
    values.adfsSource === 'server'
      ? { adfs_server: trim(values.adfsServer) }
      : { fedMetadataXml: values.metadataXml },
  review: (values) => [
    values.adfsSource === 'server'
      ? { field: 'adfsServer', kind: 'text', value: values.adfsServer }
      : { field: 'metadataXml', kind: 'metadataFile', file: values.metadataFileName },
  ],
  validate: (values, rules) => {
    if (values.adfsSource === 'server') {
      rules.url('adfsServer')
    } else {
      // The document is sent as it is: the rule also refuses one with a DTD.
      rules.metadataFile()
    }
  },
}

const pingfederate: StrategySpec<'pingfederate'> = {
  family: 'saml',
  secretRequired: false,
  connectionFields: ['pingBaseUrl', 'signingCert', ...SIGNING_FIELDS],
  options: (values) => ({
    pingFederateBaseUrl: trim(values.pingBaseUrl),
    signingCert: trim(values.signingCert),
    ...signing(values),
  }),
  review: (values) => [
    { field: 'pingBaseUrl', kind: 'text', value: values.pingBaseUrl },
    { field: 'signingCert', kind: 'certificate', pem: values.signingCert },
    ...signingReview(values),
  ],
  validate: (_values, rules) => {
    rules.url('pingBaseUrl')
    rules.certificate()
  },
}

/** The strategy table, in the order the wizard offers the strategies. */
export const STRATEGIES: { readonly [S in IdpStrategy]: StrategySpec<S> } = {
  okta: hosted('domain', (domain, values) => ({ domain, ...clientCredentials(values) })),
  waad: hosted('tenantDomain', (tenant, values) => ({
    tenant_domain: tenant,
    ...clientCredentials(values),
  })),
  'google-apps': hosted('domain', (domain, values) => ({
    domain,
    ...clientCredentials(values),
  })),
  samlp,
  oidc,
  adfs,
  pingfederate,
}

/** Every strategy, in the order the wizard offers them. */
export const IDP_STRATEGIES = Object.keys(STRATEGIES) as readonly IdpStrategy[]

/** The entry of a strategy. */
export function strategySpec<S extends IdpStrategy>(strategy: S): StrategySpec<S> {
  return STRATEGIES[strategy]
}

/** SAML-family strategies: the IdP needs an ACS URL, an entity ID and the SP metadata. */
export function isSamlFamily(strategy: IdpStrategy): boolean {
  return STRATEGIES[strategy].family === 'saml'
}

/**
 * The strategies the organization may create: in `allowed_strategies` of `GET /config` and with
 * an entry in the Connection Profile (`GET /config/identity-providers`). A missing document
 * (`null`, i.e. 404) or field does not restrict.
 */
export function availableStrategies(
  configuration: OrgConfiguration | null | undefined,
  idpConfiguration: IdentityProvidersConfiguration | null | undefined,
): IdpStrategy[] {
  const allowed = configuration?.allowed_strategies
  const profile = idpConfiguration?.strategies
  return IDP_STRATEGIES.filter(
    (strategy) =>
      (!allowed || allowed.includes(strategy)) &&
      (!profile || profile[identityProvidersConfigurationKey(strategy)] !== undefined),
  )
}
