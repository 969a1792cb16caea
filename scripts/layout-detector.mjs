// The layout check's detector. It runs IN THE PAGE: scripts/layout-check.mjs injects it with
// its helpers (layout-geometry.mjs) as one script, so both use browser globals only and import
// nothing else. `detectLayoutProblems()` looks at every visible
// text run and control inside the kit's roots ([data-mk-root]), or inside the open modal when
// there is one (the page behind it is under a backdrop), and reports:
//
//   overlap   two text runs, a text run and a control, or two controls drawn over each other
//             (boxes nested in the DOM, like a button and its label, are not compared);
//   overflow  a text run drawn outside the control it belongs to (a button's, a badge's…), or a
//             control whose content is wider than itself (scrollWidth > clientWidth);
//   cut-off   a text run partly hidden by an overflow:hidden/clip ancestor, unless clipped on
//             purpose: text-overflow: ellipsis with the full text in a title;
//   detached  a checkbox or radio alone on its line, its label wrapped onto the line below;
//   page      the page wider than the viewport (it scrolls sideways), with what sticks out.
//
// Ignored: what is not rendered or not visible (display, visibility, opacity 0), zero-size or
// visually-hidden boxes (a 1 px clip), text scrolled out of a scroll container, and overlaps of
// at most TOLERANCE px (anti-aliasing, collapsed borders, tall glyphs in tight line boxes).

import { area, clipOf, ellipsis, intersect, isShown, label, toPage } from './layout-geometry.mjs'

const CONTROLS = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="switch"]',
  '[role="tab"]',
  '.mk-badge',
].join(',')
const NO_TEXT = 'script, style, noscript, template, svg, option, textarea, select'
const TOLERANCE = 2

/** Every problem on the page now: `{ rule, message, boxes }`, boxes in page coordinates. */
export function detectLayoutProblems() {
  const scope = modalScope() ?? document.body
  const roots = scope.closest('[data-mk-root]')
    ? [scope]
    : [...scope.querySelectorAll('[data-mk-root]')].filter(
        (root) => !root.parentElement?.closest('[data-mk-root]'),
      )
  const texts = roots.flatMap(textRuns)
  const controls = roots.flatMap((root) => [
    ...(root.matches(CONTROLS) ? [root] : []),
    ...root.querySelectorAll(CONTROLS),
  ])
  const controlItems = controls.map(controlItem).filter((item) => item !== undefined)
  return [
    ...cutOffs(texts),
    ...overflows(texts, controlItems),
    ...overlaps([...texts, ...controlItems]),
    ...detached(controlItems),
    ...pageOverflow(),
  ]
}

/** The open modal dialog, if any: only it can be seen and used. */
function modalScope() {
  const modals = [...document.querySelectorAll('[aria-modal="true"], dialog[open]')].filter(
    (dialog) => dialog.matches('[aria-modal="true"], :modal') && isShown(dialog),
  )
  return modals.at(-1)
}

/** Every visible run of text: its node, its element, its line boxes clipped to what shows. */
function textRuns(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  const runs = []
  const range = document.createRange()
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement
    if (!node.data.trim() || !element || element.closest(NO_TEXT) || !isShown(element)) {
      continue
    }
    range.selectNodeContents(node)
    const lines = [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5)
    const clip = clipOf(element, true)
    const shown = lines.map((line) => intersect(line, clip.box)).filter((r) => area(r) > 1)
    if (shown.length === 0) {
      continue
    }
    const cut = lines.some((line) => {
      const seen = intersect(line, clip.hiddenBox)
      return (
        line.width - (seen.right - seen.left) > TOLERANCE ||
        line.height - (seen.bottom - seen.top) > TOLERANCE
      )
    })
    runs.push({
      kind: 'text',
      node,
      element,
      rects: shown,
      lines,
      cutBy: cut ? clip.hiddenBy : undefined,
    })
  }
  return runs
}

function controlItem(element) {
  if (!isShown(element)) {
    return undefined
  }
  const rect = element.getBoundingClientRect()
  if (rect.width <= TOLERANCE || rect.height <= TOLERANCE) {
    return undefined
  }
  const shown = intersect(rect, clipOf(element).box)
  return area(shown) > 1 ? { kind: 'control', node: element, element, rects: [shown] } : undefined
}

/** Text cut off by an overflow:hidden ancestor, unless it is an ellipsis with a title. */
function cutOffs(texts) {
  return texts
    .filter((run) => run.cutBy && !(ellipsis(run.element) && run.element.closest('[title]')))
    .map((run) => ({
      rule: 'cut-off',
      message: `${label(run)} is cut off by ${label({ kind: 'control', element: run.cutBy })}`,
      boxes: [...run.lines, run.cutBy.getBoundingClientRect()].map(toPage),
    }))
}

