/**
 * What a story rendering `hostileSeed()` asserts in Chromium (issue 14): nothing the data holds
 * runs (no alert/confirm/prompt, no injected script or handler), no request leaves for a host
 * other than the page's and the API's, no element is wider than the component, and the layout
 * detector of `pnpm layout` finds no overlap, overflow or cut-off text.
 */
import { expect } from 'storybook/test'

import { detectLayoutProblems } from '../../../scripts/layout-detector.mjs'

/** Where the stories' mock API lives (`MyOrgProvider domain="tenant.example"`). */
const API_ORIGIN = 'https://tenant.example'

declare global {
  interface Window {
    /** Set by the hostile seed's payloads if one ever runs. */
    __mkHostile?: number
  }
}

let dialogs: string[] = []

/**
 * A story's `beforeEach`: every alert, confirm and prompt is recorded instead of shown, and the
 * requests made so far are forgotten. Returns the cleanup that puts the originals back.
 */
export function watchHostile(): () => void {
  const originals = {
    alert: window.alert.bind(window),
    confirm: window.confirm.bind(window),
    prompt: window.prompt.bind(window),
  }
  dialogs = []
  delete window.__mkHostile
  performance.clearResourceTimings()
  window.alert = (message?: unknown) => {
    dialogs.push(`alert: ${String(message)}`)
  }
  window.confirm = (message?: string) => {
    dialogs.push(`confirm: ${String(message)}`)
    return false
  }
  window.prompt = (message?: string) => {
    dialogs.push(`prompt: ${String(message)}`)
    return null
  }
  return () => {
    Object.assign(window, originals)
  }
}

function isForeign(url: string): boolean {
  try {
    const { origin, protocol } = new URL(url, location.href)
    if (protocol === 'data:' || protocol === 'blob:') {
      return false
    }
    return origin !== location.origin && origin !== API_ORIGIN
  } catch {
    return true
  }
}

/** Every URL the page loaded or points an element's image or frame at, outside the allowed hosts. */
function foreignRequests(root: Element): string[] {
  const loaded = performance.getEntriesByType('resource').map((entry) => entry.name)
  const pointed = [...root.querySelectorAll('img[src], iframe[src], image, source[src]')].map(
    (element) => element.getAttribute('src') ?? element.getAttribute('href') ?? '',
  )
  const styled = [...root.querySelectorAll('*')].flatMap((element) =>
    [...getComputedStyle(element).backgroundImage.matchAll(/url\("?([^")]+)"?\)/g)].map(
      (match) => match[1] ?? '',
    ),
  )
  return [...loaded, ...pointed, ...styled].filter(isForeign)
}

/** Elements that reach past the component's right or left edge. */
function widerThanRoot(root: Element): string[] {
  const box = root.getBoundingClientRect()
  return [...root.querySelectorAll('*')]
    .filter((element) => {
      const rect = element.getBoundingClientRect()
      return rect.width > 1 && (rect.right > box.right + 1 || rect.left < box.left - 1)
    })
    .map(
      (element) =>
        `${element.tagName.toLowerCase()}.${element.className} ${element.getBoundingClientRect().width}px`,
    )
}

/**
 * Asserts the component in `canvasElement` took the hostile data harmlessly. Call it once the
 * data is on screen (and again after an action).
 */
export async function expectHarmless(canvasElement: HTMLElement): Promise<void> {
  const root = canvasElement.querySelector('[data-mk-root]')
  if (!root) {
    throw new Error('expectHarmless: no [data-mk-root] in the story')
  }
  // Give the layout two frames to settle before measuring text boxes.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  const found = {
    dialogs,
    ran: window.__mkHostile ?? null,
    injected: [...root.querySelectorAll('script, iframe, object, embed, b')].map(
      (element) => element.outerHTML,
    ),
    foreignRequests: foreignRequests(root),
    widerThanRoot: widerThanRoot(root),
    layout: detectLayoutProblems().map((problem) => `${problem.rule}: ${problem.message}`),
  }
  await expect(found).toEqual({
    dialogs: [],
    ran: null,
    injected: [],
    foreignRequests: [],
    widerThanRoot: [],
    layout: [],
  })
}
