import { lazyPart } from '../../kit/lazy-part.ts'

// Opened by a click, so loaded on first use (and preloaded once the list has rendered): a
// provider's details with its actions and domains editor, and the confirmations.
export const providerDetails = lazyPart(() => import('./provider-details.tsx'), 'ProviderDetails')
export const providerDialogs = lazyPart(
  () => import('./dialogs/provider-dialogs.tsx'),
  'ProviderDialogs',
)
