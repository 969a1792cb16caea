/**
 * jsdom has no modal dialogs. This models the parts of the HTML spec the kit's `Dialog` relies
 * on: `showModal()`/`close()` (with the `close` event), and Escape, which fires a cancelable
 * `cancel` at the topmost open modal dialog and closes it unless the event is prevented.
 * Inertness of the page behind is a browser feature: the Chromium story tests cover it.
 */
const modals: HTMLDialogElement[] = []

export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype
  if (typeof proto.showModal === 'function') {
    return
  }
  proto.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '')
    modals.push(this)
  }
  proto.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '')
  }
  proto.close = function close(this: HTMLDialogElement) {
    const index = modals.indexOf(this)
    if (index !== -1) {
      modals.splice(index, 1)
    }
    if (!this.hasAttribute('open')) {
      return
    }
    this.removeAttribute('open')
    this.dispatchEvent(new Event('close'))
  }
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) {
      return
    }
    const top = modals.filter((dialog) => dialog.isConnected).at(-1)
    if (!top) {
      return
    }
    const cancel = new Event('cancel', { cancelable: true })
    top.dispatchEvent(cancel)
    if (!cancel.defaultPrevented) {
      top.close()
    }
  })
}
