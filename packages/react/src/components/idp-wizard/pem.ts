/** Wraps base64 DER as a PEM certificate (64-character lines). */
export function toPem(base64: string): string {
  const body =
    base64
      .replace(/\s+/g, '')
      .match(/.{1,64}/g)
      ?.join('\n') ?? ''
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----`
}
