'use client'

import type { OrgMember } from '@myorg-kit/client'
import type { ReactNode } from 'react'

import { MEMBER_PAGE_SIZE } from '../../api/cursor-pages.ts'
import { useMembers } from '../../api/members.queries.ts'
import { ListFrame } from '../../kit/list-frame.tsx'
import { type CommonComponentProps, useMyOrgComponent } from '../../kit/use-my-org-component.ts'
import { rolePickerMessages } from '../role-picker/role-picker.messages.ts'
import { MemberListContent } from './member-list-content.tsx'
import { memberListMessages } from './member-list.messages.ts'
import type { MemberListAction, MemberListSlot } from './member-list.slots.ts'

/** This component's US English texts: the base its locale bundle and overrides apply to. */
const ownTexts = { memberList: memberListMessages, rolePicker: rolePickerMessages }

/**
 * Props of {@link MemberList}. `onError` fires on every failure the list shows: loading
 * (`load`, `loadRoles`), giving or removing roles (`assignRoles`, `unassignRoles`) and removing
 * members (`remove`); `messages` overrides its texts under `memberList` and `rolePicker`;
 * `classNames` takes the slots of {@link MemberListSlot}.
 */
export interface MemberListProps extends CommonComponentProps<MemberListSlot, MemberListAction> {
  /**
   * Show the members without any action (roles, removal), whatever the user's permissions.
   * Actions are also hidden, with a one-line reason, when the token lacks their scope.
   * @default false
   */
  readOnly?: boolean
  /**
   * Members per page (1–100); "Load more" fetches the next page.
   * @default 50
   */
  pageSize?: number
  /**
   * A picture for a member (the API returns none), e.g. from your own user profiles. Only
   * `https://` URLs are loaded; initials are shown otherwise or when the image fails.
   * @default undefined (initials for everyone)
   */
  getMemberPicture?: (member: OrgMember) => string | undefined
  /**
   * What to show when the organization has no member, instead of the built-in explanation.
   * @default undefined
   */
  emptyState?: ReactNode
  /**
   * Fires after members were removed from the organization, with their ids.
   * @default undefined
   */
  onMembersRemoved?: (userIds: string[]) => void
  /**
   * Fires after a member's roles changed, with the member's id.
   * @default undefined
   */
  onMemberRolesChanged?: (userId: string) => void
}

/**
 * Lets a customer admin see their organization's members page by page (picture or initials,
 * name, email, roles, last sign-in, joined), filter what is loaded, open a member to give or
 * remove roles (roles searched on the server), and remove one or several members with a
 * confirmation (removing yourself is called out). Every action is hidden, with the permission
 * it needs named, when the token lacks its scope; a "no access" state (and no request) without
 * `read:my_org:members`.
 *
 * @example
 * ```tsx
 * <MyOrgProvider domain="acme.eu.auth0.com">
 *   <MemberList onMembersRemoved={(ids) => audit('removed', ids)} />
 * </MyOrgProvider>
 * ```
 */
export function MemberList(props: MemberListProps): ReactNode {
  const kit = useMyOrgComponent<MemberListSlot, MemberListAction>('MemberList', props, {
    texts: ownTexts,
    read: 'listMembers',
    noAccess: 'memberList',
  })
  const { ref, pageSize = MEMBER_PAGE_SIZE } = props
  const members = useMembers({
    enabled: kit.canRead,
    take: pageSize,
    withRoles: kit.can('listMemberRoles'),
  })
  return (
    <ListFrame kit={kit} rootRef={ref} query={members} list="memberList">
      {(data) => <MemberListContent host={props} query={members} data={data} />}
    </ListFrame>
  )
}
