import { SsoView } from '../kit-views.tsx'
import { settingsPage } from '../page-header.tsx'

const route = settingsPage('sso', SsoView)
export const metadata = route.metadata
export default route.Page
