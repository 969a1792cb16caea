'use client'

import { useState } from 'react'

import { useSettledValue } from '../../kit/use-settled-value.ts'
import { isHttpsUrl } from '../../lib/url.ts'

/** How long the logo URL must stay unchanged before a preview loads it. */
const LOGO_PREVIEW_DELAY_MS = 400

/** A logo preview's image: what to load, and whether it failed to load. */
export interface PreviewLogo {
  /** The URL to show: settled, https and well-formed; `undefined` for none. */
  src: string | undefined
  /** The image at `src` failed to load. */
  broken: boolean
  /** The `<img>`'s `onError`. */
  onError: () => void
}

/**
 * The logo a preview can show for what is typed in the logo URL field: it waits until typing
 * stops, loads only well-formed https URLs, and remembers which URL failed to load.
 */
export function usePreviewLogo(logoUrl: string): PreviewLogo {
  const settled = useSettledValue(logoUrl.trim(), LOGO_PREVIEW_DELAY_MS)
  const src = isHttpsUrl(settled) ? settled : undefined
  const [brokenUrl, setBrokenUrl] = useState<string | undefined>(undefined)
  return {
    src,
    broken: src !== undefined && brokenUrl === src,
    onError: () => {
      setBrokenUrl(src)
    },
  }
}
