/**
 * Another format hiding inside an accepted one: the signatures that make a file open as a second
 * thing (a zip's end record, a Windows program, HTML/JavaScript). Used on the bytes an image carries
 * after its end marker, and on a whole PDF or image.
 */
import type { ForeignFormat } from '../../../../shared/model/attachments'

const ZIP_LOCAL = Buffer.from('PK\u0003\u0004', 'latin1')
const ZIP_END = Buffer.from('PK\u0005\u0006', 'latin1')
/** A zip reader looks for its end record in the last 65,557 bytes (22 + the longest comment). */
const ZIP_TAIL = 65_557
const DOS_STUB = Buffer.from('This program cannot be run in DOS mode', 'latin1')
const HTML_TAG = /^<(?:!doctype\s+html|html|head|body|script|iframe|object|embed|svg)(?=[\s>/])/i
const SCRIPT = /(?:^|[^\w])(?:alert|eval|fetch|document\.|window\.|function\s*\()/
const LESS_THAN = 0x3c

/** An HTML tag anywhere: each '<' is looked at with the few bytes after it (no whole-file string). */
function hasHtmlTag(buffer: Buffer): boolean {
  for (let at = buffer.indexOf(LESS_THAN); at >= 0; at = buffer.indexOf(LESS_THAN, at + 1)) {
    if (HTML_TAG.test(buffer.toString('latin1', at, at + 16))) return true
  }
  return false
}

/** What foreign format `bytes` holds, or null. `trailing`: bytes after an end marker (stricter). */
export function foreignFormat(bytes: Uint8Array, trailing = false): ForeignFormat | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tail = buffer.subarray(Math.max(0, buffer.byteLength - ZIP_TAIL))
  if (tail.includes(ZIP_END) || (trailing && buffer.includes(ZIP_LOCAL))) return 'zip'
  const mz = trailing ? buffer.indexOf('MZ') : -1
  if (buffer.includes(DOS_STUB) || (mz >= 0 && buffer.indexOf('PE\u0000\u0000', mz) > mz))
    return 'windows-program'
  if (hasHtmlTag(buffer)) return 'html'
  if (trailing && SCRIPT.test(buffer.toString('latin1'))) return 'javascript'
  return null
}

/** Bytes after an image's end marker: nothing but padding is allowed. */
export function trailingVerdict(trailing: Uint8Array): ForeignFormat | null {
  if (trailing.every((byte) => byte === 0 || byte === 0xff || byte === 0x0a || byte === 0x0d)) return null
  return foreignFormat(trailing, true) ?? 'hidden-data'
}
