/**
 * Texts of `InvitationLoginRoute` (US English), composed into `enUS.invitationLogin`. Override any
 * of them with the component's `messages` prop (or the provider's, when it renders inside one).
 */
export const invitationLoginMessages = {
  redirecting: {
    title: 'Taking you to sign in…',
    invited: 'You were invited to join {organization}. Sign in or create your account to accept.',
    plain: 'One moment while we open the sign-in page.',
  },
  invalid: {
    title: 'This invitation link doesn’t work',
    description:
      'The link is incomplete or was changed. Open it again from your invitation email, or ask your administrator for a new invitation.',
  },
  absent: {
    title: 'No invitation in this link',
    description:
      'This page accepts invitations, but the link has none. Open the link from your invitation email.',
  },
  failed: {
    title: 'We couldn’t open the sign-in page',
    description: 'Check your connection and try again.',
    retry: 'Try again',
  },
}
