/**
 * Keeps Tab and Shift+Tab inside `container` (a dialog drawn as a `role="dialog"` overlay):
 * from the last focusable element Tab goes to the first, and Shift+Tab the other way.
 */
export function trapTab(container: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') {
    return
  }
  const focusable = [
    ...container.querySelectorAll<HTMLElement>(
      'button:not(:disabled), input:not(:disabled), [href]',
    ),
  ]
  const first = focusable[0]
  const last = focusable[focusable.length - 1]
  if (!first || !last) {
    return
  }
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault()
    first.focus()
  }
}