/** Text outside its own control's box, and controls whose content is wider than they are. */
function overflows(texts, controls) {
  const found = new Map()
  for (const run of texts) {
    const control = run.element.closest(CONTROLS)
    if (!control || found.has(control) || ellipsis(run.element)) {
      continue
    }
    const box = control.getBoundingClientRect()
    const outside = run.rects.find(
      (r) =>
        r.left < box.left - 1 ||
        r.right > box.right + 1 ||
        r.top < box.top - 1 ||
        r.bottom > box.bottom + 1,
    )
    if (outside) {
      found.set(control, {
        rule: 'overflow',
        message: `${label(run)} overflows its control ${label({ kind: 'control', element: control })}`,
        boxes: [box, outside].map(toPage),
      })
    }
  }
  for (const { element } of controls) {
    const style = getComputedStyle(element)
    const measurable =
      !/^(input|textarea|select)$/i.test(element.tagName) && style.display !== 'inline'
    if (
      found.has(element) ||
      !measurable ||
      /auto|scroll/.test(style.overflowX) ||
      ellipsis(element)
    ) {
      continue
    }
    if (element.scrollWidth > element.clientWidth + 1) {
      found.set(element, {
        rule: 'overflow',
        message: `${label({ kind: 'control', element })} is narrower than its content (${element.scrollWidth} > ${element.clientWidth} px)`,
        boxes: [toPage(element.getBoundingClientRect())],
      })
    }
  }
  return [...found.values()]
}

/**
 * Pairs of items drawn over each other that are not nested in the DOM, once per pair of owners
 * (a text run inside a control counts as that control), so a badge over a button is one problem.
 */
function overlaps(items) {
  const found = new Map()
  const owners = items.map((item) => ({
    item,
    owner: item.kind === 'control' ? item.element : (item.element.closest(CONTROLS) ?? item.node),
  }))
  for (let i = 0; i < owners.length; i += 1) {
    for (let j = i + 1; j < owners.length; j += 1) {
      const [a, b] = [owners[i], owners[j]]
      const key = [a.owner, b.owner]
      if (a.owner.contains(b.owner) || b.owner.contains(a.owner) || seen(found, key)) {
        continue
      }
      const hit = overlapOf(a.item.rects, b.item.rects)
      if (hit) {
        const name = (entry) =>
          entry.owner === entry.item.node
            ? label(entry.item)
            : label({ kind: 'control', element: entry.owner })
        found.set(key, {
          rule: 'overlap',
          message: `${name(a)} overlaps ${name(b)}`,
          boxes: [hit.a, hit.b].map(toPage),
        })
      }
    }
  }
  return [...found.values()]
}

function seen(found, [a, b]) {
  return [...found.keys()].some(([x, y]) => (x === a && y === b) || (x === b && y === a))
}

function overlapOf(rectsA, rectsB) {
  for (const a of rectsA) {
    for (const b of rectsB) {
      const both = intersect(a, b)
      if (both.right - both.left > TOLERANCE && both.bottom - both.top > TOLERANCE) {
        return { a, b }
      }
    }
  }
  return undefined
}

/** Checkboxes and radios whose label starts below them instead of beside them. */
function detached(controls) {
  const range = document.createRange()
  return controls
    .filter(
      ({ element }) => /^(checkbox|radio)$/.test(element.type ?? '') && element.labels?.length,
    )
    .flatMap(({ element }) => {
      const box = element.getBoundingClientRect()
      const [first] = [...element.labels]
        .map((labelElement) => {
          range.selectNodeContents(labelElement)
          return [...range.getClientRects()].find(
            (rect) => rect.width > 0.5 && !(rect.left >= box.left && rect.right <= box.right),
          )
        })
        .filter((rect) => rect !== undefined)
      if (!first || first.top < box.bottom - TOLERANCE) {
        return []
      }
      return [
        {
          rule: 'detached',
          message: `${label({ kind: 'control', element: element.labels[0] })} wraps below its ${element.type}`,
          boxes: [box, first].map(toPage),
        },
      ]
    })
}

/** The page scrolls sideways: say so, with the deepest elements that stick out. */
function pageOverflow() {
  const width = document.documentElement.clientWidth
  if (document.documentElement.scrollWidth <= width + 1) {
    return []
  }
  const sticking = [...document.querySelectorAll('[data-mk-root] *')].filter(
    (element) =>
      isShown(element) &&
      element.getBoundingClientRect().right > width + 1 &&
      ![...element.children].some((child) => child.getBoundingClientRect().right > width + 1),
  )
  return sticking.slice(0, 3).map((element) => ({
    rule: 'page',
    message: `${label({ kind: 'control', element })} sticks out of the ${width} px viewport (right edge at ${Math.round(element.getBoundingClientRect().right)} px)`,
    boxes: [toPage(element.getBoundingClientRect())],
  }))
}
