import type { IdpStrategy } from '@myorg-kit/client'
import * as z from 'zod/mini'

import type { MyOrgTranslator } from '../../i18n/translator.ts'
import { loadOnce } from '../../lib/load-once.ts'
import { isHttpsUrl } from '../../lib/url.ts'
import type { parseCertificate } from './certificate.ts'
import type { declaresDtd } from './saml-metadata.ts'
import { type ConnectionRules, isSamlFamily, strategySpec } from './strategies.ts'
import {
  type IdpWizardField,
  type IdpWizardStep,
  type IdpWizardValues,
  optionsChanged,
} from './wizard-values.ts'

type MessageKey = Parameters<MyOrgTranslator['t']>[0]

/** Connection names: the spec's 1–128 characters, alphanumerics and inner hyphens. */
const CONNECTION_NAME_PATTERN = /^[a-zA-Z0-9](-[a-zA-Z0-9]|[a-zA-Z0-9])*$/
/** The longest connection name or display name the API takes. */
const CONNECTION_NAME_MAX_LENGTH = 128

/**
 * The longest URL, host, client ID or secret the wizard sends. The API documents no limit for
 * them; no identity provider issues longer ones, and a pasted megabyte must not be sent.
 */
const OPTION_MAX_LENGTH = 2048
/** Fields holding a file's text (metadata, certificate): their size is checked on the file. */
const FILE_FIELDS: ReadonlySet<IdpWizardField> = new Set(['metadataXml', 'signingCert'])

/** A bare host name such as `acme.okta.com`. */
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i

/** Fields of each step, validated before leaving it (in the order they are shown). */
export function stepFields(step: IdpWizardStep, strategy: IdpStrategy | ''): IdpWizardField[] {
  if (step === 'provider') {
    return ['strategy']
  }
  if (step === 'sp-values') {
    return strategy !== '' && isSamlFamily(strategy) ? ['name'] : []
  }
  if (step === 'connection') {
    return strategy === '' ? [] : [...strategySpec(strategy).connectionFields]
  }
  return step === 'details' ? ['name', 'displayName'] : []
}

/** Context the schema needs besides the values. */
export interface IdpWizardSchemaContext {
  mode: 'create' | 'edit'
  /** Edit mode: the form as loaded, to tell which options changed. */
  initial?: IdpWizardValues | undefined
}

type Report = (field: IdpWizardField, key: MessageKey) => void

/** What the connection rules read certificates and metadata with. */
interface Readers {
  parseCertificate: typeof parseCertificate
  declaresDtd: typeof declaresDtd
}

/**
 * The certificate and metadata readers, loaded on first use (the connection step brings the same
 * code): the provider step, shown first, does without them. The form preloads them.
 */
export const wizardReaders = /* @__PURE__ */ loadOnce(async (): Promise<Readers> => {
  const [certificate, metadata] = await Promise.all([
    import('./certificate.ts'),
    import('./saml-metadata.ts'),
  ])
  return { parseCertificate: certificate.parseCertificate, declaresDtd: metadata.declaresDtd }
})

/** What the readers answer for a blank certificate and a blank document: nothing to read. */
const BLANK_READERS: Readers = {
  parseCertificate: () => ({ ok: false, problem: 'empty' }),
  declaresDtd: () => false,
}

/** The name rules: required and well-formed on create (it can't change afterwards). */
function checkNames(values: IdpWizardValues, mode: 'create' | 'edit', report: Report): void {
  const name = values.name.trim()
  if (mode === 'create') {
    if (name === '') {
      report('name', 'idpWizard.validation.nameRequired')
    } else if (name.length > CONNECTION_NAME_MAX_LENGTH) {
      report('name', 'idpWizard.validation.nameTooLong')
    } else if (!CONNECTION_NAME_PATTERN.test(name)) {
      report('name', 'idpWizard.validation.namePattern')
    }
  }
  if (values.displayName.trim().length > CONNECTION_NAME_MAX_LENGTH) {
    report('displayName', 'idpWizard.validation.displayNameTooLong')
  }
}

