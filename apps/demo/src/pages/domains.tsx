import {
  type DomainStatus,
  type OrgDomain,
  useDomains,
  useMyOrgPermissions,
  useMyOrgTranslator,
  useVerifyDomain,
} from '@myorg-kit/react'

import {
  Badge,
  type BadgeTone,
  ComponentNote,
  Empty,
  ErrorState,
  Gated,
  Loading,
  PageHeader,
  Section,
  useGate,
} from '../ui/page.tsx'

/** A page size small enough that Acme's domains need "Load more". */
const PAGE_SIZE = 10

const statusLabels: Record<DomainStatus, { label: string; tone: BadgeTone }> = {
  verified: { label: 'Verified', tone: 'success' },
  pending: { label: 'Pending', tone: 'warning' },
  failed: { label: 'Failed', tone: 'danger' },
}

export function DomainsPage() {
  const gate = useGate('listDomains')
  return (
    <>
      <PageHeader
        title="Domains"
        intro="Prove that your company owns its email domains, so people who sign in with them are recognised as members of your organization."
      />
      <Section
        title="Your domains"
        description="A domain is verified once the TXT record below is published in its DNS."
      >
        <Gated
          gate={gate}
          what="your organization’s domains"
          permission="read:my_org:domains"
          loadingLabel="Loading domains…"
        >
          <DomainTable />
        </Gated>
      </Section>
      <ComponentNote component="DomainList" />
    </>
  )
}

function DomainTable() {
  const domains = useDomains({ take: PAGE_SIZE })
  const { t } = useMyOrgTranslator()
  const { can } = useMyOrgPermissions()
  const canVerify = can('verifyDomain')

  if (domains.isPending) {
    return <Loading label="Loading domains…" />
  }
  if (domains.isLoadingError) {
    return (
      <ErrorState
        error={domains.error}
        onRetry={() => {
          void domains.refetch()
        }}
      />
    )
  }
  const list = domains.data.domains
  if (list.length === 0) {
    return (
      <Empty title="No domains yet">
        Add your company’s email domain to let its people sign in with your single sign-on.
      </Empty>
    )
  }
  return (
    <>
      {canVerify ? null : (
        <p className="inline-note">You can view these domains but not verify or change them.</p>
      )}
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Domains of your organization</caption>
          <thead>
            <tr>
              <th scope="col">Domain</th>
              <th scope="col" className="col-status">
                Status
              </th>
              <th scope="col" className="col-optional">
                DNS verification record
              </th>
              {canVerify ? (
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {list.map((domain) => (
              <DomainRow key={domain.id} domain={domain} canVerify={canVerify} />
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-footer">
        <span className="muted" aria-live="polite">
          Showing {list.length} {list.length === 1 ? 'domain' : 'domains'}
          {domains.hasNextPage ? '' : ' · all loaded'}
        </span>
        {domains.hasNextPage ? (
          <button
            type="button"
            className="button"
            disabled={domains.isFetchingNextPage}
            onClick={() => {
              void domains.fetchNextPage()
            }}
          >
            {domains.isFetchingNextPage ? t('common.status.loading') : t('common.actions.loadMore')}
          </button>
        ) : null}
      </div>
      {domains.isFetchNextPageError ? (
        <ErrorState
          error={domains.error}
          onRetry={() => {
            void domains.fetchNextPage()
          }}
        />
      ) : null}
    </>
  )
}

function DomainRow(props: { domain: OrgDomain; canVerify: boolean }) {
  const { domain, canVerify } = props
  const verify = useVerifyDomain()
  const status = statusLabels[domain.status]
  return (
    <tr>
      <th scope="row" className="cell-primary">
        {domain.domain}
        {/* On phones the status column folds under the name (display: none hides the copy). */}
        <span className="mobile-status">
          <Badge tone={status.tone}>{status.label}</Badge>
        </span>
        {verify.data?.status === 'pending' ? (
          <p className="cell-hint" role="status">
            No matching TXT record yet. DNS changes can take a few minutes to appear.
          </p>
        ) : null}
        {verify.isError ? (
          <div className="cell-error">
            <ErrorState error={verify.error} />
          </div>
        ) : null}
      </th>
      <td className="col-status">
        <Badge tone={status.tone}>{status.label}</Badge>
      </td>
      <td className="col-optional">
        {domain.status === 'verified' ? (
          <span className="muted">Verified — nothing to do</span>
        ) : (
          <dl className="dns-record">
            <dt>TXT</dt>
            <dd>
              <code>{domain.verification_host}</code>
            </dd>
            <dt>Value</dt>
            <dd>
              <code>{domain.verification_txt}</code>
            </dd>
          </dl>
        )}
      </td>
      {canVerify ? (
        <td className="col-actions">
          {domain.status === 'verified' ? null : (
            <button
              type="button"
              className="button button-small"
              disabled={verify.isPending}
              onClick={() => {
                verify.mutate(domain.id)
              }}
            >
              {verify.isPending ? 'Checking DNS…' : 'Verify'}
              <span className="visually-hidden"> {domain.domain}</span>
            </button>
          )}
        </td>
      ) : null}
    </tr>
  )
}
