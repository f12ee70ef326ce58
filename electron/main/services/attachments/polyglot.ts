/**
 * Another format hiding inside an accepted one: the signatures that make a file open as a second
 * thing (a zip's end record, a Windows program, HTML/JavaScript). Used on the bytes an image carries
 * after its end marker, and on a PDF's bytes as a whole.
 */
import type { Bilingual } from '../../../../shared/model/attachments'

const ZIP_LOCAL = Buffer.from('PK\u0003\u0004', 'latin1')
const ZIP_END = Buffer.from('PK\u0005\u0006', 'latin1')
const DOS_STUB = Buffer.from('This program cannot be run in DOS mode', 'latin1')
const HTML = /<(?:!doctype\s+html|html|head|body|script|iframe|object|embed|svg)(?=[\s>/])/i
const SCRIPT = /(?:^|[^\w])(?:alert|eval|fetch|document\.|window\.|function\s*\()/

/** What foreign format `bytes` holds, or null. `trailing`: bytes after an end marker (stricter). */
export function foreignFormat(bytes: Uint8Array, trailing = false): Bilingual | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buffer.includes(ZIP_END) || (trailing && buffer.includes(ZIP_LOCAL))) return { fr: 'ZIP', en: 'ZIP' }
  const mz = buffer.indexOf('MZ')
  if (buffer.includes(DOS_STUB) || (trailing && mz >= 0 && buffer.indexOf('PE\u0000\u0000', mz) > mz))
    return { fr: 'programme Windows', en: 'Windows program' }
  const text = buffer.toString('latin1')
  if (HTML.test(text)) return { fr: 'HTML', en: 'HTML' }
  if (trailing && SCRIPT.test(text)) return { fr: 'JavaScript', en: 'JavaScript' }
  return null
}

/** Bytes after an image's end marker: nothing but padding is allowed. */
export function trailingVerdict(trailing: Uint8Array): Bilingual | null {
  if (trailing.every((byte) => byte === 0 || byte === 0xff || byte === 0x0a || byte === 0x0d)) return null
  return (
    foreignFormat(trailing, true) ?? {
      fr: 'données cachées après la fin de l’image',
      en: 'data hidden after the end of the image',
    }
  )
}
