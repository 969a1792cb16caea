import { type CSSProperties, Fragment, type ReactNode } from 'react'

import { useScope } from '../kit/scope.tsx'
import { canChangeDirection, hasHiddenCharacters, revealHiddenCharacters } from '../lib/text.ts'
import { cx } from '../theming/slots.ts'

/** Props of {@link ApiText}. */
export interface ApiTextProps {
  /** The text as the API sent it (written by other people: never trusted to be short or plain). */
  value: string
  /** Shown in the monospace code style (identifiers, attribute names). @default false */
  code?: boolean | undefined
  /**
   * Lines shown before the text is cut with an ellipsis; the whole value stays in its `title`
   * (and in the accessibility tree). @default undefined (wraps, never cut)
   */
  maxLines?: number | undefined
  /**
   * Where an admin must recognise the value (a name in a heading, a row's name): a badge says it
   * holds invisible characters, its title showing each as its code point. @default false
   */
  flagHidden?: boolean | undefined
  /** Extra class. @default undefined */
  className?: string | undefined
}

/** Longer values wrap anywhere, unsplit: one element per dot would cost more than it helps. */
const MAX_SPLIT_LENGTH = 320

/**
 * `value` with a line-break opportunity (`<wbr>`) before each `.`, `@` and `/` after its first
 * character, so a narrow column wraps `ops@partner.example` as `ops` / `@partner` / `.example`
 * rather than mid-word. Copying the text and its accessible name are unchanged.
 */
function withBreaks(value: string): ReactNode {
  if (value.length > MAX_SPLIT_LENGTH) {
    return value
  }
  const parts = value.split(/(?=[.@/])/)
  return parts.length === 1
    ? value
    : parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))
}

/**
 * A value from the API placed in the kit's layout, made harmless to it: its direction is
 * isolated (`<bdi>`/`dir="auto"` when it holds right-to-left letters or bidi controls, so an
 * override stays inside it; `unicode-bidi: isolate` for every value), a long value wraps at its
 * dots, `@` and slashes first and anywhere if it must, instead of widening its container,
 * `maxLines` cuts it with the full value in `title`, and `flagHidden` marks invisible characters
 * next to it.
 */
export function ApiText(props: ApiTextProps): ReactNode {
  const { value, maxLines } = props
  // A value that could turn the text around it gets its own direction (dir="auto"), isolated
  // even without the stylesheet; the stylesheet isolates every value (unicode-bidi: isolate).
  const risky = canChangeDirection(value)
  const Tag = props.code ? 'code' : risky ? 'bdi' : 'span'
  const text = (
    <Tag
      dir={risky ? 'auto' : undefined}
      className={cx('mk-ApiText', props.code && 'mk-code', props.className)}
      data-lines={maxLines}
      title={maxLines === undefined ? undefined : value}
      style={
        maxLines === undefined ? undefined : ({ '--mk-ApiText-lines': maxLines } as CSSProperties)
      }
    >
      {withBreaks(value)}
    </Tag>
  )
  if (!props.flagHidden || !hasHiddenCharacters(value)) {
    return text
  }
  return (
    <>
      {text} <HiddenCharactersFlag value={value} />
    </>
  )
}

/**
 * A badge saying `value` holds invisible characters (bidi controls, zero-width), its title
 * showing each as its code point; nothing for a plain value. For a name the kit places inside
 * one of its own sentences (a title), where {@link ApiText} can't flag it.
 */
export function HiddenCharactersFlag(props: {
  /** The API value to check. */
  value: string
}): ReactNode {
  const { t } = useScope()
  if (!hasHiddenCharacters(props.value)) {
    return null
  }
  return (
    <span
      className="mk-badge mk-ApiText-hidden"
      data-variant="warning"
      title={t('common.hiddenCharacters', { revealed: revealHiddenCharacters(props.value) })}
    >
      {t('common.hiddenCharactersBadge')}
    </span>
  )
}
