import {
  type CreateIdentityProviderRequest,
  type DigestAlgorithm,
  type IdentityProvider,
  type IdpOptionsRequestByStrategy,
  type IdpStrategy,
  MyOrgApiError,
  type ProtocolBinding,
  type SignatureAlgorithm,
  type UpdateIdentityProviderRequest,
} from '@myorg-kit/client'
import * as z from 'zod/mini'

import type { MyOrgTranslator } from '../../i18n/translator.ts'
import { parseCertificate, toPem } from './certificate.ts'
import { isSamlFamily } from './strategies.ts'

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

/** A form field name. */
export type IdpWizardField = keyof IdpWizardValues

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
  const o = idp.options
  const values = emptyWizardValues(idp.strategy)
  const str = (value: unknown): string => (typeof value === 'string' ? value : '')
  const cert = str(o.cert)
  return {
    ...values,
    samlSource: str(o.metadataUrl) ? 'metadataUrl' : 'manual',
    metadataUrl: str(o.metadataUrl),
    signInEndpoint: str(o.signInEndpoint),
    signingCert: cert ? (cert.includes('-----BEGIN') ? cert : toPem(cert)) : '',
    signSAMLRequest: o.signSAMLRequest ?? false,
    signatureAlgorithm: o.signatureAlgorithm ?? 'rsa-sha256',
    digestAlgorithm: o.digestAlgorithm ?? 'sha256',
    protocolBinding: o.protocolBinding ?? '',
    discoveryUrl: str(o.discovery_url),
    oidcType: o.type ?? 'back_channel',
    clientId: str(o.client_id),
    domain: str(o.domain),
    tenantDomain: str(o.tenant_domain),
    adfsSource: str(o.fedMetadataXml) && !str(o.adfs_server) ? 'metadataXml' : 'server',
    adfsServer: str(o.adfs_server),
    metadataXml: str(o.fedMetadataXml),
    pingBaseUrl: str(o.pingFederateBaseUrl),
    name: idp.name ?? '',
    displayName: idp.display_name ?? '',
    showAsButton: idp.show_as_button ?? true,
    assignMembershipOnLogin: idp.assign_membership_on_login ?? false,
    domains: [...(idp.domains ?? [])],
  }
}

/** Strategies whose options require `client_secret` in every request that carries options. */
export function secretRequiredWithOptions(strategy: IdpStrategy): boolean {
  return strategy === 'okta' || strategy === 'waad' || strategy === 'google-apps'
}

const trim = (value: string) => value.trim()

/** The `options` of a create or update request, exactly as the strategy's schema accepts them. */
export function buildOptions<S extends IdpStrategy>(
  strategy: S,
  v: IdpWizardValues,
): IdpOptionsRequestByStrategy[S] {
  const signing = {
    signSAMLRequest: v.signSAMLRequest,
    signatureAlgorithm: v.signatureAlgorithm,
    digestAlgorithm: v.digestAlgorithm,
  }
  const binding = v.protocolBinding ? { protocolBinding: v.protocolBinding } : {}
  const secret = trim(v.clientSecret)
  let options: IdpOptionsRequestByStrategy[IdpStrategy]
  switch (strategy) {
    case 'samlp':
      options =
        v.samlSource === 'metadataUrl'
          ? { metadataUrl: trim(v.metadataUrl), ...signing, ...binding }
          : {
              signInEndpoint: trim(v.signInEndpoint),
              signingCert: v.signingCert.trim(),
              ...signing,
              ...binding,
            }
      break
    case 'oidc':
      options = {
        type: v.oidcType,
        client_id: trim(v.clientId),
        discovery_url: trim(v.discoveryUrl),
        ...(v.oidcType === 'back_channel' && secret ? { client_secret: secret } : {}),
      }
      break
    case 'okta':
    case 'google-apps':
      options = { domain: trim(v.domain), client_id: trim(v.clientId), client_secret: secret }
      break
    case 'waad':
      options = {
        tenant_domain: trim(v.tenantDomain),
        client_id: trim(v.clientId),
        client_secret: secret,
      }
      break
    case 'adfs':
      options =
        v.adfsSource === 'server'
          ? { adfs_server: trim(v.adfsServer) }
          : { fedMetadataXml: v.metadataXml }
      break
    case 'pingfederate':
      options = {
        pingFederateBaseUrl: trim(v.pingBaseUrl),
        signingCert: v.signingCert.trim(),
        ...signing,
      }
      break
  }
  return options as IdpOptionsRequestByStrategy[S]
}

