export { MemberList } from './member-list.tsx'
export type { MemberListProps } from './member-list.tsx'
export type { MemberListAction, MemberListSlot } from './member-list.slots.ts'
export type { MemberListMessages } from './member-list.messages.ts'
