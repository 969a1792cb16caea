import { loadOnce } from '../../lib/load-once.ts'
import type { buildCreateBody, buildUpdateBody, domainChanges } from './request-bodies.ts'
import type { errorTarget, fieldErrorMessage } from './server-errors.ts'

/** What saving needs and showing the steps doesn't. */
export interface WizardSaving {
  buildCreateBody: typeof buildCreateBody
  buildUpdateBody: typeof buildUpdateBody
  domainChanges: typeof domainChanges
  errorTarget: typeof errorTarget
  fieldErrorMessage: typeof fieldErrorMessage
}

/**
 * The request bodies and the reading of a refused save, loaded on first use (the review step
 * brings the bodies too): the steps before it do without them. The form preloads them, so they
 * are in by the time the admin saves.
 */
export const wizardSaving = /* @__PURE__ */ loadOnce(async (): Promise<WizardSaving> => {
  const [bodies, errors] = await Promise.all([
    import('./request-bodies.ts'),
    import('./server-errors.ts'),
  ])
  return {
    buildCreateBody: bodies.buildCreateBody,
    buildUpdateBody: bodies.buildUpdateBody,
    domainChanges: bodies.domainChanges,
    errorTarget: errors.errorTarget,
    fieldErrorMessage: errors.fieldErrorMessage,
  }
})
