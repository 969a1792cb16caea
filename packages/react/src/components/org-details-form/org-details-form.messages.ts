/**
 * Texts of `OrgDetailsForm` (US English), composed into `enUS.orgDetailsForm`. Override any of
 * them with the provider's or the component's `messages` prop.
 *
 * The colour defaults named here are Auth0 Universal Login's: primary `#635DFF`, page background
 * `#000000` (see `ORG_BRANDING_DEFAULT_COLORS`).
 */
export const orgDetailsFormMessages = {
  title: 'Organization details',
  description: 'How your organization appears to your users, including on the login page.',
  loading: 'Loading the organization’s details…',
  noAccess: {
    title: 'You can’t view these settings',
    description:
      'Viewing the organization’s details needs the read:my_org:details permission. Ask an administrator of your organization for access.',
  },
  readOnly:
    'You can view these settings but not change them: that needs the update:my_org:details permission.',
  fields: {
    name: {
      label: 'Name',
      help: 'Identifies the organization, for example in login flows where users enter their organization’s name. 1–50 characters.',
    },
    displayName: {
      label: 'Display name',
      help: 'The name your users see, for example on the login page. Up to 255 characters.',
    },
    logo: {
      label: 'Logo URL',
      help: 'The https:// address of an image, shown at the top of the login page. Leave empty for no logo.',
      previewAlt: 'Logo preview',
      broken:
        'This image could not be loaded. Check the address, and that the image is publicly reachable.',
      remove: 'Remove logo',
      placeholder: 'https://',
    },
    colors: {
      legend: 'Login page colours',
      help: 'Hex colours such as #635DFF or #FFF.',
      /** In an empty colour field: the format to type. */
      placeholder: '#RRGGBB',
      primary: {
        label: 'Primary colour',
        picker: 'Pick the primary colour',
        help: 'Buttons and links.',
      },
      pageBackground: {
        label: 'Page background',
        picker: 'Pick the page background colour',
        help: 'Behind the login box.',
      },
      filledWithDefault:
        'Auth0 needs both colours once one is set: {color} (Auth0’s default) will be saved here.',
      resetToDefault:
        'Colours can’t be removed once set: {color} (Auth0’s default) will be saved here.',
      /** On a colour field whose saved value is not a hex colour (the preview ignores it). */
      storedInvalid:
        'The saved colour “{color}” is not a hex colour, so the preview shows the default. Enter a colour such as #635DFF.',
    },
  },
  validation: {
    nameRequired: 'Enter a name.',
    nameTooLong: 'Use 50 characters or fewer.',
    displayNameRequired: 'Enter a display name.',
    displayNameTooLong: 'Use 255 characters or fewer.',
    logoNotHttps: 'Use an address that starts with https://.',
    logoInvalid: 'Enter a full web address, such as https://example.com/logo.png.',
    colorInvalid: 'Enter a hex colour: # and 3 or 6 of 0–9 and A–F, such as #635DFF.',
    /** A server validation detail worded as a fragment ("is required"), after the field's label. */
    server: '{label} {detail}.',
  },
  preview: {
    label: 'Login page preview',
    caption: 'Follows your changes as you type, before you save.',
    welcome: 'Welcome',
    subtitle: 'Log in to {name} to continue.',
    email: 'Email address',
    continue: 'Continue',
  },
  status: {
    saved: 'Changes saved. Your users will see them the next time they open the login page.',
    fixErrors: 'Fix the highlighted fields to save.',
  },
}

/** The shape of {@link orgDetailsFormMessages}. */
export type OrgDetailsFormMessages = typeof orgDetailsFormMessages
