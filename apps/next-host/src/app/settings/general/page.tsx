import { GeneralView } from '../kit-views.tsx'
import { settingsPage } from '../page-header.tsx'

const route = settingsPage('general', GeneralView)
export const metadata = route.metadata
export default route.Page