/** Which organization flags the Connection Profile lets the admin set. */
export interface IdpWizardFlags {
  canSetShowAsButton: boolean
  canSetAssignMembership: boolean
}

/**
 * The body of `POST /identity-providers`. Domains are linked afterwards, one call each, so the
 * body never carries `domains`.
 */
export function buildCreateBody(
  v: IdpWizardValues,
  flags: IdpWizardFlags,
): CreateIdentityProviderRequest {
  if (v.strategy === '') {
    throw new Error('buildCreateBody: pick a strategy first')
  }
  const displayName = trim(v.displayName)
  return {
    name: trim(v.name),
    strategy: v.strategy,
    ...(displayName ? { display_name: displayName } : {}),
    ...(flags.canSetShowAsButton ? { show_as_button: v.showAsButton } : {}),
    ...(flags.canSetAssignMembership
      ? { assign_membership_on_login: v.assignMembershipOnLogin }
      : {}),
    options: buildOptions(v.strategy, v),
  } as CreateIdentityProviderRequest
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
export function optionsChanged(initial: IdpWizardValues, v: IdpWizardValues): boolean {
  return OPTION_FIELDS.some((field) => {
    const a = initial[field]
    const b = v[field]
    return typeof a === 'string' && typeof b === 'string' ? a.trim() !== b.trim() : a !== b
  })
}

/**
 * The body of `PATCH /identity-providers/{id}`: only what changed, and only what the provider's
 * `access_level` allows (`full`: everything; `limited`: the two flags; `readonly`: nothing). A
 * blank secret is left out, so the stored one stays as it is.
 */
export function buildUpdateBody(
  idp: IdentityProvider,
  initial: IdpWizardValues,
  v: IdpWizardValues,
  flags: IdpWizardFlags,
): UpdateIdentityProviderRequest {
  const level = idp.access_level ?? 'full'
  if (level === 'readonly' || level === 'none') {
    return {}
  }
  const body: UpdateIdentityProviderRequest = {}
  if (flags.canSetShowAsButton && v.showAsButton !== initial.showAsButton) {
    body.show_as_button = v.showAsButton
  }
  if (
    flags.canSetAssignMembership &&
    v.assignMembershipOnLogin !== initial.assignMembershipOnLogin
  ) {
    body.assign_membership_on_login = v.assignMembershipOnLogin
  }
  if (level === 'full') {
    const displayName = trim(v.displayName)
    if (displayName !== '' && displayName !== trim(initial.displayName)) {
      body.display_name = displayName
    }
    if (optionsChanged(initial, v)) {
      body.options = buildOptions(idp.strategy, v)
    }
  }
  return body
}

/** Fields of each step, validated before leaving it. */
export function stepFields(step: IdpWizardStep, strategy: IdpStrategy | ''): IdpWizardField[] {
  switch (step) {
    case 'provider':
      return ['strategy']
    case 'sp-values':
      return strategy !== '' && isSamlFamily(strategy) ? ['name'] : []
    case 'connection':
      return [...OPTION_FIELDS]
    case 'details':
      return ['name', 'displayName']
    default:
      return []
  }
}

/** Connection names: the spec's 1–128 characters, alphanumerics and inner hyphens. */
export const CONNECTION_NAME_PATTERN = /^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$/
export const NAME_MAX_LENGTH = 128

function isUrl(value: string, https = true): boolean {
  try {
    const url = new URL(value)
    return https ? url.protocol === 'https:' : url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** A bare host name such as `acme.okta.com`. */
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i

/** Context the schema needs besides the values. */
export interface IdpWizardSchemaContext {
  mode: 'create' | 'edit'
  /** Edit mode: the form as loaded, to tell which options changed. */
  initial?: IdpWizardValues | undefined
}

/**
 * The wizard's zod/mini schema: every rule of every strategy, messages from the translator.
 * Steps validate only their own fields (`trigger(stepFields(step))`).
 */
export function createIdpWizardSchema(t: MyOrgTranslator['t'], context: IdpWizardSchemaContext) {
  return z.custom<IdpWizardValues>().check(
    z.superRefine((v, ctx) => {
      const issue = (path: IdpWizardField, key: Parameters<MyOrgTranslator['t']>[0]) => {
        ctx.addIssue({ code: 'custom', path: [path], message: t(key), input: v[path] })
      }
      const required = (path: IdpWizardField, key: Parameters<MyOrgTranslator['t']>[0]) => {
        const value = v[path]
        if (typeof value === 'string' && value.trim() === '') {
          issue(path, key)
          return false
        }
        return true
      }
      const url = (path: IdpWizardField) => {
        const value = v[path]
        if (required(path, 'idpWizard.validation.urlRequired') && typeof value === 'string') {
          if (!isUrl(value.trim())) {
            issue(path, 'idpWizard.validation.urlInvalid')
          }
        }
      }
      const host = (path: 'domain' | 'tenantDomain') => {
        if (required(path, 'idpWizard.validation.domainRequired')) {
          if (!HOST.test(v[path].trim())) {
            issue(path, 'idpWizard.validation.domainInvalid')
          }
        }
      }
      const certificate = () => {
        if (required('signingCert', 'idpWizard.validation.certificateRequired')) {
          if (!parseCertificate(v.signingCert).ok) {
            issue('signingCert', 'idpWizard.validation.certificateInvalid')
          }
        }
      }
      if (v.strategy === '') {
        issue('strategy', 'idpWizard.validation.strategyRequired')
        return
      }
      // Name and display name.
      const name = v.name.trim()
      if (context.mode === 'create') {
        if (name === '') {
          issue('name', 'idpWizard.validation.nameRequired')
        } else if (name.length > NAME_MAX_LENGTH) {
          issue('name', 'idpWizard.validation.nameTooLong')
        } else if (!CONNECTION_NAME_PATTERN.test(name)) {
          issue('name', 'idpWizard.validation.namePattern')
        }
      }
      if (v.displayName.trim().length > NAME_MAX_LENGTH) {
        issue('displayName', 'idpWizard.validation.displayNameTooLong')
      }
      // Options: in edit mode only when they are being changed.
      if (context.mode === 'edit' && context.initial && !optionsChanged(context.initial, v)) {
        return
      }
      const secretNeeded = (key: Parameters<MyOrgTranslator['t']>[0]) => {
        required('clientSecret', key)
      }
      const secretKey =
        context.mode === 'edit'
          ? 'idpWizard.validation.secretRequiredToChange'
          : 'idpWizard.validation.secretRequired'
      switch (v.strategy) {
        case 'samlp':
          if (v.samlSource === 'metadataUrl') {
            url('metadataUrl')
          } else if (v.samlSource === 'metadataXml' && v.metadataXml.trim() === '') {
            issue('metadataXml', 'idpWizard.validation.metadataRequired')
          } else {
            url('signInEndpoint')
            certificate()
          }
          break
        case 'oidc':
          url('discoveryUrl')
          required('clientId', 'idpWizard.validation.clientIdRequired')
          if (v.oidcType === 'back_channel' && context.mode === 'create') {
            secretNeeded('idpWizard.validation.secretRequired')
          }
          break
        case 'okta':
        case 'google-apps':
          host('domain')
          required('clientId', 'idpWizard.validation.clientIdRequired')
          secretNeeded(secretKey)
          break
        case 'waad':
          host('tenantDomain')
          required('clientId', 'idpWizard.validation.clientIdRequired')
          secretNeeded(secretKey)
          break
        case 'adfs':
          if (v.adfsSource === 'server') {
            url('adfsServer')
          } else if (v.metadataXml.trim() === '') {
            issue('metadataXml', 'idpWizard.validation.metadataRequired')
          }
          break
        case 'pingfederate':
          url('pingBaseUrl')
          certificate()
          break
      }
    }),
  )
}

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

/** The step that holds a field. */
export function stepOfField(field: IdpWizardField): IdpWizardStep {
  if (field === 'strategy') {
    return 'provider'
  }
  if (
    field === 'name' ||
    field === 'displayName' ||
    field === 'showAsButton' ||
    field === 'assignMembershipOnLogin'
  ) {
    return 'details'
  }
  if (field === 'domains') {
    return 'domains'
  }
  return 'connection'
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
