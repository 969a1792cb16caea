// The host app's own words (the kit's texts come from its message objects).
export const texts = {
  product: 'Lumen Analytics',
  signInTitle: 'Sign in to Lumen Analytics',
  signInIntro:
    'Sign in with an account of your organization to manage its settings. Your access token stays on this server: the browser only holds an encrypted session cookie.',
  signIn: 'Sign in',
  signOut: 'Sign out',
  settingsNav: 'Organization settings',
  signedInAs: 'Signed in as',
  pages: {
    general: {
      label: 'General',
      title: 'General',
      intro: 'Your organization’s name and the branding your people see when they sign in.',
    },
    domains: {
      label: 'Domains',
      title: 'Domains',
      intro: 'Prove that your company owns its email domains.',
    },
    sso: {
      label: 'Single sign-on',
      title: 'Single sign-on',
      intro: 'Let your people sign in with your company’s identity provider.',
    },
    ssoNew: {
      label: 'New identity provider',
      title: 'New identity provider',
      intro: 'Connect your company’s identity provider.',
    },
    members: {
      label: 'Members',
      title: 'Members',
      intro: 'Who belongs to your organization, and their roles.',
    },
    invitations: {
      label: 'Invitations',
      title: 'Invitations',
      intro: 'Invite people with the roles they need.',
    },
    provisioning: {
      label: 'Provisioning',
      title: 'Provisioning',
      intro: 'Keep the user list in step with your directory with SCIM.',
    },
  },
  noProvider:
    'Set up single sign-on first: provisioning runs through one of your identity providers.',
  loadingProviders: 'Loading identity providers…',
} as const

/** A settings page's key. */
export type SettingsPage = keyof typeof texts.pages
