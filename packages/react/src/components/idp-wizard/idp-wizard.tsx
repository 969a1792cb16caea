'use client'

import type { ReactNode } from 'react'

import { ComponentFrame } from '../../kit/component-frame.tsx'
import { ErrorNotice } from '../../kit/error-notice.tsx'
import { noAccessTexts, useMyOrgComponent } from '../../kit/use-my-org-component.ts'
import { useReportOnce } from '../../kit/use-report-once.ts'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { Spinner } from '../../ui/loading.tsx'
import { idpWizardMessages } from './idp-wizard.messages.ts'
import type { IdpWizardAction, IdpWizardProps } from './idp-wizard.props.ts'
import type { IdpWizardSlot } from './idp-wizard.slots.ts'
import { type WizardSetup, useWizardSetup } from './use-wizard-setup.ts'
import { useWizardScope } from './wizard-context.tsx'
import { WizardForm } from './wizard-form.tsx'

export type { IdpWizardAction, IdpWizardProps } from './idp-wizard.props.ts'
export type { IdpWizardStep } from './wizard-values.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { idpWizard: idpWizardMessages }

const MODES = {
  create: {
    read: ['createIdentityProvider'],
    noAccess: noAccessTexts('idpWizard'),
  },
  edit: {
    read: ['updateIdentityProvider', 'getIdentityProvider'],
    noAccess: {
      title: 'idpWizard.noEditAccess.title',
      description: 'idpWizard.noEditAccess.description',
    },
  },
} as const

/**
 * Sets up (or edits) an SSO identity provider step by step: the provider type, the values the
 * customer's IdP admin must enter (with copy buttons and a printable setup sheet), the connection
 * details (metadata and certificates checked in the browser), name and display, domains, and a
 * review. Errors go back to the step and field they belong to; nothing typed is lost.
 *
 * @example
 * ```tsx
 * <IdpWizard
 *   onIdentityProviderCreated={(idp) => navigate(`/sso/${idp.id}`)}
 *   onCancel={() => navigate('/sso')}
 * />
 * ```
 */
export function IdpWizard(props: IdpWizardProps): ReactNode {
  const { ref, ...rest } = props
  const mode = rest.identityProviderId ? 'edit' : 'create'
  const kit = useMyOrgComponent<IdpWizardSlot, IdpWizardAction>('IdpWizard', rest, {
    texts: ownTexts,
    ...MODES[mode],
  })
  const setup = useWizardSetup({
    mode,
    identityProviderId: rest.identityProviderId,
    canAct: kit.canRead,
    canReadConfig: kit.can('getConfiguration'),
    permissionsLoading: kit.permissions.status === 'loading',
  })
  useReportOnce(kit.reportError, setup.error, 'load')
  const { t } = kit
  return (
    <ComponentFrame
      kit={kit}
      rootRef={ref}
      busy={setup.pending}
      title={
        mode === 'create'
          ? t('idpWizard.title.create')
          : t('idpWizard.title.edit', { name: setup.idp ? displayNameOf(setup.idp) : '' })
      }
      description={t(`idpWizard.description.${mode}`)}
    >
      {() => <WizardContent {...rest} mode={mode} setup={setup} />}
    </ComponentFrame>
  )
}

/** Loading, the load error, "not configured", or the form (remounted per provider). */
function WizardContent(
  props: Omit<IdpWizardProps, 'ref'> & { mode: 'create' | 'edit'; setup: WizardSetup },
): ReactNode {
  const { mode, setup } = props
  const { t, slot } = useWizardScope()
  if (setup.error) {
    return <ErrorNotice error={setup.error} onRetry={setup.retry} />
  }
  if (setup.pending) {
    return (
      <p {...slot('notice')} role="status" aria-label={t('idpWizard.loading')}>
        <Spinner /> {t('idpWizard.loading')}
      </p>
    )
  }
  if (mode === 'create' && setup.strategies.length === 0) {
    return (
      <div {...slot('notice', 'mk-alert')} role="note">
        <p className="mk-alert-title">{t('idpWizard.notConfigured.title')}</p>
        <p className="mk-alert-description">{t('idpWizard.notConfigured.description')}</p>
      </div>
    )
  }
  return (
    <WizardForm
      {...props}
      key={setup.idp?.id ?? 'create'}
      idp={setup.idp}
      strategies={setup.strategies}
      flags={setup.flags}
    />
  )
}