/** The connection rules, bound to the values, the mode, an issue reporter and the readers. */
function connectionRules(
  values: IdpWizardValues,
  mode: 'create' | 'edit',
  report: Report,
  readers: Readers,
): ConnectionRules {
  const required = (field: IdpWizardField, key: MessageKey): boolean => {
    const value = values[field]
    if (typeof value === 'string' && value.trim() === '') {
      report(field, key)
      return false
    }
    if (typeof value === 'string' && !FILE_FIELDS.has(field) && value.length > OPTION_MAX_LENGTH) {
      report(field, 'idpWizard.validation.tooLong')
      return false
    }
    return true
  }
  return {
    url: (field) => {
      const value = values[field]
      if (required(field, 'idpWizard.validation.urlRequired') && typeof value === 'string') {
        if (!isHttpsUrl(value.trim())) {
          report(field, 'idpWizard.validation.urlInvalid')
        }
      }
    },
    host: (field) => {
      if (required(field, 'idpWizard.validation.domainRequired')) {
        if (!HOST.test(values[field].trim())) {
          report(field, 'idpWizard.validation.domainInvalid')
        }
      }
    },
    clientId: () => {
      required('clientId', 'idpWizard.validation.clientIdRequired')
    },
    secret: () => {
      required(
        'clientSecret',
        mode === 'edit'
          ? 'idpWizard.validation.secretRequiredToChange'
          : 'idpWizard.validation.secretRequired',
      )
    },
    certificate: () => {
      if (required('signingCert', 'idpWizard.validation.certificateRequired')) {
        if (!readers.parseCertificate(values.signingCert).ok) {
          report('signingCert', 'idpWizard.validation.certificateInvalid')
        }
      }
    },
    metadataFile: () => {
      if (required('metadataXml', 'idpWizard.validation.metadataRequired')) {
        if (readers.declaresDtd(values.metadataXml)) {
          report('metadataXml', 'idpWizard.metadataProblems.dtd')
        }
      }
    },
    metadataConnection: () => {
      if (!required('metadataXml', 'idpWizard.validation.metadataRequired')) {
        return
      }
      // What the file filled in is checked on the file: its fields are not on screen.
      if (readers.declaresDtd(values.metadataXml)) {
        report('metadataXml', 'idpWizard.metadataProblems.dtd')
      } else if (!isHttpsUrl(values.signInEndpoint.trim())) {
        report('metadataXml', 'idpWizard.metadataProblems.insecure-sso-url')
      } else if (!readers.parseCertificate(values.signingCert).ok) {
        report('metadataXml', 'idpWizard.metadataProblems.no-certificate')
      }
    },
  }
}

/**
 * The strategy's connection rules: at once when the readers are in or there is nothing to read,
 * else once they have loaded.
 */
function checkOptions(
  values: IdpWizardValues,
  strategy: IdpStrategy,
  mode: 'create' | 'edit',
  report: Report,
): Promise<void> | undefined {
  const check = (readers: Readers): void => {
    strategySpec(strategy).validate(values, connectionRules(values, mode, report, readers), mode)
  }
  const blank = values.signingCert.trim() === '' && values.metadataXml.trim() === ''
  const readers = wizardReaders.current() ?? (blank ? BLANK_READERS : undefined)
  if (readers === undefined) {
    return wizardReaders.preload().then(check)
  }
  check(readers)
  return undefined
}

/**
 * The wizard's zod/mini schema: every rule of every strategy, messages from the translator.
 * Steps validate only their own fields (`trigger(stepFields(step))`). Asynchronous while the readers
 * are still loading and a certificate or metadata document is to be read: parse it with
 * `safeParseAsync`, as the form's resolver does.
 */
export function createIdpWizardSchema(t: MyOrgTranslator['t'], context: IdpWizardSchemaContext) {
  return z.custom<IdpWizardValues>().check(
    z.superRefine((values, ctx) => {
      const report: Report = (field, key) => {
        ctx.addIssue({ code: 'custom', path: [field], message: t(key), input: values[field] })
      }
      if (values.strategy === '') {
        report('strategy', 'idpWizard.validation.strategyRequired')
        return
      }
      checkNames(values, context.mode, report)
      // Options: in edit mode only when they are being changed.
      if (context.mode === 'edit' && context.initial && !optionsChanged(context.initial, values)) {
        return
      }
      return checkOptions(values, values.strategy, context.mode, report)
    }),
  )
}
