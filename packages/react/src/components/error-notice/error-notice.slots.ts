/** The styling hooks of {@link MyOrgErrorNotice}: `mk-ErrorNotice-<slot>` and `data-slot`. */
export type ErrorNoticeSlot = 'root' | 'title' | 'description' | 'actions' | 'details'
