// Geometry and naming helpers of the layout check's detector (scripts/layout-detector.mjs).
// They run IN THE PAGE, injected with the detector: browser globals only.

export function isShown(element) {
  return element.checkVisibility({ opacityProperty: true, visibilityProperty: true })
}

/**
 * What the ancestors of `element` let show (viewport-relative): `box` through every clipping
 * ancestor, `hiddenBox` through the overflow:hidden/clip ones only (a scroll container shows the
 * rest on scrolling), and the innermost of those, `hiddenBy`. `includeSelf`: the element's own
 * overflow counts too (it clips its text, not its own box).
 */
export function clipOf(element, includeSelf = false) {
  const none = { left: -Infinity, top: -Infinity, right: Infinity, bottom: Infinity }
  let box = none
  let hiddenBox = none
  let hiddenBy
  for (let node = element; node && node !== document.documentElement; node = node.parentElement) {
    const style = getComputedStyle(node)
    if (style.clip !== 'auto' || style.clipPath.startsWith('inset')) {
      const empty = { left: 0, top: 0, right: 0, bottom: 0 }
      return { box: empty, hiddenBox: empty, hiddenBy: node }
    }
    const self = node === element && !includeSelf
    if (self || (style.overflowX === 'visible' && style.overflowY === 'visible')) {
      continue
    }
    const rect = node.getBoundingClientRect()
    const inner = {
      left: rect.left + node.clientLeft,
      top: rect.top + node.clientTop,
      right: rect.left + node.clientLeft + node.clientWidth,
      bottom: rect.top + node.clientTop + node.clientHeight,
    }
    box = intersect(box, inner)
    if (!/auto|scroll/.test(style.overflowX + style.overflowY)) {
      hiddenBox = intersect(hiddenBox, inner)
      hiddenBy ??= node
    }
  }
  return { box, hiddenBox, hiddenBy }
}

export function intersect(a, b) {
  return {
    left: Math.max(a.left, b.left),
    top: Math.max(a.top, b.top),
    right: Math.min(a.right, b.right),
    bottom: Math.min(a.bottom, b.bottom),
  }
}

export function area(rect) {
  return Math.max(0, rect.right - rect.left) * Math.max(0, rect.bottom - rect.top)
}

export function ellipsis(element) {
  for (let node = element; node; node = node.parentElement) {
    if (getComputedStyle(node).textOverflow === 'ellipsis') {
      return true
    }
  }
  return false
}

export function toPage(rect) {
  return {
    x: Math.round(rect.left + window.scrollX),
    y: Math.round(rect.top + window.scrollY),
    width: Math.round(rect.right - rect.left),
    height: Math.round(rect.bottom - rect.top),
  }
}

/** `span.mk-badge “Pending”`: the element, its kit class or slot, and what it says. */
export function label(item) {
  const { element } = item
  const kitClass = [...element.classList].find((name) => name.startsWith('mk-'))
  const slot = element.getAttribute('data-slot')
  const name = `${element.tagName.toLowerCase()}${kitClass ? `.${kitClass}` : slot ? `[${slot}]` : ''}`
  const text =
    item.kind === 'text'
      ? item.node.data
      : element.textContent?.trim() ||
        element.getAttribute('aria-label') ||
        element.getAttribute('placeholder') ||
        ''
  const short = text.replace(/\s+/g, ' ').trim()
  return `${item.kind === 'text' ? 'text in ' : ''}${name} “${short.length > 48 ? `${short.slice(0, 47)}…` : short}”`
}

/** Outlines the boxes of `problems` in red for the screenshot, above any modal (top layer). */
export function highlightLayoutProblems(problems) {
  document.querySelector('[data-layout-check]')?.remove()
  if (problems.length === 0) {
    return
  }
  const layer = document.createElement('div')
  layer.popover = 'manual'
  layer.setAttribute('data-layout-check', '')
  layer.style.cssText =
    'position:absolute;inset:0 auto auto 0;margin:0;padding:0;border:0;overflow:visible;background:none;pointer-events:none'
  for (const problem of problems) {
    for (const box of problem.boxes) {
      const mark = document.createElement('div')
      mark.style.cssText = `position:absolute;left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px;outline:2px solid #e11d48;background:rgb(225 29 72 / 0.12)`
      layer.append(mark)
    }
  }
  document.body.append(layer)
  layer.showPopover()
}
