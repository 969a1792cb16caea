/**
 * Texts of `IdentityProviderList` (US English), composed into `enUS.identityProviderList`.
 * Override any of them with the provider's or the component's `messages` prop.
 */
export const identityProviderListMessages = {
  title: 'Single sign-on',
  description:
    'The identity providers your people use to sign in with their work account. People whose email matches a linked domain are sent to that provider when they sign in.',
  loading: 'Loading identity providers…',
  listLabel: 'Identity providers',
  noAccess: {
    title: 'You don’t have access to your organization’s identity providers',
    description:
      'Viewing identity providers needs the read:my_org:identity_providers permission. Ask an administrator of your organization for access.',
  },
  permissions: {
    missing: 'Not available with your access: {actions}.',
    create: 'adding providers (needs create:my_org:identity_providers)',
    update:
      'turning providers on or off, editing and refreshing attributes (needs update:my_org:identity_providers)',
    delete: 'deleting providers (needs delete:my_org:identity_providers)',
    detach:
      'removing providers from the organization (needs update:my_org:identity_providers_detach)',
    domains:
      'linking and unlinking domains (needs create:my_org:identity_providers_domains and delete:my_org:identity_providers_domains)',
    provisioning: 'viewing provisioning (needs read:my_org:identity_providers_provisioning)',
  },
  empty: {
    title: 'No identity provider yet',
    description:
      'Connect your company’s identity provider (Okta, Microsoft Entra ID, Google Workspace, SAML, OpenID Connect…) so your people sign in with their work account.',
    readOnly: 'No identity provider has been set up for your organization yet.',
  },
  count:
    '{count, plural, =0 {No identity providers} one {# identity provider} other {# identity providers}}',
  add: 'Add identity provider',
  strategy: {
    adfs: 'Active Directory FS',
    'google-apps': 'Google Workspace',
    oidc: 'OpenID Connect',
    okta: 'Okta',
    pingfederate: 'PingFederate',
    samlp: 'SAML',
    waad: 'Microsoft Entra ID',
  },
  access: {
    full: 'Full control',
    limited: 'Limited',
    readonly: 'View only',
    none: 'Managed for you',
  },
  accessHelp: {
    full: 'You can change every setting of this provider.',
    limited:
      'Your tenant administrator lets you turn this provider on or off and refresh its attribute mapping. Its settings, domains and deletion are managed by them.',
    readonly: 'Your tenant administrator manages this provider; you can view it but not change it.',
    none: 'Your tenant administrator set up and manages this provider; its details are not shown here.',
  },
  unknownType: {
    label: 'Unknown provider type',
    help: 'This list doesn’t support this type of provider yet: it can only show its name and state.',
  },
  enabled: 'Enabled',
  disabled: 'Disabled',
  switchLabel: 'Enabled',
  switchAria: '{name} enabled',
  switchSaving: 'Saving…',
  switchEnabled: '{name} is enabled.',
  switchDisabled: '{name} is disabled.',
  switchFailed:
    'Could not {enable, select, true {enable} other {disable}} {name}: {reason} It was switched back.',
  domains: {
    label: 'Domains',
    none: 'No linked domain',
  },
  provisioning: {
    label: 'Provisioning (SCIM)',
    on: 'On',
    off: 'Off',
    checking: 'Checking…',
    unavailable: 'Not available for this provider type',
    failed: 'Could not check: {reason}',
    noPermission: 'Not shown with your access',
  },
  details: {
    show: 'Details',
    showAria: 'Details of {name}',
    name: 'Name',
    strategy: 'Type',
    access: 'Your access',
  },
  actions: {
    label: 'Actions for {name}',
    edit: 'Edit',
    editAria: 'Edit {name}',
    refresh: 'Refresh attribute mapping',
    refreshAria: 'Refresh attribute mapping of {name}',
    domains: 'Manage domains',
    domainsAria: 'Manage domains of {name}',
    provisioning: 'Manage provisioning',
    provisioningAria: 'Manage provisioning of {name}',
    detach: 'Remove from organization',
    detachAria: 'Remove from organization: {name}',
    delete: 'Delete',
    deleteAria: 'Delete {name}',
  },
  panel: {
    back: 'Back to identity providers',
    create: 'Add an identity provider',
    // Not "Edit {name}": the wizard inside titles itself so, and two regions must not share a name.
    edit: '{name} settings',
    provisioning: 'Provisioning for {name}',
    created: '{name} was added.',
    updated: '{name} was updated.',
  },
  delete: {
    title: 'Delete {name}?',
    description:
      'This deletes the connection itself from your Auth0 tenant. Members will no longer be able to sign in with {name}. This can’t be undone.',
    checkingBehavior: 'Checking what happens to this provider’s users…',
    allow:
      'The users who signed in through {name} will be deleted with it, including their profiles and memberships.',
    allowIfEmpty:
      'Your organization only allows deleting a provider that has no users left. If people have signed in through {name}, the deletion will be refused.',
    unknownBehavior:
      'Depending on your tenant’s settings, the users who signed in through {name} may be deleted with it, or the deletion may be refused while it has users.',
    typeLabel: 'Type {name} to confirm',
    mismatch: 'Type the provider’s name exactly: {name}',
    confirm: 'Delete provider',
    deleting: 'Deleting…',
    deleted: '{name} was deleted.',
    refusedTitle: '{name} still has users',
    refused:
      'Your organization only allows deleting a provider that has no users, and people have signed in through {name}. To stop using it now, remove it from the organization instead: the connection and its users stay in your Auth0 tenant. Or ask your tenant administrator to remove its users first.',
    detachInstead: 'Remove from organization instead',
  },
  detach: {
    title: 'Remove {name} from the organization?',
    description:
      'Members will no longer be able to sign in to this organization with {name}, and its domains stop routing here.',
    difference:
      'Unlike Delete, this keeps the connection and its users in your Auth0 tenant: your tenant administrator can add it back later.',
    confirm: 'Remove from organization',
    removing: 'Removing…',
    removed: '{name} was removed from the organization.',
  },
  refresh: {
    title: 'Refresh the attribute mapping of {name}?',
    description:
      'This resets how {name}’s user attributes map to your profiles, using the defaults your tenant administrator set.',
    willRemove: 'Will stop mapping: {attributes}',
    willAdd: 'Will start mapping: {attributes}',
    upToDate: 'The mapping already matches the defaults; refreshing re-applies them.',
    confirm: 'Refresh mapping',
    refreshing: 'Refreshing…',
    resultTitle: 'Attribute mapping of {name} refreshed',
    added: 'Added: {attributes}',
    removed: 'Removed: {attributes}',
    changed: 'Changed: {attributes}',
    noChange: 'Nothing changed: the mapping already matched the defaults.',
    dismiss: 'Dismiss',
  },
  domainsEditor: {
    title: 'Domains of {name}',
    description:
      'People whose email is at a checked domain are sent to {name} when they sign in. Only verified domains can be linked.',
    loading: 'Loading your domains…',
    noVerified:
      'Your organization has no verified domain yet. Add and verify one on the Domains page first.',
    noReadDomains:
      'Listing your domains needs the read:my_org:domains permission; you can still unlink the domains shown.',
    notListed: '{domain} (not a verified domain of your organization)',
    apply: 'Apply changes',
    applying: 'Applying {done} of {total}…',
    noChanges: 'No changes to apply.',
    cancel: 'Close',
    linked: 'Linked {domain}',
    unlinked: 'Unlinked {domain}',
    linkFailed: 'Could not link {domain}: {reason}',
    unlinkFailed: 'Could not unlink {domain}: {reason}',
    summary:
      '{failed, plural, =0 {All changes applied.} one {# change failed; the others were applied.} other {# changes failed; the others were applied.}}',
    loadMore: 'Load more domains',
  },
}

/** The shape of {@link identityProviderListMessages}. */
export type IdentityProviderListMessages = typeof identityProviderListMessages
