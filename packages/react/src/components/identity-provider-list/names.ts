import type { IdentityProviderListItem } from '@myorg-kit/client'

/** What the list and its dialogs call a provider: its display name, else its name or id. */
export function displayNameOf(idp: IdentityProviderListItem): string {
  return idp.display_name ?? idp.name ?? idp.id ?? ''
}

/** The name the delete confirmation asks for: the connection's name (else its display name). */
export function confirmationNameOf(idp: IdentityProviderListItem): string {
  return idp.name ?? idp.display_name ?? ''
}
