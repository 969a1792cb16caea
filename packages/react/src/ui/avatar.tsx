'use client'

import { type ReactNode, useState } from 'react'

import { isHttpsUrl } from '../lib/url.ts'
import type { SlotProps } from '../theming/slots.ts'

/** Props of {@link Avatar}. */
export interface AvatarProps {
  /** The person's name (initials come from it). @default undefined */
  name?: string | undefined
  /** Initials come from it when there is no name. @default undefined */
  email?: string | undefined
  /** A picture URL: shown only when it is a well-formed `https://` URL that loads. @default undefined */
  picture?: string | undefined
  /** The component's slot for it (its class and `data-slot`). */
  slot: SlotProps
}

/** Up to two initials: the first letters of the first and last words, else of the email. */
export function initialsOf(name: string | undefined, email: string | undefined): string {
  const words = (name ?? '').trim().split(/\s+/u).filter(Boolean)
  const letters =
    words.length > 0
      ? [words[0], words.length > 1 ? words.at(-1) : undefined]
      : [(email ?? '').trim()]
  const initials = letters
    .map((word) => (word === undefined ? '' : (Array.from(word)[0] ?? '')))
    .join('')
    .toLocaleUpperCase()
  return initials === '' ? '?' : initials
}

/**
 * A person's picture, or their initials when there is none, it isn't `https://`, or it fails to
 * load. Decorative: the name is always written next to it.
 */
export function Avatar(props: AvatarProps): ReactNode {
  const picture = props.picture?.trim()
  const src = picture !== undefined && isHttpsUrl(picture) ? picture : undefined
  const [broken, setBroken] = useState<string | undefined>(undefined)
  return (
    <span {...props.slot} aria-hidden="true" data-picture={src ? '' : undefined}>
      {src !== undefined && broken !== src ? (
        <img
          src={src}
          alt=""
          referrerPolicy="no-referrer"
          onError={() => {
            setBroken(src)
          }}
        />
      ) : (
        initialsOf(props.name, props.email)
      )}
    </span>
  )
}
