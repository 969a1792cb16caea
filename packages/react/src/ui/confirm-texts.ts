import type { MyOrgTranslator } from '../i18n/translator.ts'
import type { MessageParams, MyOrgMessageKey } from '../i18n/types.ts'
import type { ConfirmDialogProps } from './confirm-dialog.tsx'

/** Where the texts of one confirmation are. */
export interface ConfirmTextKeys {
  title: MyOrgMessageKey
  description: MyOrgMessageKey
  confirm: MyOrgMessageKey
  pending: MyOrgMessageKey
}

/** A {@link ConfirmDialog}'s texts from their keys, all filled in from `params`. */
export function confirmTexts(
  t: MyOrgTranslator['t'],
  keys: ConfirmTextKeys,
  params?: MessageParams,
): Pick<ConfirmDialogProps, 'title' | 'description' | 'confirmLabel' | 'pendingLabel'> {
  return {
    title: t(keys.title, params),
    description: t(keys.description, params),
    confirmLabel: t(keys.confirm, params),
    pendingLabel: t(keys.pending, params),
  }
}
