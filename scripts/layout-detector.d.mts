/** One layout problem found by {@link detectLayoutProblems}. */
export interface LayoutProblem {
  rule: 'overlap' | 'overflow' | 'cut-off' | 'detached' | 'page'
  message: string
  boxes: { x: number; y: number; width: number; height: number }[]
}

/** Every layout problem on the page now (see layout-detector.mjs). Runs in the page. */
export function detectLayoutProblems(): LayoutProblem[]
