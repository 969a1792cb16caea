import type { Decorator } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'

/** A story decorator about a phone's width: the component's container is under 36rem. */
export const phone: Decorator = (Story) => (
  <div style={{ maxWidth: '24rem' }}>
    <Story />
  </div>
)

/**
 * The table's rows shown as cards: nothing scrolls sideways, the first row's `action` and every
 * control of it (and "select all" in the header) are in sight within the table's width, and its
 * `labelled` cells name their column header before their value.
 */
export async function expectRowsAsCards(
  canvasElement: HTMLElement,
  action: RegExp,
  labelled: readonly string[],
): Promise<void> {
  const table = await within(canvasElement).findByRole('table', {}, { timeout: 8000 })
  const [, row] = within(table).getAllByRole('row')
  if (!(table instanceof HTMLTableElement) || !(row instanceof HTMLTableRowElement)) {
    throw new Error('No table with a row to check')
  }
  await expect(within(row).getByRole('button', { name: action })).toBeVisible()
  const scroller = table.parentElement ?? table
  await expect(scroller.scrollWidth).toBeLessThanOrEqual(scroller.clientWidth)
  const bounds = table.getBoundingClientRect()
  const controls = [
    ...(table.tHead?.querySelectorAll('input') ?? []),
    ...row.querySelectorAll('button, input'),
  ]
  for (const control of controls) {
    const box = control.getBoundingClientRect()
    await expect(box.width).toBeGreaterThan(8)
    await expect(box.left).toBeGreaterThanOrEqual(bounds.left)
    await expect(box.right).toBeLessThanOrEqual(bounds.right)
  }
  const headers = Array.from(table.tHead?.rows[0]?.cells ?? [], (cell) => cell.textContent)
  const named = Array.from(row.cells).flatMap((cell) => {
    const before = getComputedStyle(cell, '::before').content
    const label = cell.dataset['label']
    return label !== undefined && !['none', 'normal'].includes(before) && headers.includes(label)
      ? [label]
      : []
  })
  await expect(named).toEqual(labelled)
}
