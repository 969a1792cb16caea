/**
 * Texts of `ScimTokenManager` (US English), composed into `enUS.scimTokenManager`. Override any
 * of them with the provider's or the component's `messages` prop.
 */
export const scimTokenManagerMessages = {
  title: 'SCIM provisioning',
  titleFor: 'SCIM provisioning for {name}',
  description:
    'With SCIM, your identity provider creates, updates and removes your people’s accounts here automatically.',
  loading: 'Loading provisioning…',
  noAccess: {
    title: 'You don’t have access to provisioning settings',
    description:
      'Viewing provisioning needs the read:my_org:identity_providers_provisioning permission. Ask an administrator of your organization for access.',
  },
  notFound: {
    title: 'This identity provider was not found',
    description:
      'It may have been deleted or removed from your organization. Pick another identity provider.',
  },
  strategies: {
    adfs: 'ADFS',
    googleApps: 'Google Workspace',
    oidc: 'OpenID Connect',
    okta: 'Okta',
    pingfederate: 'PingFederate',
    samlp: 'SAML',
    waad: 'Microsoft Entra ID',
  },
  permissions: {
    missing: 'Not available with your access: {actions}.',
    enable: 'turning provisioning on (needs create:my_org:identity_providers_provisioning)',
    refresh:
      'refreshing the attribute mapping (needs update:my_org:identity_providers_provisioning)',
    disable: 'turning provisioning off (needs delete:my_org:identity_providers_provisioning)',
    createToken: 'creating tokens (needs create:my_org:identity_providers_scim_tokens)',
    revokeToken: 'revoking tokens (needs delete:my_org:identity_providers_scim_tokens)',
    tokensHidden:
      'SCIM tokens are not shown: viewing them needs the read:my_org:identity_providers_scim_tokens permission.',
    accessLevel:
      '{name} is managed by your Auth0 administrator: you can view its provisioning but not change it.',
  },
  notSetUp: {
    badge: 'Not set up',
    description:
      'Provisioning is off. People from {name} get an account the first time they sign in and keep it until someone removes it here.',
    readOnly: 'Provisioning is not set up for {name}.',
    unsupported:
      '{strategy} connections can’t provision users with SCIM in this application. People from {name} get an account when they first sign in.',
    enable: 'Enable SCIM provisioning',
    enabling: 'Enabling…',
    confirmTitle: 'Enable SCIM provisioning for {name}?',
    confirmDescription:
      'You will get a SCIM endpoint URL and can create bearer tokens for it. Nothing changes until you paste both into {name}’s SCIM settings and turn on its sync.',
    confirm: 'Enable provisioning',
    enabled: 'SCIM provisioning is on for {name}. Create a token, then paste it into {name}.',
  },
  setUp: {
    badge: 'On',
    endpoint: 'SCIM endpoint URL',
    endpointHelp: 'Paste this into {name}’s SCIM settings as the base URL (tenant URL).',
    copyEndpoint: 'Copy the SCIM endpoint URL',
    userIdAttribute: 'User id attribute',
    since: 'On since',
    updated: 'Last changed',
    mapping: 'Attribute mapping',
    mappingCaption: 'How SCIM attributes from {name} map to user attributes',
    columns: {
      scimAttribute: 'SCIM attribute',
      userAttribute: 'User attribute',
      notes: 'Notes',
    },
    required: 'Required',
    extra: 'Not in profile',
    extraHelp: 'sent by the identity provider but not in your user profile; removed on refresh',
    missing: 'Missing',
    missingHelp: 'expected by your user profile but not mapped; added on refresh',
    noMapping: 'No attribute is mapped.',
    refresh: 'Refresh attribute mapping',
    refreshing: 'Refreshing…',
    refreshTitle: 'Refresh the attribute mapping?',
    refreshDescription:
      'The mapping is reset to the defaults your Auth0 administrator set: attributes that are not in the user profile are removed and missing ones are added.',
    refreshed: 'The attribute mapping was refreshed.',
    disable: 'Disable provisioning',
    disabling: 'Disabling…',
    disableTitle: 'Disable SCIM provisioning for {name}?',
    disableDescription:
      '{name} will stop syncing users: people it adds or removes are no longer added or removed here.',
    disableTokens:
      '{count, plural, =0 {} one {Its # SCIM token stops working at once and is deleted.} other {Its # SCIM tokens stop working at once and are deleted.}}',
    disableTokensUnknown: 'Any SCIM tokens it has stop working at once and are deleted.',
    disableConfirm: 'Disable provisioning',
    disabled: 'SCIM provisioning is off for {name}.',
  },
  tokens: {
    title: 'SCIM tokens',
    description:
      '{name} sends one of these bearer tokens with every SCIM request. Anyone who has a token can create and change users, so keep it secret and rotate it before it expires.',
    loading: 'Loading SCIM tokens…',
    caption: 'SCIM tokens for {name}',
    empty: 'No token yet: {name} can’t reach the SCIM endpoint until you create one.',
    emptyReadOnly: 'No SCIM token exists for {name}.',
    columns: {
      token: 'Token',
      created: 'Created',
      expires: 'Expires',
      status: 'Status',
      actions: 'Actions',
    },
    never: 'Never',
    expired: 'Expired',
    expiringSoon: '{days, plural, one {Expires in # day} other {Expires in # days}}',
    active: 'Active',
    noExpiry: 'No expiry',
    unknownExpiry: 'Expiry unknown',
    revokeShort: 'Revoke',
    revoke: 'Revoke token {tokenId}',
    revokeTitle: 'Revoke token {tokenId}?',
    revokeDescription:
      '{name} stops being able to sync with this token at once. If {name} still uses it, paste a new token into {name} first.',
    revokeConfirm: 'Revoke token',
    revoking: 'Revoking…',
    revoked: 'Token {tokenId} was revoked.',
  },
  rotation: {
    title: 'Rotate {tokenId} before sync stops',
    titleExpired: '{tokenId} has expired',
    intro: 'Rotate without a gap: keep the old token until {name} works with the new one.',
    step1: 'Create a new token below and copy it.',
    step2: 'Paste it into {name}’s SCIM settings and save.',
    step3: 'Confirm that a sync from {name} succeeds (for example, push one user).',
    step4: 'Revoke the old token {tokenId}.',
    start: 'Create the new token',
    revokeOld: 'Revoke {tokenId}',
  },
  create: {
    legend: 'Create a token',
    lifetime: 'Lifetime',
    lifetimeHelp:
      'The token stops working after this time. Shorter is safer; rotate before it ends.',
    days: '{days} days',
    oneYear: '1 year',
    custom: 'Custom',
    never: 'Never expires',
    neverHelp:
      'A token that never expires stays valid until someone revokes it. Prefer an expiry if {name} lets you update tokens.',
    customDays: 'Days until it expires',
    customHelp: 'A whole number of days, from 1 to {max}.',
    submit: 'Create token',
    creating: 'Creating…',
    errors: {
      lifetimeRequired: 'Choose how long the token stays valid.',
      customRequired: 'Enter the number of days, from 1 to 3650.',
      customInteger: 'Enter a whole number of days.',
      customRange: 'Enter a number of days from 1 to 3650.',
    },
  },
  reveal: {
    title: 'Copy your new SCIM token',
    intro:
      'This is the only time the token is shown. Copy it now and paste it into {name}’s SCIM settings with the endpoint URL. If you lose it, revoke it and create another.',
    token: 'Bearer token',
    copyToken: 'Copy the token',
    endpoint: 'SCIM endpoint URL',
    copyEndpoint: 'Copy the SCIM endpoint URL',
    meta: 'Token {tokenId} · {expiry}',
    expiresOn: 'expires {date}',
    neverExpires: 'never expires',
    acknowledge: 'I have copied this token and stored it safely',
    done: 'Done',
    doneHint: 'Tick the box above to close.',
    discard: 'Discard token',
    discardTitle: 'Discard this token without copying it?',
    discardDescription:
      'Closing only hides it: token {tokenId} stays valid until it expires or is revoked. If you won’t use it, revoke it now.',
    revokeAndClose: 'Revoke it and close',
    closeWithoutRevoking: 'Close, keep it valid',
    back: 'Back to the token',
    revoking: 'Revoking…',
  },
  announcements: {
    tokenCreated: 'Token {tokenId} was created. Copy it now: it is shown only once.',
    discarded: 'The token was closed without copying. Token {tokenId} is still valid.',
    discardedRevoked: 'Token {tokenId} was revoked.',
  },
}

/** The shape of {@link scimTokenManagerMessages}. */
export type ScimTokenManagerMessages = typeof scimTokenManagerMessages
