import { type OrgDetails, useMyOrgPermissions, useOrgDetails } from '@myorg-kit/react'
import { useState } from 'react'

import {
  ComponentNote,
  ErrorState,
  Gated,
  Loading,
  PageHeader,
  Section,
  useGate,
} from '../ui/page.tsx'

export function GeneralPage() {
  const gate = useGate('getOrganizationDetails')
  return (
    <>
      <PageHeader
        title="General"
        intro="Your organization’s name and the branding your people see on Lumen’s sign-in page."
      />
      <Gated
        gate={gate}
        what="your organization’s details"
        permission="read:my_org:details"
        loadingLabel="Loading organization details…"
      >
        <Details />
      </Gated>
      <ComponentNote component="OrgDetailsForm" />
    </>
  )
}

function Details() {
  const details = useOrgDetails()
  const { can } = useMyOrgPermissions()
  if (details.isPending) {
    return <Loading label="Loading organization details…" />
  }
  if (details.isError) {
    return (
      <ErrorState
        error={details.error}
        onRetry={() => {
          void details.refetch()
        }}
      />
    )
  }
  const org = details.data
  const colors = org.branding?.colors
  return (
    <div className="stack">
      {can('updateOrganizationDetails') ? null : (
        <p className="inline-note">You can view these settings but not change them.</p>
      )}
      <Section title="Organization" description="How your organization is named across Lumen.">
        <dl className="facts facts-wide">
          <div>
            <dt>Display name</dt>
            <dd>{org.display_name ?? <span className="muted">Not set</span>}</dd>
          </div>
          <div>
            <dt>Name</dt>
            <dd>
              <code>{org.name ?? '—'}</code>
              <span className="muted fact-hint">Used in sign-in links</span>
            </dd>
          </div>
          <div>
            <dt>Organization ID</dt>
            <dd>
              <code>{org.id ?? '—'}</code>
            </dd>
          </div>
        </dl>
      </Section>
      <Section
        title="Branding"
        description="Shown on the sign-in page when your people log in to Lumen."
      >
        <div className="branding">
          <dl className="facts">
            <div>
              <dt>Logo</dt>
              <dd>
                <Logo org={org} />
              </dd>
            </div>
            <div>
              <dt>Primary colour</dt>
              <dd>{colors ? <Swatch color={colors.primary} /> : <NotSet />}</dd>
            </div>
            <div>
              <dt>Page background</dt>
              <dd>{colors ? <Swatch color={colors.page_background} /> : <NotSet />}</dd>
            </div>
          </dl>
          <LoginPreview org={org} />
        </div>
      </Section>
    </div>
  )
}

function NotSet() {
  return <span className="muted">Not set — Lumen’s default is used</span>
}

function Swatch(props: { color: string }) {
  return (
    <span className="swatch">
      <span className="swatch-chip" style={{ background: props.color }} aria-hidden="true" />
      <code>{props.color.toUpperCase()}</code>
    </span>
  )
}

function Logo(props: { org: OrgDetails }) {
  const url = props.org.branding?.logo_url
  const [failed, setFailed] = useState(false)
  if (!url) {
    return <NotSet />
  }
  if (failed) {
    return <span className="muted">The logo at {url} could not be loaded</span>
  }
  return (
    <img
      className="logo"
      src={url}
      alt={`${props.org.display_name ?? 'Organization'} logo`}
      width={48}
      height={48}
      onError={() => {
        setFailed(true)
      }}
    />
  )
}

/** A miniature of the sign-in page with the organization's branding. */
function LoginPreview(props: { org: OrgDetails }) {
  const colors = props.org.branding?.colors
  const primary = colors?.primary ?? '#0f766e'
  const background = colors?.page_background ?? '#f8fafc'
  const url = props.org.branding?.logo_url
  return (
    <figure className="login-preview" style={{ background }}>
      <div className="login-preview-card">
        {url ? <img src={url} alt="" width={28} height={28} /> : null}
        <p className="login-preview-title">Sign in to {props.org.display_name ?? 'Lumen'}</p>
        <span className="login-preview-field" />
        <span className="login-preview-field" />
        <span className="login-preview-button" style={{ background: primary }}>
          Continue
        </span>
      </div>
      <figcaption>Sign-in page preview</figcaption>
    </figure>
  )
}
