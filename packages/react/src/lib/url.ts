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
