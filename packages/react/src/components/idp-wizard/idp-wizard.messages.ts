/**
 * Texts of `IdpWizard` (US English), composed into `enUS.idpWizard`. Override any of them with
 * the provider's or the component's `messages` prop.
 */
export const idpWizardMessages = {
  title: {
    create: 'Set up single sign-on',
    edit: 'Edit {name}',
  },
  description: {
    create:
      'Connect your company’s identity provider, step by step. Have your IdP admin at hand: you will exchange a few URLs and a certificate or secret.',
    edit: 'Change how this identity provider is set up.',
  },
  loading: 'Loading the setup…',
  progressLabel: 'Setup progress',
  stepOf: 'Step {current} of {total}',
  steps: {
    provider: 'Provider',
    'sp-values': 'For your IdP admin',
    connection: 'Connection',
    details: 'Name',
    domains: 'Domains',
    review: 'Review',
  },
  noAccess: {
    title: 'You can’t set up single sign-on',
    description:
      'Setting up an identity provider needs the create:my_org:identity_providers permission. Ask an administrator of your organization for access.',
  },
  noEditAccess: {
    title: 'You can’t change identity providers',
    description:
      'Changing an identity provider needs the update:my_org:identity_providers and read:my_org:identity_providers permissions. Ask an administrator of your organization for access.',
  },
  notConfigured: {
    title: 'Single sign-on isn’t available yet',
    description:
      'This application has no identity provider types enabled for organizations. Ask the administrator of the Auth0 tenant to enable them in the application’s My Organization settings.',
  },
  accessLevel: {
    readonly:
      'This provider is managed by the Auth0 tenant administrator: you can view its setup but not change it.',
    limited:
      'The Auth0 tenant administrator manages this provider’s connection settings and display name. You can change whether it shows as a button and whether it assigns membership.',
    full: 'You can change everything except the connection name and type.',
  },
  provider: {
    heading: 'Which identity provider does your company use?',
    help: 'Pick the system your IT team signs people in with. Not listed? Most providers support SAML or OpenID Connect.',
    legend: 'Identity provider type',
    strategies: {
      okta: { label: 'Okta', description: 'Okta Workforce Identity (OpenID Connect).' },
      waad: {
        label: 'Microsoft Entra ID',
        description: 'Formerly Azure Active Directory.',
      },
      'google-apps': {
        label: 'Google Workspace',
        description: 'Sign in with your company’s Google accounts.',
      },
      samlp: { label: 'SAML', description: 'Any SAML 2.0 identity provider.' },
      oidc: { label: 'OpenID Connect', description: 'Any OpenID Connect provider.' },
      adfs: { label: 'ADFS', description: 'Active Directory Federation Services.' },
      pingfederate: { label: 'PingFederate', description: 'Ping Identity’s PingFederate server.' },
    },
  },
  spValues: {
    heading: 'Give these values to your IdP admin',
    help: 'Your IdP admin enters these in the {provider} console. Copy them one by one, or hand over the setup sheet.',
    nameFirst:
      'These values include the connection name, so choose it first. It can’t be changed later.',
    callbackUrl: 'Callback URL (redirect URI)',
    acsUrl: 'ACS URL (single sign-on URL)',
    entityId: 'Entity ID (audience)',
    metadataUrl: 'Service provider metadata URL',
    adfsAcsUrl: 'Relying party WS-Federation passive endpoint',
    adfsEntityId: 'Relying party identifier',
    adfsMetadataUrl: 'Federation metadata URL',
    copy: 'Copy {label}',
    copied: '{label} copied',
    guideHeading: 'Steps in {provider}',
    /** One step per line. */
    guides: {
      okta: 'In the Okta Admin Console, go to Applications > Applications > Create App Integration.\nChoose OIDC – OpenID Connect and Web Application.\nPaste the callback URL as a sign-in redirect URI.\nSave, then copy the client ID, the client secret and your Okta domain for the next step.',
      waad: 'In the Microsoft Entra admin center, go to Identity > Applications > App registrations > New registration.\nAdd a Web redirect URI and paste the callback URL.\nUnder Certificates & secrets, create a client secret and copy its value.\nCopy the Application (client) ID and your tenant domain (e.g. acme.onmicrosoft.com) for the next step.',
      'google-apps':
        'In the Google Cloud console, open APIs & Services > Credentials > Create credentials > OAuth client ID.\nChoose Web application and add the callback URL as an authorized redirect URI.\nCopy the client ID and client secret, and note your Google Workspace domain.',
      samlp:
        'In your identity provider, create a new SAML 2.0 application.\nPaste the ACS URL as the single sign-on URL and the entity ID as the audience.\nSend the user’s email address as the NameID or an email attribute.\nCopy the IdP metadata URL, or download the metadata file, for the next step.',
      oidc: 'In your identity provider, register a new web application.\nAdd the callback URL as an allowed redirect URI.\nCopy the client ID (and client secret for back channel) and the provider’s discovery URL (it ends with /.well-known/openid-configuration).',
      adfs: 'In AD FS Management, open Relying Party Trusts > Add Relying Party Trust (claims aware).\nEnter data about the relying party manually, or import the federation metadata URL.\nEnable WS-Federation Passive protocol with the endpoint above, and add the identifier.\nAdd claim rules that send the email address and name, then note your ADFS server URL.',
      pingfederate:
        'In PingFederate, create an SP connection for browser SSO with SAML 2.0.\nUse the entity ID as the partner’s entity ID and the ACS URL as the endpoint.\nExport the signing certificate and note your server URL for the next step.',
    },
    sheet: {
      print: 'Print setup sheet',
      download: 'Download setup sheet',
      title: 'Single sign-on setup: {provider}',
      intro: 'Enter these values in your identity provider, then send back what step 3 asks for.',
      returnHeading: 'Please send back',
      fileName: 'sso-setup-{name}.txt',
    },
    returns: {
      okta: 'Okta domain, client ID, client secret',
      waad: 'Tenant domain, application (client) ID, client secret',
      'google-apps': 'Google Workspace domain, client ID, client secret',
      samlp: 'IdP metadata URL or metadata file (or sign-in URL and signing certificate)',
      oidc: 'Discovery URL, client ID, client secret (back channel)',
      adfs: 'ADFS server URL or FederationMetadata.xml',
      pingfederate: 'Server URL and signing certificate',
    },
  },
  connection: {
    heading: 'Connection details',
    help: 'Enter what your IdP admin sent you.',
    samlSource: {
      legend: 'How do you want to connect?',
      metadataUrl: 'Metadata URL',
      metadataXml: 'Upload metadata file',
      manual: 'Enter sign-in URL and certificate',
    },
    metadataUrl: {
      label: 'IdP metadata URL',
      help: 'An https:// address that returns your IdP’s SAML metadata.',
    },
    metadataFile: {
      label: 'IdP metadata file (.xml)',
      help: 'The metadata document from your IdP. It is checked here before anything is sent.',
      fileLoaded: 'Loaded {file}.',
      ssoUrl: 'Sign-in URL from the metadata: {url}',
    },
    adfsSource: {
      legend: 'How do you want to connect?',
      server: 'Connect to the ADFS server',
      metadataXml: 'Upload FederationMetadata.xml',
    },
    adfsServer: {
      label: 'ADFS server URL',
      help: 'For example https://adfs.acme.com. Auth0 reads its federation metadata from there.',
    },
    adfsFile: {
      label: 'Federation metadata file (.xml)',
      help: 'FederationMetadata.xml from https://your-adfs-server/FederationMetadata/2007-06/FederationMetadata.xml.',
    },
    signInEndpoint: {
      label: 'Sign-in URL',
      help: 'The IdP’s single sign-on URL, where Auth0 sends users to sign in.',
    },
    certificate: {
      label: 'Signing certificate (.pem, .cer, .crt)',
      help: 'The certificate your IdP signs responses with. It is checked here before anything is sent.',
      current: 'Current certificate',
      replace: 'Upload a new certificate to replace it.',
    },
    certificateInfo: {
      subject: 'Subject: {subject}',
      validUntil: 'Valid until {date}',
      expired:
        'Expired on {date}. Sign-ins will fail until your IdP admin sends a new certificate.',
      expiring:
        'Expires on {date}, in less than 30 days. Ask your IdP admin when they will roll it over.',
      notYetValid: 'Not valid before {date}.',
      privateKeyIgnored:
        'The file also held a private key. It was left out and is never sent: keep it secret, and upload only the certificate next time.',
      unreadable:
        '{count, plural, one {One certificate in the metadata could not be read.} other {# certificates in the metadata could not be read.}}',
      listLabel: 'Certificates found',
    },
    signing: {
      legend: 'Signing options',
      signRequest: 'Sign authentication requests',
      signRequestHelp: 'Turn on if your IdP requires signed requests.',
      signatureAlgorithm: 'Signature algorithm',
      digestAlgorithm: 'Digest algorithm',
      protocolBinding: 'Request binding',
      bindingDefault: 'Default (HTTP-Redirect)',
      bindingRedirect: 'HTTP-Redirect',
      bindingPost: 'HTTP-POST',
    },
    discoveryUrl: {
      label: 'Discovery URL',
      help: 'Usually ends with /.well-known/openid-configuration.',
    },
    oidcType: {
      legend: 'Channel',
      back_channel: 'Back channel (recommended)',
      backHelp: 'Auth0 exchanges a code for tokens server to server, with the client secret.',
      front_channel: 'Front channel',
      frontHelp: 'Tokens come back through the browser (implicit flow with form post).',
    },
    clientId: { label: 'Client ID', help: 'The application (client) ID from your IdP.' },
    clientSecret: {
      label: 'Client secret',
      help: 'Sent once to Auth0 and never shown again.',
      editHelp:
        'Leave blank to keep the current secret. Auth0 never returns it, so it is not shown here.',
      editHelpRequired:
        'Leave blank to keep the current secret. To change the other connection settings, enter it again: Auth0 needs it with them.',
      show: 'Show client secret',
    },
    domain: {
      okta: { label: 'Okta domain', help: 'For example acme.okta.com.' },
      'google-apps': { label: 'Google Workspace domain', help: 'For example acme.com.' },
    },
    tenantDomain: { label: 'Tenant domain', help: 'For example acme.onmicrosoft.com.' },
    pingBaseUrl: {
      label: 'PingFederate server URL',
      help: 'For example https://sso.acme.com:9031.',
    },
    locked: 'Locked: the Auth0 tenant administrator manages these settings.',
  },
  metadataProblems: {
    empty: 'The file is empty.',
    'too-large': 'The file is larger than 1 MB. IdP metadata is usually a few KB: check the file.',
    html: 'This is a web page, not a metadata document. Download the XML from your IdP and upload that.',
    dtd: 'This file holds a DOCTYPE or entity declarations. Such files are refused for safety: export the metadata again without them.',
    malformed: 'This file is not well-formed XML. Download it again from your IdP.',
    'not-metadata': 'This XML is not SAML metadata. Upload your IdP’s metadata document.',
    'sp-metadata':
      'This is service provider (SP) metadata, not your IdP’s. Ask your IdP admin for the IdP metadata.',
    'no-sso-url':
      'The metadata has no sign-in URL (SingleSignOnService). Ask your IdP admin for complete metadata.',
    'no-certificate':
      'The metadata has no signing certificate. Enter the certificate by hand instead.',
    unreadable: 'The file could not be read. Try again.',
    'insecure-sso-url':
      'The metadata’s sign-in URL is not an https:// address, so it can’t be used. Ask your IdP admin for metadata with an https sign-in URL, or enter the connection details by hand.',
  },
  certificateProblems: {
    empty: 'The file is empty.',
    'not-certificate':
      'This is not a certificate. Upload the IdP’s signing certificate (.pem, .cer or .crt).',
    'private-key':
      'This is a private key, not a certificate. Never share a private key: upload the IdP’s public signing certificate (.pem, .cer or .crt).',
    malformed: 'This certificate is damaged and cannot be read. Export it again from your IdP.',
    unreadable: 'The file could not be read. Try again.',
  },
  details: {
    heading: 'Name and display',
    name: {
      label: 'Connection name',
      help: 'Letters, digits and hyphens, starting and ending with a letter or digit. Up to 128 characters.',
      permanent: 'The connection name can’t be changed later.',
      samlNote: 'It is part of the ACS URL and entity ID you gave your IdP admin.',
      locked: 'The connection name can’t be changed.',
    },
    displayName: {
      label: 'Display name',
      help: 'What users see on the login button, e.g. “Acme employees”. Optional, up to 128 characters.',
    },
    showAsButton: {
      label: 'Show as a button on the login page',
      help: 'Users can also be routed here by their email domain.',
    },
    assignMembership: {
      label: 'Make users members of the organization when they sign in',
      help: 'Users who sign in through this provider join your organization automatically.',
    },
  },
  domains: {
    heading: 'Link your domains',
    help: 'People whose email ends with a linked domain are sent to this provider when they sign in. Only verified domains can be linked.',
    legend: 'Verified domains',
    none: 'Your organization has no verified domains yet. You can link them later.',
    unverifiedHeading: 'Not verified yet',
    unverifiedHelp: 'Verify these on the domains page before linking them:',
    verify: 'Verify {domain}',
    noPermission:
      'Linking domains needs the create:my_org:identity_providers_domains permission, so none will be linked.',
    noReadPermission:
      'Your access doesn’t include reading the organization’s domains (read:my_org:domains).',
    loading: 'Loading domains…',
    paced: 'Domains are linked one after another, to stay within the API’s rate limit.',
  },
  review: {
    heading: 'Review and {action}',
    actionCreate: 'create',
    actionSave: 'save',
    edit: 'Change',
    editStep: 'Change {step}',
    provider: 'Provider',
    secretMasked: '•••••••• (hidden)',
    secretUnchanged: 'Unchanged',
    notSet: 'Not set',
    yes: 'Yes',
    no: 'No',
    domainsNone: 'None',
    certificate: '{subject}, valid until {date}',
    metadataFile: 'Uploaded file {file}',
    noChanges: 'Nothing has changed yet.',
    fields: {
      samlSource: 'Source',
      metadataUrl: 'Metadata URL',
      signInEndpoint: 'Sign-in URL',
      signingCert: 'Signing certificate',
      signSAMLRequest: 'Sign requests',
      signatureAlgorithm: 'Signature algorithm',
      digestAlgorithm: 'Digest algorithm',
      protocolBinding: 'Request binding',
      discoveryUrl: 'Discovery URL',
      oidcType: 'Channel',
      clientId: 'Client ID',
      clientSecret: 'Client secret',
      domain: 'Domain',
      tenantDomain: 'Tenant domain',
      adfsServer: 'ADFS server URL',
      metadataXml: 'Metadata file',
      pingBaseUrl: 'Server URL',
      name: 'Connection name',
      displayName: 'Display name',
      showAsButton: 'Show as button',
      assignMembershipOnLogin: 'Assign membership on login',
      domains: 'Linked domains',
    },
  },
  actions: {
    next: 'Continue',
    back: 'Back',
    cancel: 'Cancel',
    create: 'Create identity provider',
    creating: 'Creating…',
    save: 'Save changes',
    saving: 'Saving…',
    linking: 'Linking {domain} ({current} of {total})…',
    retryLinks: 'Link the remaining domains',
    finish: 'Done',
  },
  leave: {
    title: 'Leave without saving?',
    description: 'What you entered in this setup will be lost.',
    stay: 'Keep editing',
    leave: 'Leave',
  },
  validation: {
    strategyRequired: 'Choose the type of identity provider.',
    nameRequired: 'Enter a connection name.',
    nameTooLong: 'Use 128 characters or fewer.',
    namePattern:
      'Use only letters, digits and hyphens, starting and ending with a letter or digit (no spaces, no double hyphens).',
    displayNameTooLong: 'Use 128 characters or fewer.',
    urlRequired: 'Enter the URL.',
    urlInvalid: 'Enter a full https:// address, such as https://idp.acme.com/metadata.',
    domainRequired: 'Enter the domain.',
    domainInvalid: 'Enter a domain name only, such as acme.okta.com (no https:// or path).',
    clientIdRequired: 'Enter the client ID.',
    tooLong:
      'This is longer than any value an identity provider issues: use 2,048 characters or fewer.',
    secretRequired: 'Enter the client secret.',
    secretRequiredToChange:
      'Enter the client secret again to change these settings: Auth0 needs it with them.',
    certificateRequired: 'Upload the signing certificate.',
    certificateInvalid: 'This certificate can’t be read. Upload a .pem, .cer or .crt file.',
    metadataRequired: 'Upload the metadata file.',
  },
  errors: {
    duplicateName:
      'An identity provider with this name already exists in this tenant. Choose another connection name.',
    discovery:
      'Auth0 could not read the provider’s discovery document{detail}. Check the URL, and that the provider is reachable from the internet.',
    server: '{detail}',
    linkFailed:
      'The identity provider was created, but {count, plural, one {# domain} other {# domains}} could not be linked: {domains}.',
    stepHasErrors: 'Fix the highlighted fields to continue.',
  },
  success: {
    created: '{name} was created.',
    updated: 'Changes to {name} were saved.',
  },
}

/** The shape of {@link idpWizardMessages}. */
export type IdpWizardMessages = typeof idpWizardMessages
