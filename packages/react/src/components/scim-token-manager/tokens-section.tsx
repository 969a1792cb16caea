'use client'

import type { MyOrgCheckedList, ScimToken } from '@myorg-kit/client'
import type { UseQueryResult } from '@tanstack/react-query'
import { type ReactNode, useRef, useState } from 'react'

import { LazyBoundary } from '../../kit/lazy-boundary.tsx'
import { lazyPart, usePreloadParts } from '../../kit/lazy-part.ts'
import { useReportOnce } from '../../kit/use-report-once.ts'
import { LiveRegion } from '../../ui/live-region.tsx'
import { type CreatedToken, CreateTokenForm } from './create-token-form.tsx'
import { focusLater } from '../../ui/focus-later.ts'
import { RotationGuide } from './rotation-guide.tsx'
import { type ScimTarget, useScimScope } from './scim-scope.ts'
import { rotationTarget, withExpiry } from './token-lifetime.ts'
import { TokenList } from './token-list.tsx'
import { useNow } from '../../kit/use-now.ts'
import { useTokenRevocation } from './use-token-revocation.ts'
import { MissingPermissions } from './missing-permissions.tsx'

// Needed only once a token is created or the admin asks to revoke one: they load then, and are
// preloaded when the admin may do so.
const reveal = lazyPart(() => import('./reveal-dialog.tsx'), 'RevealDialog')
const revoke = lazyPart(() => import('./revoke-token-dialog.tsx'), 'RevokeTokenDialog')

/** Props of {@link TokensSection}. */
export interface TokensSectionProps {
  target: ScimTarget
  /** The token list query (held when `canList` is false). */
  tokens: UseQueryResult<MyOrgCheckedList<ScimToken>>
  /** The token may read the tokens. */
  canList: boolean
  onTokenCreated: ((token: ScimToken) => void) | undefined
  onTokenRevoked: ((tokenId: string) => void) | undefined
}

/** The token list, the rotation guide, the create form, the show-once and revoke dialogs. */
export function TokensSection(props: TokensSectionProps): ReactNode {
  const { t, slot, can, levels, reportError } = useScimScope()
  const { target } = props
  const { name } = target
  const canCreate = !target.readOnly && can('createScimToken')
  const canRevoke = !target.readOnly && can('deleteScimToken')
  const now = useNow()
  usePreloadParts(canCreate && reveal, canRevoke && revoke)
  const [created, setCreated] = useState<CreatedToken | null>(null)
  const [announcement, setAnnouncement] = useState('')
  const revocation = useTokenRevocation(target.id, props.onTokenRevoked)
  const createRef = useRef<HTMLFieldSetElement>(null)
  const headingRef = useRef<HTMLHeadingElement>(null)
  const Section = `h${levels.section}` as const
  useReportOnce(reportError, props.tokens.error, 'loadTokens')
  // Tokens left out for breaking the contract: the others are listed, this is reported once.
  useReportOnce(reportError, props.tokens.data?.skipped?.error, 'loadTokens')
  const tokens = withExpiry(props.tokens.data ?? [], now)
  const oldest = rotationTarget(tokens)

  return (
    <div {...slot('tokens')}>
      <Section className="mk-ScimTokenManager-sectionTitle" ref={headingRef} tabIndex={-1}>
        {t('scimTokenManager.tokens.title')}
      </Section>
      <p className="mk-description">{t('scimTokenManager.tokens.description', { name })}</p>
      {oldest && (canCreate || canRevoke) ? (
        <RotationGuide
          name={name}
          token={oldest.token}
          expired={oldest.expiry.kind === 'expired'}
          canCreate={canCreate}
          canRevoke={canRevoke}
          createForm={createRef}
          onRevokeOld={() => {
            revocation.ask(oldest.token)
          }}
        />
      ) : null}
      <TokenList
        name={name}
        query={props.tokens}
        canList={props.canList}
        tokens={tokens}
        canCreate={canCreate}
        canRevoke={canRevoke}
        onRevoke={revocation.ask}
      />
      <MissingPermissions
        target={target}
        actions={[
          [canCreate, 'scimTokenManager.permissions.createToken'],
          [canRevoke, 'scimTokenManager.permissions.revokeToken'],
        ]}
      />
      {canCreate ? (
        <CreateTokenForm
          idpId={target.id}
          name={name}
          fieldsetRef={createRef}
          onCreated={(token) => {
            setCreated(token)
            const tokenId = token.metadata.token_id
            setAnnouncement(t('scimTokenManager.announcements.tokenCreated', { tokenId }))
            props.onTokenCreated?.(token.metadata)
          }}
        />
      ) : null}
      <LiveRegion message={announcement} />
      <LazyBoundary>
        {created ? (
          <reveal.Part
            name={name}
            endpointUrl={target.endpointUrl}
            created={created}
            canRevoke={canRevoke}
            revocation={revocation}
            onClosed={(message) => {
              // Dropping the only reference to the secret.
              setCreated(null)
              setAnnouncement(message)
            }}
          />
        ) : null}
      </LazyBoundary>
      <LazyBoundary>
        {revocation.asking ? (
          <revoke.Part
            name={name}
            token={revocation.asking}
            revocation={revocation}
            onRevoked={(tokenId) => {
              // The row (and its Revoke button) goes away: focus the section title.
              focusLater(() => headingRef.current)
              setAnnouncement(t('scimTokenManager.tokens.revoked', { tokenId }))
            }}
          />
        ) : null}
      </LazyBoundary>
    </div>
  )
}
