/**
 * The texts every component shares (actions, statuses, error explanations), in US English. The
 * provider always carries these; each component adds its own group (`domainList`, …) when it
 * renders, so a host that uses one component does not ship the others' texts.
 */
export const coreMessages = {
  common: {
    actions: {
      retry: 'Try again',
      save: 'Save',
      saving: 'Saving…',
      cancel: 'Cancel',
      discard: 'Discard changes',
      close: 'Close',
      confirm: 'Confirm',
      delete: 'Delete',
      edit: 'Edit',
      back: 'Back',
      next: 'Next',
      copy: 'Copy',
      copied: 'Copied',
      loadMore: 'Load more',
      signIn: 'Sign in again',
      dismiss: 'Dismiss',
    },
    status: {
      loading: 'Loading…',
      saved: 'Saved',
      unsavedChanges: 'You have unsaved changes.',
      readOnly: 'You can view these settings but not change them.',
      noPermission: 'You don’t have permission to view this.',
    },
    copyFailed: 'Could not copy to the clipboard. Select the text and copy it by hand.',
    /** Shown instead of a date the API sent that doesn't parse. */
    unknownDate: 'Unknown date',
    /** Under a name that holds invisible characters, where an admin must recognise it. */
    hiddenCharacters:
      'This name contains invisible characters that can make it look like another: {revealed}',
    /** Above the buttons that take the user to each field blocking a save. */
    fixList:
      '{count, plural, one {This field needs a fix before saving:} other {These # fields need a fix before saving:}}',
    /** A field to fix that sits on another step or section. */
    fixListWhere: '{field} ({where})',
    /** A badge next to such a name in a list or heading; its title is `hiddenCharacters`. */
    hiddenCharactersBadge: 'Invisible characters',
    itemCount: '{count, plural, =0 {No items} one {# item} other {# items}}',
    /** Under a list some of whose items broke the API's contract and were left out. */
    skippedItems:
      '{count, plural, one {# item could not be shown} other {# items could not be shown}}: the API’s answer didn’t match the expected format.',
  },
  errors: {
    notice: {
      retryIn: '{seconds, plural, one {Retrying in # second…} other {Retrying in # seconds…}}',
      copyOrigin: 'Copy the origin',
      originCopied: 'Origin copied',
      details: 'Technical details',
    },
    cors: {
      title: 'The browser blocked the request',
      description:
        'This page’s origin ({origin}) is not allowed to call the My Organization API of {apiOrigin}. An administrator of the Auth0 tenant must open Dashboard > Applications > Applications > (this application) > Settings, add {origin} to “Allowed Origins (CORS)”, turn on “Allow Cross-Origin Authentication”, and save.',
      unknownOrigin: 'this page’s origin',
    },
    offline: {
      title: 'You seem to be offline',
      description: 'Could not reach {apiOrigin}. Check your network connection and try again.',
    },
    proxyUnreachable: {
      title: 'Could not reach this app’s server',
      description:
        'Your organization’s settings are loaded through this app’s server ({apiOrigin}), which did not answer. Check your network connection and try again.',
    },
    timeout: {
      title: 'The server took too long to answer',
      description: '{apiOrigin} did not answer in time. Try again in a moment.',
    },
    aborted: {
      title: 'The request was cancelled',
      description: 'The request was cancelled before it finished.',
    },
    rateLimited: {
      title: 'Too many requests',
      description:
        '{seconds, plural, =0 {The organization’s request limit was reached. Try again in a moment.} one {The organization’s request limit was reached. Try again in # second.} other {The organization’s request limit was reached. Try again in # seconds.}}',
    },
    forbidden: {
      title: 'You don’t have permission to do this',
      description:
        '{count, plural, =0 {Your access does not include the permission this action needs. Ask an administrator of your organization for access.} one {Your access is missing the permission {scopes}. Ask an administrator to grant it, then sign in again.} other {Your access is missing the permissions {scopes}. Ask an administrator to grant them, then sign in again.}}',
    },
    unauthorized: {
      title: 'Your session has expired',
      description: 'The server did not accept your session. Sign in again to continue.',
    },
    notFound: {
      title: 'Not found',
      description: 'It may have been deleted, or it belongs to another organization.',
    },
    conflict: {
      title: 'This conflicts with an existing item',
      description: '{detail}',
    },
    badRequest: {
      title: 'The request was not accepted',
      description: '{detail}',
    },
    invalidInput: {
      title: 'Check the highlighted fields',
      description:
        '{count, plural, one {One field needs your attention.} other {# fields need your attention.}}',
    },
    serverError: {
      title: 'Something went wrong on the server',
      description: 'The My Organization API answered with an error ({status}). Try again later.',
    },
    contractViolation: {
      title: 'Unexpected answer from the server',
      description:
        'The My Organization API answered in a shape this page does not understand. Try again later; if it keeps happening, report it to the site’s developers.',
    },
    codeLoad: {
      title: 'This part of the page didn’t load',
      description:
        'Your browser couldn’t download it. Check your connection and try again; what you entered is kept. If it keeps failing, reload the page.',
    },
    unknown: {
      title: 'Something went wrong',
      description: 'An unexpected error occurred. Try again.',
    },
    token: {
      loginRequired: {
        title: 'Please sign in again',
        description: 'Your session has ended. Sign in again to manage your organization.',
        action: 'Sign in again',
      },
      consentRequired: {
        title: 'Access needs your approval',
        description:
          'This page needs your permission to manage your organization’s settings on your behalf.',
        action: 'Review and allow access',
      },
      mfaRequired: {
        title: 'Verify your identity',
        description:
          'Managing your organization’s settings needs multi-factor authentication. Verify your identity to continue.',
        action: 'Verify your identity',
      },
      accessDenied: {
        title: 'Access was denied',
        description:
          'You are not allowed to manage this organization. Ask an administrator of your organization for access.',
      },
      timeout: {
        title: 'Signing in took too long',
        description: 'Could not get an access token in time. Try again.',
      },
      unknown: {
        title: 'Could not get access',
        description: 'Could not get an access token for the My Organization API. Try again.',
      },
    },
  },
}
