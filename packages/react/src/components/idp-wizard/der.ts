/** The few DER (ASN.1) reading steps the certificate reader needs: a tag-length-value and its children. */

/** One DER element: its tag, and where its content starts and ends. */
export interface Tlv {
  tag: number
  start: number
  end: number
}

export function readTlv(bytes: Uint8Array, offset: number): Tlv {
  const tag = bytes[offset]
  let lengthByte = bytes[offset + 1]
  if (tag === undefined || lengthByte === undefined) {
    throw new Error('truncated')
  }
  let cursor = offset + 2
  let length = lengthByte
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f
    if (count === 0 || count > 4) {
      throw new Error('bad length')
    }
    length = 0
    for (let i = 0; i < count; i++) {
      lengthByte = bytes[cursor++]
      if (lengthByte === undefined) {
        throw new Error('truncated')
      }
      length = length * 256 + lengthByte
    }
  }
  const end = cursor + length
  if (end > bytes.length) {
    throw new Error('truncated')
  }
  return { tag, start: cursor, end }
}

export function children(bytes: Uint8Array, parent: Tlv): Tlv[] {
  const out: Tlv[] = []
  let offset = parent.start
  while (offset < parent.end) {
    const child = readTlv(bytes, offset)
    out.push(child)
    offset = child.end
  }
  return out
}
