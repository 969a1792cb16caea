import { DomainsView } from '../kit-views.tsx'
import { settingsPage } from '../page-header.tsx'

const route = settingsPage('domains', DomainsView)
export const metadata = route.metadata
export default route.Page
