import type { IdpStrategy, OrganizationAccessLevel } from '@myorg-kit/react'

import type { BadgeTone } from './ui/page.tsx'

export const strategyLabels: Record<IdpStrategy, string> = {
  okta: 'Okta',
  waad: 'Microsoft Entra ID',
  samlp: 'SAML',
  oidc: 'OpenID Connect',
  'google-apps': 'Google Workspace',
  adfs: 'Active Directory FS',
  pingfederate: 'PingFederate',
}

export const accessLabels: Record<
  OrganizationAccessLevel,
  { label: string; tone: BadgeTone; hint: string }
> = {
  full: { label: 'Full control', tone: 'info', hint: 'You can change everything.' },
  limited: {
    label: 'Limited',
    tone: 'neutral',
    hint: 'You can turn it on or off and choose how it shows on the login page.',
  },
  readonly: { label: 'View only', tone: 'neutral', hint: 'Managed by Lumen; you can view it.' },
  none: { label: 'Managed for you', tone: 'neutral', hint: 'Set up and managed by Lumen.' },
}
