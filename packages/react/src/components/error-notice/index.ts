export { MyOrgErrorNotice } from './error-notice.tsx'
export type { MyOrgErrorNoticeProps } from './error-notice.tsx'
export type { ErrorNoticeSlot } from './error-notice.slots.ts'
