/**
 * Reads an invitation link's query: `{login URI}?invitation={ticket}&organization={org_id}` and,
 * for display only, `&organization_name={name}`. Nothing here is trusted: the ticket and the
 * organization id are checked against their charset and length, and the name is only ever shown.
 */

/** What an invitation link carries, validated. */
export interface InvitationParams {
  /** The invitation ticket, passed to `/authorize` as `invitation`. */
  invitation: string
  /** The organization id (`org_` + 16 letters or digits), passed to `/authorize` as `organization`. */
  organization: string
  /**
   * The organization's name from the link, for display only: anyone can edit a link, so never
   * use it to decide anything.
   */
  organizationName?: string
}

/** Where the parameters come from: a URL, a query string (`?a=b` or `a=b`) or parsed params. */
export type InvitationParamsSource = string | URL | URLSearchParams

/** Auth0's tickets are letters and digits; `-` and `_` are allowed for URL-safe encodings. */
const ticketPattern = /^[A-Za-z0-9_-]{8,128}$/
/** The My Organization API's organization id (`organizationId` in the contract). */
const organizationIdPattern = /^org_[A-Za-z0-9]{16}$/
/** Longest organization name shown (Auth0 allows 50 characters). */
const maxNameLength = 50
// eslint-disable-next-line no-control-regex -- the point is to refuse control characters
const controlCharacters = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/

function toSearchParams(source: InvitationParamsSource): URLSearchParams {
  if (source instanceof URLSearchParams) {
    return source
  }
  if (source instanceof URL) {
    return source.searchParams
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(source)) {
    try {
      return new URL(source).searchParams
    } catch {
      return new URLSearchParams()
    }
  }
  return new URLSearchParams(source)
}

/** The one value of `name`, or undefined when it is absent or given more than once. */
function single(params: URLSearchParams, name: string): string | undefined {
  const values = params.getAll(name)
  return values.length === 1 ? values[0] : undefined
}

function displayName(raw: string | undefined): string | undefined {
  const name = raw?.trim()
  if (!name || name.length > maxNameLength || controlCharacters.test(name)) {
    return undefined
  }
  return name
}

/**
 * The invitation in a link, or `null` when there is none or it is malformed (a ticket or an
 * organization id of the wrong shape, or a parameter given twice).
 *
 * @example
 * readInvitationParams(window.location.search)
 * // { invitation: 'Fv2iI4lQxBbR4ZG5MkXR8K3dcuVdURYX', organization: 'org_W9cKd2LZt3pXqR8m', organizationName: 'acme-corp' }
 */
export function readInvitationParams(source: InvitationParamsSource): InvitationParams | null {
  const params = toSearchParams(source)
  const invitation = single(params, 'invitation')
  const organization = single(params, 'organization')
  if (
    invitation === undefined ||
    organization === undefined ||
    !ticketPattern.test(invitation) ||
    !organizationIdPattern.test(organization)
  ) {
    return null
  }
  const organizationName = displayName(single(params, 'organization_name'))
  return { invitation, organization, ...(organizationName ? { organizationName } : {}) }
}

/** Whether the link tries to carry an invitation at all (valid or not). */
export function hasInvitationQuery(source: InvitationParamsSource): boolean {
  const params = toSearchParams(source)
  return params.has('invitation') || params.has('organization')
}
