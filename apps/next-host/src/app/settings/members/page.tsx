import { MembersView } from '../kit-views.tsx'
import { settingsPage } from '../page-header.tsx'

const route = settingsPage('members', MembersView)
export const metadata = route.metadata
export default route.Page
