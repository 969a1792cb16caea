'use client'

import { type CSSProperties, useMemo } from 'react'

import { useMyOrg } from '../provider/my-org-context.ts'
import { appearanceToStyle } from './appearance.ts'
import { cx } from './slots.ts'

/** The attributes every component root carries. */
export interface MyOrgRootProps {
  /** Scopes the kit's CSS. @selector [data-mk-root] */
  'data-mk-root': ''
  /** `light`, `dark` or `auto`. @selector [data-mk-theme] */
  'data-mk-theme': 'light' | 'dark' | 'auto'
  /** Present when library styles are off. @selector [data-mk-unstyled] */
  'data-mk-unstyled'?: ''
  className: string
  style: CSSProperties
}

/** Options of {@link useMyOrgRootProps}. */
export interface UseMyOrgRootPropsOptions {
  /** The component's own root class, e.g. `mk-DomainList`. */
  componentClassName: string
  /** The host's `className`, merged after library classes. @default undefined */
  className?: string | undefined
  /** Turn library styles off (variables and classes stay). @default false */
  unstyled?: boolean | undefined
  /** Extra inline styles, applied after the appearance variables. @default undefined */
  style?: CSSProperties | undefined
}

/**
 * Builds a component root's attributes: `data-mk-root`, the theme, the appearance variables as
 * inline `--mk-*` properties, and the classes.
 *
 * @example
 * <section {...useMyOrgRootProps({ componentClassName: 'mk-DomainList', className })} />
 */
export function useMyOrgRootProps(options: UseMyOrgRootPropsOptions): MyOrgRootProps {
  const { appearance } = useMyOrg()
  const { componentClassName, className, unstyled, style } = options
  const variableStyle = useMemo(
    () => appearanceToStyle(appearance.variables),
    [appearance.variables],
  )
  return {
    'data-mk-root': '',
    'data-mk-theme': appearance.theme ?? 'light',
    ...(unstyled ? { 'data-mk-unstyled': '' as const } : {}),
    className: cx(componentClassName, className),
    style: { ...(variableStyle as CSSProperties), ...style },
  }
}
