import type { MyOrgTranslator } from '../../../i18n/translator.ts'
import { parseCertificate } from '../certificate.ts'
import { type ReviewCell, type ReviewField, strategySpec } from '../strategies.ts'
import type { IdpWizardFlags, IdpWizardStep, IdpWizardValues } from '../wizard-values.ts'
import { type ValueRow, strategyLabel } from './setup-sheet.ts'

/** One group of the review: a step and its rows. */
export interface ReviewGroup {
  step: IdpWizardStep
  rows: ValueRow[]
}

/** What the review needs to put the values into words. */
export interface ReviewInput {
  values: IdpWizardValues
  mode: 'create' | 'edit'
  flags: IdpWizardFlags
  translator: MyOrgTranslator
}

function label(t: MyOrgTranslator['t'], field: ReviewField): string {
  return t(`idpWizard.review.fields.${field}`)
}

function yesNo(t: MyOrgTranslator['t'], value: boolean): string {
  return value ? t('idpWizard.review.yes') : t('idpWizard.review.no')
}

/** A review cell's value in words. */
function cellText(cell: ReviewCell, input: ReviewInput): string {
  const { t, formatDate } = input.translator
  switch (cell.kind) {
    case 'text':
      return cell.value
    case 'yesNo':
      return yesNo(t, cell.value)
    case 'certificate': {
      const parsed = cell.pem ? parseCertificate(cell.pem) : undefined
      return parsed?.ok
        ? t('idpWizard.review.certificate', {
            subject: parsed.certificate.subject,
            date: formatDate(parsed.certificate.notAfter, { dateStyle: 'medium' }),
          })
        : ''
    }
    case 'secret':
      if (cell.value.trim() !== '') {
        return t('idpWizard.review.secretMasked')
      }
      return input.mode === 'edit'
        ? t('idpWizard.review.secretUnchanged')
        : t('idpWizard.review.notSet')
    case 'metadataFile':
      return t('idpWizard.review.metadataFile', { file: cell.file })
    case 'oidcType':
      return t(`idpWizard.connection.oidcType.${cell.value}`)
  }
}

function detailRows(input: ReviewInput): ValueRow[] {
  const { values, flags } = input
  const { t } = input.translator
  return [
    [label(t, 'name'), values.name],
    [label(t, 'displayName'), values.displayName || t('idpWizard.review.notSet')],
    ...(flags.canSetShowAsButton
      ? [[label(t, 'showAsButton'), yesNo(t, values.showAsButton)] as const]
      : []),
    ...(flags.canSetAssignMembership
      ? [[label(t, 'assignMembershipOnLogin'), yesNo(t, values.assignMembershipOnLogin)] as const]
      : []),
  ]
}

/**
 * The review, group by group: the provider (create only), its connection (per strategy), the
 * name and display, and the domains. Values are in words; an empty one reads "Not set".
 */
export function reviewGroups(input: ReviewInput): ReviewGroup[] {
  const { values, mode } = input
  const { t, formatList } = input.translator
  const strategy = values.strategy
  const connection =
    strategy === ''
      ? []
      : strategySpec(strategy)
          .review(values)
          .map((cell): ValueRow => [label(t, cell.field), cellText(cell, input)])
  const groups: ReviewGroup[] = [
    { step: 'connection', rows: connection },
    { step: 'details', rows: detailRows(input) },
    {
      step: 'domains',
      rows: [
        [
          label(t, 'domains'),
          values.domains.length > 0
            ? formatList(values.domains)
            : t('idpWizard.review.domainsNone'),
        ],
      ],
    },
  ]
  if (mode === 'create' && strategy !== '') {
    groups.unshift({
      step: 'provider',
      rows: [[t('idpWizard.review.provider'), strategyLabel(t, strategy)]],
    })
  }
  return groups
}
