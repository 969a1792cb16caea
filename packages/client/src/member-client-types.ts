/**
 * The client's `members`, `invitations` and `roles` namespaces. Calls that take a list send it
 * in as many requests as the API's limits need (see `memberBatchLimits`), one after another.
 */
import type { BatchOptions } from './batch.ts'
import type { CallOptions, PageParams } from './client-types.ts'
import type {
  CreateMemberInvitationsRequest,
  InvitationId,
  InvitationPage,
  MemberId,
  MemberInvitation,
  MemberInvitationField,
  MemberPage,
  OrgMember,
  OrgMemberField,
  Role,
  RoleId,
  RolePage,
} from './types.ts'

/** Which fields to return (`fields` and `include_fields`). */
export interface FieldSelection<F extends string> {
  /** Only these fields (or all but these, with `includeFields: false`). @default every field */
  fields?: readonly F[]
  /** `true`: return only `fields`; `false`: return every field but `fields`. @default true */
  includeFields?: boolean
}

/** Parameters of `members.list`. */
export interface MemberListParams extends PageParams, FieldSelection<OrgMemberField> {}

/** Order of `invitations.list`: by creation, oldest first (`1`) or newest first (`-1`). */
export type InvitationSort = 'created_at:1' | 'created_at:-1'

/** Parameters of `invitations.list`. */
export interface InvitationListParams extends PageParams, FieldSelection<MemberInvitationField> {
  /** @default 'created_at:-1' (newest first, the API's default) */
  sort?: InvitationSort
}

/** Options of `invitations.create`. */
export interface CreateInvitationsOptions extends BatchOptions {
  /** Sent as `auth0-custom-domain`: the custom domain the invitation emails should use. */
  customDomain?: string
}

/** `client.members`: the organization's members, their removal, and their roles. */
export interface MembersClient {
  /**
   * `GET /members`: one page. `roles` (the first 10) come only when `fields` names `roles` and
   * the token carries `read:my_org:member_roles`.
   */
  list(params?: MemberListParams): Promise<MemberPage>
  /** Every member, page after page. */
  listAll(params?: Omit<MemberListParams, 'from'>): AsyncIterable<OrgMember>
  /** `GET /members/{user_id}` (no `roles` here: use `members.roles.list`). */
  get(
    userId: MemberId,
    options?: CallOptions & FieldSelection<Exclude<OrgMemberField, 'roles'>>,
  ): Promise<OrgMember>
  /**
   * `POST /delete-memberships`, one request per member (the API takes one at a time): removes
   * them from the organization; their user accounts stay.
   */
  remove(userIds: MemberId | readonly MemberId[], options?: BatchOptions): Promise<void>
  roles: {
    /** `GET /members/{user_id}/roles`: one page. */
    list(userId: MemberId, params?: PageParams): Promise<RolePage>
    /** Every role of the member, page after page. */
    listAll(userId: MemberId, params?: Omit<PageParams, 'from'>): AsyncIterable<Role>
    /** `POST /members/{user_id}/roles`, 10 role ids per request. */
    assign(userId: MemberId, roleIds: readonly RoleId[], options?: BatchOptions): Promise<void>
    /**
     * `POST /members/{user_id}/unassign-roles`, 10 role ids per request (never the legacy
     * `DELETE …/roles`, which stops working once a tenant enables member management).
     */
    unassign(userId: MemberId, roleIds: readonly RoleId[], options?: BatchOptions): Promise<void>
  }
}

/** `client.invitations`: invitations to join the organization. */
export interface InvitationsClient {
  /** `GET /member-invitations`: one page, pending and expired alike. */
  list(params?: InvitationListParams): Promise<InvitationPage>
  /** Every invitation, page after page. */
  listAll(params?: Omit<InvitationListParams, 'from'>): AsyncIterable<MemberInvitation>
  /** `GET /member-invitations/{invitation_id}` */
  get(
    invitationId: InvitationId,
    options?: CallOptions & FieldSelection<MemberInvitationField>,
  ): Promise<MemberInvitation>
  /**
   * `POST /member-invitations`, 10 invitees per request (each gets an email; never retried
   * after a 5xx or a timeout, so nobody is emailed twice). Inviting someone whose invitation is
   * still active replaces it. Resolves with every invitation created, in order.
   */
  create(
    body: CreateMemberInvitationsRequest,
    options?: CreateInvitationsOptions,
  ): Promise<MemberInvitation[]>
  /**
   * `POST /delete-member-invitations`, 10 ids per request (never the legacy
   * `DELETE /member-invitations/{id}`).
   */
  revoke(
    invitationIds: InvitationId | readonly InvitationId[],
    options?: BatchOptions,
  ): Promise<void>
  /** `GET /member-invitations/{invitation_id}/roles`: the roles given on acceptance. */
  roles(invitationId: InvitationId, options?: CallOptions): Promise<Role[]>
}

/** `client.roles`: the roles the tenant made available to the organization. */
export interface RolesClient {
  /** `GET /roles`: one page, optionally filtered by name (case-insensitive). */
  list(params?: PageParams & { name?: string }): Promise<RolePage>
  /** Every role, page after page. */
  listAll(params?: Omit<PageParams, 'from'> & { name?: string }): AsyncIterable<Role>
}
