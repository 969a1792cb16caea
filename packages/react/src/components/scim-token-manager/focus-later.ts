/** Focuses `ref` once the dialog that had focus has closed and React has committed. */
export function focusLater(ref: { current: HTMLElement | null }): void {
  setTimeout(() => {
    ref.current?.focus()
  }, 0)
}
