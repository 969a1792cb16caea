import type { IdpStrategy } from '@myorg-kit/react'

export const strategyLabels: Record<IdpStrategy, string> = {
  okta: 'Okta',
  waad: 'Microsoft Entra ID',
  samlp: 'SAML',
  oidc: 'OpenID Connect',
  'google-apps': 'Google Workspace',
  adfs: 'Active Directory FS',
  pingfederate: 'PingFederate',
}
