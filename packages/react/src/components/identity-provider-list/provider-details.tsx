'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import { type ReactNode, useState } from 'react'

import { useScope } from '../../kit/scope.tsx'
import type { ProviderDialog } from './dialogs/provider-dialogs.tsx'
import { DomainsEditor } from './domains-editor.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import type { ProviderAbilities } from './provider-abilities.ts'
import { ProviderActions } from './provider-actions.tsx'
import { ProvisioningStatus } from './provisioning-status.tsx'
import { ApiText } from '../../ui/api-text.tsx'

/** An open provider's facts, its actions and (on demand) its domains editor. */
export function ProviderDetails(props: {
  id: string
  idp: IdentityProvider
  abilities: ProviderAbilities
  onAsk: (dialog: ProviderDialog) => void
}): ReactNode {
  const { idp, abilities } = props
  const [editingDomains, onEditingDomains] = useState(false)
  const { t, slot } = useScope<IdentityProviderListSlot>()
  return (
    <div {...slot('details')} id={props.id}>
      <dl className="mk-IdentityProviderList-facts">
        <Fact term={t('identityProviderList.details.name')}>
          {idp.name ? <ApiText code value={idp.name} maxLines={2} /> : '—'}
        </Fact>
        <Fact term={t('identityProviderList.details.strategy')}>
          {t(`identityProviderList.strategy.${idp.strategy}`)}
        </Fact>
        <Fact term={t('identityProviderList.provisioning.label')}>
          <ProvisioningStatus idp={idp} />
        </Fact>
        <Fact term={t('identityProviderList.details.access')}>
          {t(`identityProviderList.accessHelp.${idp.access_level ?? 'full'}`)}
        </Fact>
      </dl>
      <ProviderActions
        idp={idp}
        abilities={abilities}
        editingDomains={editingDomains}
        onToggleDomains={() => {
          onEditingDomains(!editingDomains)
        }}
        onAsk={props.onAsk}
      />
      {editingDomains && abilities.domains ? (
        <DomainsEditor
          idp={idp}
          onClose={() => {
            onEditingDomains(false)
          }}
        />
      ) : null}
    </div>
  )
}

function Fact(props: { term: string; children: ReactNode }): ReactNode {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}
