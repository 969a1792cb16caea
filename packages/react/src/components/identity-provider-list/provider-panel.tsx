'use client'

import type { IdentityProvider } from '@myorg-kit/client'
import { type ReactNode, type RefObject, useId } from 'react'

import { type ComponentScope, useScope } from '../../kit/scope.tsx'
import { displayNameOf } from '../../lib/identity-provider.ts'
import { Button } from '../../ui/button.tsx'
import type { IdentityProviderListSlot } from './identity-provider-list.slots.ts'
import { useListContext } from './list-context.ts'
import { type IdentityProviderListPanel, PanelContent } from './panel-content.tsx'

/**
 * The region that replaces the list in place: "Back to identity providers", its heading
 * (focused on open) and the wizard or SCIM manager. A save says so and closes the region (the
 * wizard's mutations have updated the list's data).
 */
export function ProviderPanelRegion(props: {
  current: IdentityProviderListPanel
  /** Focused when the region opens (by the panel hook). */
  headingRef: RefObject<HTMLHeadingElement | null>
  onClose: () => void
}): ReactNode {
  const { current, headingRef, onClose } = props
  const { t, slot, levels } = useScope<IdentityProviderListSlot>()
  const { host, announce } = useListContext()
  const titleId = useId()
  const Heading = `h${levels.section}` as const
  const onDone = (idp?: IdentityProvider): void => {
    if (idp) {
      const name = displayNameOf(idp)
      if (current.kind === 'create') {
        announce(t('identityProviderList.panel.created', { name }))
        host.onIdentityProviderCreated?.(idp)
      } else {
        announce(t('identityProviderList.panel.updated', { name }))
        host.onIdentityProviderUpdated?.(idp)
      }
    }
    onClose()
  }
  return (
    <section {...slot('panel')} aria-labelledby={titleId}>
      <div className="mk-IdentityProviderList-panelHeader">
        <Button size="sm" variant="ghost" onClick={onClose}>
          <span aria-hidden="true">← </span>
          {t('identityProviderList.panel.back')}
        </Button>
        <Heading
          ref={headingRef}
          id={titleId}
          tabIndex={-1}
          className="mk-IdentityProviderList-panelTitle"
        >
          {panelTitle(current, t)}
        </Heading>
      </div>
      <PanelContent panel={current} onDone={onDone} onCancel={onClose} />
    </section>
  )
}

function panelTitle(panel: IdentityProviderListPanel, t: ComponentScope['t']): string {
  switch (panel.kind) {
    case 'create':
      return t('identityProviderList.panel.create')
    case 'edit':
      return t('identityProviderList.panel.edit', { name: displayNameOf(panel.idp) })
    case 'provisioning':
      return t('identityProviderList.panel.provisioning', { name: displayNameOf(panel.idp) })
  }
}
