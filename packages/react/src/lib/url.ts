/** True for a parseable `https://` URL with a host and no spaces. */
export function isHttpsUrl(value: string): boolean {
  if (/\s/.test(value)) {
    return false
  }
  try {
    const url = new URL(value)
    return url.protocol === 'https:' && url.hostname !== ''
  } catch {
    return false
  }
}

/** The origin of an absolute URL, `undefined` for a relative or unparseable one. */
export function originOf(value: string | undefined): string | undefined {
  if (value === undefined) {
    return undefined
  }
  try {
    return new URL(value).origin
  } catch {
    return undefined
  }
}
