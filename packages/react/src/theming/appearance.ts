/**
 * Typed CSS variables. Each maps onto one `--mk-*` custom property declared on `[data-mk-root]`
 * in `styles.css`; the defaults below are the light theme's.
 */
export interface MyOrgAppearanceVariables {
  /** Buttons, links, focus accents. `--mk-color-primary`. @default '#4f46e5' */
  colorPrimary?: string
  /** Text on primary surfaces. `--mk-color-primary-contrast`. @default '#ffffff' */
  colorPrimaryContrast?: string
  /** Component background. `--mk-color-bg`. @default '#ffffff' */
  colorBackground?: string
  /** Subtle surfaces (table headers, code blocks). `--mk-color-bg-subtle`. @default '#f6f7f9' */
  colorBackgroundSubtle?: string
  /** Body text. `--mk-color-text`. @default '#111827' */
  colorText?: string
  /** Secondary text. `--mk-color-muted`. @default '#5b6473' */
  colorMuted?: string
  /** Borders and dividers. `--mk-color-border`. @default '#d8dce3' */
  colorBorder?: string
  /** Errors and destructive actions. `--mk-color-danger`. @default '#c0262d' */
  colorDanger?: string
  /** Success states. `--mk-color-success`. @default '#1a7f37' */
  colorSuccess?: string
  /** Warnings. `--mk-color-warning`. @default '#9a6700' */
  colorWarning?: string
  /** Informational accents. `--mk-color-info`. @default '#0969da' */
  colorInfo?: string
  /** Focus ring colour. `--mk-focus-ring-color`. @default 'var(--mk-color-primary)' */
  focusRingColor?: string
  /** Corner radius of controls and cards. `--mk-radius`. @default '0.375rem' */
  borderRadius?: string
  /** Font stack. `--mk-font-family`. @default 'inherit' (the host page's font) */
  fontFamily?: string
  /** Base font size. `--mk-font-size`. @default '0.875rem' */
  fontSize?: string
  /** Monospace font (tokens, DNS records). `--mk-font-family-mono`. @default 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' */
  fontFamilyMono?: string
  /** Unit of the spacing scale (`--mk-space-1` … `--mk-space-8` are multiples). `--mk-space-unit`. @default '0.25rem' */
  spacingUnit?: string
}

/** Colour scheme of the kit's components. */
export type MyOrgTheme = 'light' | 'dark' | 'auto'

/** How the kit looks. */
export interface MyOrgAppearance {
  /** CSS variable overrides, applied inline on every component root. @default {} */
  variables?: MyOrgAppearanceVariables
  /** `auto` follows `prefers-color-scheme`. @default 'light' */
  theme?: MyOrgTheme
}

/** The CSS custom property behind each variable. */
export const appearanceVariableNames = {
  colorPrimary: '--mk-color-primary',
  colorPrimaryContrast: '--mk-color-primary-contrast',
  colorBackground: '--mk-color-bg',
  colorBackgroundSubtle: '--mk-color-bg-subtle',
  colorText: '--mk-color-text',
  colorMuted: '--mk-color-muted',
  colorBorder: '--mk-color-border',
  colorDanger: '--mk-color-danger',
  colorSuccess: '--mk-color-success',
  colorWarning: '--mk-color-warning',
  colorInfo: '--mk-color-info',
  focusRingColor: '--mk-focus-ring-color',
  borderRadius: '--mk-radius',
  fontFamily: '--mk-font-family',
  fontSize: '--mk-font-size',
  fontFamilyMono: '--mk-font-family-mono',
  spacingUnit: '--mk-space-unit',
} as const satisfies Record<keyof MyOrgAppearanceVariables, `--mk-${string}`>

/** Maps typed variables onto an inline style object of `--mk-*` custom properties. */
export function appearanceToStyle(
  variables: MyOrgAppearanceVariables | undefined,
): Record<string, string> {
  const style: Record<string, string> = {}
  if (!variables) {
    return style
  }
  for (const [key, property] of Object.entries(appearanceVariableNames)) {
    const value = variables[key as keyof MyOrgAppearanceVariables]
    if (typeof value === 'string' && value !== '') {
      style[property] = value
    }
  }
  return style
}
