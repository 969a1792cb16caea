'use client'

import type { ReactNode } from 'react'

import { ApiText } from '../../../ui/api-text.tsx'
import { Button } from '../../../ui/button.tsx'
import { nothingToSave } from '../request-bodies.ts'
import { useWizard, useWizardScope } from '../wizard-context.tsx'
import { reviewGroups } from './review-rows.ts'

/** Step 6: everything entered, group by group, each with a "Change" button back to its step. */
export function ReviewStep(): ReactNode {
  const { values, initial, idp, mode, flags, readOnly, goTo } = useWizard()
  const { t, translator, slot } = useWizardScope()
  const groups = reviewGroups({ values, mode, flags, translator })
  const noChanges =
    mode === 'edit' && idp !== undefined && nothingToSave(idp, initial, values, flags)
  return (
    <>
      {noChanges ? <p className="mk-IdpWizard-hint">{t('idpWizard.review.noChanges')}</p> : null}
      <div {...slot('summary')}>
        {groups.map((group) => {
          const stepName = t(`idpWizard.steps.${group.step}`)
          return (
            <div key={group.step} className="mk-IdpWizard-summaryGroup">
              <div className="mk-IdpWizard-summaryHead">
                <p className="mk-label">{stepName}</p>
                {readOnly ? null : (
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={t('idpWizard.review.editStep', { step: stepName })}
                    onClick={() => {
                      goTo(group.step)
                    }}
                  >
                    {t('idpWizard.review.edit')}
                  </Button>
                )}
              </div>
              <dl>
                {group.rows.map(([label, value]) => (
                  <div key={label} className="mk-IdpWizard-summaryRow">
                    <dt>{label}</dt>
                    <dd>
                      {value ? (
                        <ApiText value={value} maxLines={3} />
                      ) : (
                        t('idpWizard.review.notSet')
                      )}
                    </dd>
                  </div>
                ))}
              </dl>
            </div>
          )
        })}
      </div>
    </>
  )
}
