/** Class + data attribute of one slot of a component. */
export interface SlotProps {
  className: string
  'data-slot': string
}

function toKebab(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
}

/**
 * Builds the stable styling hooks of one slot: `class="mk-DomainList-row {host class}"` and
 * `data-slot="domain-list-row"`. Components never hand-write these strings.
 *
 * @example
 * <tr {...getSlotProps('DomainList', 'row', props.classNames)} />
 */
export function getSlotProps<Slot extends string>(
  component: string,
  slot: Slot,
  classNames?: Partial<Record<Slot, string | undefined>>,
): SlotProps {
  const extra = classNames?.[slot]
  const base = `mk-${component}-${slot}`
  return {
    className: extra ? `${base} ${extra}` : base,
    'data-slot': `${toKebab(component)}-${toKebab(slot)}`,
  }
}

/** Joins class names, skipping empty ones. */
export function cx(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(' ')
}
