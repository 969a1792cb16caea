import { InvitationsView } from '../kit-views.tsx'
import { settingsPage } from '../page-header.tsx'

const route = settingsPage('invitations', InvitationsView)
export const metadata = route.metadata
export default route.Page
