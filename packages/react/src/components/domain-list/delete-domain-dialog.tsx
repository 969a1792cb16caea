'use client'

import type { OrgDomain } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useDeleteDomain, useDomainIdentityProviders } from '../../api/domains.queries.ts'
import { useScope } from '../../kit/scope.tsx'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx'
import { Spinner } from '../../ui/loading.tsx'
import { useConfirmMutation } from '../../ui/use-confirm-mutation.ts'
import type { DomainListAction, DomainListSlot } from './domain-list.slots.ts'

/**
 * Confirms a deletion and names the identity providers using the domain (loaded only while the
 * dialog is open). `onClose(true)` once deleted; Cancel and Escape give `onClose(false)`.
 */
export function DeleteDomainDialog(props: {
  domain: OrgDomain
  onClose: (deleted: boolean) => void
}): ReactNode {
  const { t } = useScope<DomainListSlot, DomainListAction>()
  const { domain, onClose } = props
  const confirm = useConfirmMutation(useDeleteDomain(), {
    variables: domain.id,
    action: 'delete',
    onSuccess: () => {
      onClose(true)
    },
  })
  return (
    <ConfirmDialog
      tone="danger"
      subject={domain.domain}
      title={t('domainList.delete.title', { domain: domain.domain })}
      description={t('domainList.delete.description', { domain: domain.domain })}
      confirmLabel={t('domainList.delete.confirm')}
      pendingLabel={t('domainList.delete.deleting')}
      onCancel={() => {
        onClose(false)
      }}
      {...confirm}
    >
      <ProvidersNote domain={domain} />
    </ConfirmDialog>
  )
}

/** Which identity providers route the domain's users, and so stop doing it once deleted. */
function ProvidersNote(props: { domain: OrgDomain }): ReactNode {
  const { t, translator } = useScope()
  const { domain } = props
  const providers = useDomainIdentityProviders(domain.id, { enabled: true })
  if (providers.isPending) {
    return (
      <p className="mk-description" role="status">
        <Spinner /> {t('domainList.delete.checkingProviders')}
      </p>
    )
  }
  if (!providers.data) {
    return <p className="mk-description">{t('domainList.delete.providersUnknown')}</p>
  }
  if (providers.data.length === 0) {
    return <p className="mk-description">{t('domainList.delete.noProviders')}</p>
  }
  return (
    <p className="mk-alert" data-variant="warning">
      <span className="mk-alert-description">
        {t('domainList.delete.providers', {
          count: providers.data.length,
          domain: domain.domain,
          names: translator.formatList(providers.data.map(displayNameOf)),
        })}
      </span>
    </p>
  )
}
