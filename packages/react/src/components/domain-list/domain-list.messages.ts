/**
 * Texts of `DomainList` (US English), composed into `enUS.domainList`. Override any of them with
 * the provider's or the component's `messages` prop.
 */
export const domainListMessages = {
  title: 'Domains',
  description:
    'Verified domains let people who sign in with an address at your company (such as someone@acme.com) be recognised as members of your organization.',
  loading: 'Loading domains…',
  caption: 'Your organization’s domains',
  noAccess: {
    title: 'You don’t have access to your organization’s domains',
    description:
      'Viewing domains needs the read:my_org:domains permission. Ask an administrator of your organization for access.',
  },
  permissions: {
    missing: 'Not available with your access: {actions}.',
    create: 'adding domains (needs create:my_org:domains)',
    verify: 'verifying domains (needs update:my_org:domains)',
    delete: 'deleting domains (needs delete:my_org:domains)',
  },
  columns: {
    domain: 'Domain',
    status: 'Status',
    actions: 'Actions',
  },
  status: {
    pending: 'Pending',
    verified: 'Verified',
    failed: 'Failed',
  },
  empty: {
    title: 'No domains yet',
    description:
      'Add your company’s email domain, such as acme.com, then prove you own it with a DNS record. People who sign in with it will be recognised as members of your organization.',
    readOnly: 'No domain has been added to your organization yet.',
  },
  count: '{count, plural, =0 {No domains} one {Showing # domain} other {Showing # domains}}',
  allLoaded: 'All domains are shown.',
  loadingMore: 'Loading more domains…',
  add: {
    legend: 'Add a domain',
    label: 'Domain',
    placeholder: 'acme.com',
    help: 'Your company’s email domain, such as acme.com. You can paste a web address: only the domain is kept.',
    preview: 'Will add {domain}',
    submit: 'Add domain',
    adding: 'Adding…',
    added:
      '{domain} was added. Publish the TXT record below at your DNS host, then verify the domain.',
    errors: {
      empty: 'Enter a domain, such as acme.com.',
      invalid:
        'This isn’t a valid domain name. Use letters, digits and hyphens, with dots between the parts, such as acme.com.',
      ipAddress:
        'This is an IP address. Enter the domain of your email addresses instead, such as acme.com.',
      wildcard:
        'Wildcards (*) can’t be added. Enter the domain itself, such as acme.com; verify each subdomain separately.',
      localhost: 'localhost can’t be verified. Enter a public domain, such as acme.com.',
      noDot: 'Enter the full domain, including its ending, such as acme.com.',
      tooLong: 'This domain is too long: use 253 characters or fewer.',
      labelTooLong:
        'A part of this domain (between two dots) is longer than 63 characters. Check the domain.',
      hyphen:
        'A part of this domain starts or ends with a hyphen, or has two hyphens in its 3rd and 4th characters. Check the domain.',
      punycode:
        'A part of this domain starts with xn-- but isn’t a valid international name. Type the domain in its own letters, such as bücher.de, or check it.',
      duplicate: '{domain} is already added to your organization.',
    },
  },
  actions: {
    showRecordShort: 'DNS record',
    verifyShort: 'Verify',
    deleteShort: 'Delete',
    showRecord: 'DNS record for {domain}',
    verify: 'Verify {domain}',
    delete: 'Delete {domain}',
    checkAgain: 'Check again',
    retry: 'Verify again',
  },
  panel: {
    title: 'Verify {domain}',
    /** The panel's own Verify button: named apart from the row's "Verify {domain}". */
    verify: 'Verify {domain} now',
    intro:
      'Sign in to the company that hosts DNS for {domain} (your registrar or DNS provider), open its TXT records and add this record. Anyone with access to your DNS can do this; come back to verify once it is published.',
    host: 'Host (name)',
    value: 'Value',
    zoneLine: 'As a zone-file line',
    copyHost: 'Copy the host of {domain}',
    copyValue: 'Copy the value of {domain}',
    copyZoneLine: 'Copy the zone-file line of {domain}',
    copied: 'Copied',
    propagation:
      'DNS changes can take from a few minutes to a few hours to be visible. Some DNS hosts add the domain to the host name themselves: if so, enter only the part before {domain}.',
    checking: 'Checking the DNS of {domain}… this can take up to a minute.',
    paused: 'Checking paused while this page is in the background.',
    verified:
      '{domain} is verified. People who sign in with an address at {domain} are now recognised as members of your organization.',
    stillPending:
      'The TXT record for {domain} wasn’t found yet. DNS changes can take minutes to hours: check that the record is published, then check again.',
    failed:
      'Verification of {domain} failed: a TXT record was found at the host, but its value doesn’t match. Check that the host is exactly as shown and that the value is copied in full, without extra spaces or quotes, then verify again.',
    close: 'Close the DNS record of {domain}',
  },
  delete: {
    title: 'Delete {domain}?',
    description:
      'People who sign in with an address at {domain} will no longer be recognised as members of your organization. To use it again you would add and verify it again.',
    checkingProviders: 'Checking which identity providers use this domain…',
    providers:
      '{count, plural, one {It is used by # identity provider, which will stop routing {domain} users: {names}.} other {It is used by # identity providers, which will stop routing {domain} users: {names}.}}',
    noProviders: 'No identity provider uses this domain.',
    providersUnknown:
      'Could not check which identity providers use this domain. Deleting it removes it from any that do.',
    confirm: 'Delete domain',
    deleting: 'Deleting…',
    deleted: '{domain} was deleted.',
  },
}

/** The shape of {@link domainListMessages}. */
export type DomainListMessages = typeof domainListMessages
