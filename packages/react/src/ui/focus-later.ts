/**
 * Focuses an element once a closing dialog has given focus back and React has committed: for
 * when the element that opened the dialog is gone (a deleted row, a revoked token), so focus
 * goes to a stable place such as the component's title instead of the page's body.
 */
export function focusLater(find: () => HTMLElement | null | undefined): void {
  setTimeout(() => {
    find()?.focus()
  }, 0)
}
