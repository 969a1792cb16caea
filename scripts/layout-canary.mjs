// The layout check's canary: a page with one known problem per rule, and what must not count.
// scripts/layout-check.mjs runs the detector on it first, at 390 px, and stops when a rule stays
// silent or something ignorable is reported, so the check can never pass because it went blind.

const box = 'font: 14px/1.5 sans-serif'

/** Markup with exactly one problem per rule, plus look-alikes that are fine. */
export const canaryHtml = `<!doctype html>
<html><body style="margin: 0">
<div data-mk-root style="${box}; inline-size: 360px; padding: 8px">
  <div style="display: flex; inline-size: 160px; justify-content: flex-end; gap: 4px">
    <span class="mk-badge" style="white-space: nowrap">Pending</span>
    <button style="white-space: nowrap; margin-inline-start: -40px">DNS record</button>
  </div>
  <button style="inline-size: 48px; white-space: nowrap">Enregistrement</button>
  <p style="inline-size: 80px; overflow: hidden; white-space: nowrap">Cut off in the middle</p>
  <p style="inline-size: 80px; overflow: hidden; white-space: nowrap; text-overflow: ellipsis"
    title="An ellipsis on purpose">An ellipsis on purpose</p>
  <span style="position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden;
    clip: rect(0 0 0 0); white-space: nowrap">Only for screen readers, drawn over others</span>
  <label style="display: flex; flex-wrap: wrap; inline-size: 200px">
    <input type="checkbox"><span>A label far too long to fit beside its box</span>
  </label>
  <label style="display: flex; inline-size: 200px">
    <input type="checkbox"><span>A long label that wraps beside its box as it should</span>
  </label>
  <div style="inline-size: 600px">Wider than the viewport</div>
</div>
</body></html>`

/** The rules the canary must trigger, and texts no problem may name. */
export const canaryExpects = {
  rules: ['overlap', 'overflow', 'cut-off', 'detached', 'page'],
  silent: ['An ellipsis on purpose', 'Only for screen readers', 'wraps beside its box'],
}

/** What is wrong with the detector's answer on the canary, or undefined when all is right. */
export function canaryFailure(problems) {
  const missing = canaryExpects.rules.filter((rule) => !problems.some((p) => p.rule === rule))
  const wrong = problems.filter((problem) =>
    canaryExpects.silent.some((text) => problem.message.includes(text)),
  )
  if (missing.length === 0 && wrong.length === 0) {
    return undefined
  }
  return [
    ...missing.map((rule) => `the ${rule} rule found nothing`),
    ...wrong.map((problem) => `reported what is fine: ${problem.message}`),
  ].join('; ')
}
