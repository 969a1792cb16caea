import { expect } from 'storybook/test'

/** A story width (about a phone's) that puts a component's container under 36rem. */
export const PHONE_WIDTH = '24rem'

/**
 * A table shown as cards: nothing scrolls sideways, every control of `row` (and "select all" in
 * the header) is in sight within the table's width, and each of `labelled` (cells of `row`) names
 * its column header before its value.
 */
export async function expectCards(
  table: HTMLTableElement,
  row: HTMLTableRowElement,
  labelled: readonly string[],
): Promise<void> {
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
