'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { useRefreshIdentityProviderAttributes } from '../../../api/identity-providers.queries.ts'
import { useScope } from '../../../kit/scope.tsx'
import {
  type AttributeMappingDiff,
  diffAttributeMapping,
  predictAttributeRefresh,
} from '../attribute-diff.ts'
import { AttributeDiffList } from '../attribute-diff-list.tsx'
import { ProviderConfirmDialog } from './provider-confirm-dialog.tsx'

/** Refreshes the attribute mapping: says beforehand what will change, then reports what did. */
export function RefreshAttributesDialog(props: {
  idp: IdentityProvider
  onCancel: () => void
  onDone: (updated: IdentityProvider, diff: AttributeMappingDiff) => void
}): ReactNode {
  const { idp } = props
  const { t } = useScope()
  const refresh = useRefreshIdentityProviderAttributes()
  const { willAdd, willRemove } = predictAttributeRefresh(idp.attributes)
  return (
    <ProviderConfirmDialog
      kind="refresh"
      idp={idp}
      mutation={refresh}
      onCancel={props.onCancel}
      onDone={(updated) => {
        props.onDone(updated, diffAttributeMapping(idp.attributes, updated.attributes))
      }}
    >
      <AttributeDiffList
        lines={[
          ['removed', willRemove, 'identityProviderList.refresh.willRemove'],
          ['added', willAdd, 'identityProviderList.refresh.willAdd'],
        ]}
        empty={<p className="mk-description">{t('identityProviderList.refresh.upToDate')}</p>}
      />
    </ProviderConfirmDialog>
  )
}
