/**
 * Original names are kept as data, and may one day become a file name again (Save as…), on any OS.
 * So: last path segment only, no control or bidi-override characters, nothing Windows forbids,
 * no hidden or reserved names, Unicode kept (NFC), at most MAX_FILE_NAME_BYTES of UTF-8, never empty.
 */
import { HIDDEN_CHARACTERS as INVISIBLE } from '../../../../shared/model/names'

/** Below every common file system's 255-byte name limit, with room for a " (2)" suffix. */
export const MAX_FILE_NAME_BYTES = 200
export const FALLBACK_FILE_NAME = 'piece-jointe'
/** Extensions longer than this are treated as part of the name when truncating. */
const MAX_EXTENSION_BYTES = 16

const FORBIDDEN = /[<>:"|?*]/g
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i

const encoder = new TextEncoder()
const utf8Length = (text: string): number => encoder.encode(text).byteLength

/** Cuts `text` to at most `bytes` UTF-8 bytes without splitting a grapheme (emoji, accents). */
function truncateGraphemes(text: string, bytes: number): string {
  let out = ''
  let used = 0
  for (const { segment } of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) {
    const length = utf8Length(segment)
    if (used + length > bytes) break
    out += segment
    used += length
  }
  return out
}

export function sanitizeFileName(name: string): string {
  const segments = String(name).normalize('NFC').split(/[/\\]/)
  let clean = (segments.at(-1) ?? '')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.\s]+$/, '') // Windows drops trailing dots and spaces
  // The extension is read before leading dots go (no hidden files, no '.' or '..'), so that "..png"
  // or ".pdf" keep what says their type.
  const dot = clean.lastIndexOf('.')
  let stem = (dot >= 0 ? clean.slice(0, dot) : clean).replace(/^[.\s]+/, '')
  let extension = dot >= 0 ? clean.slice(dot) : ''
  clean = stem + extension
  if (utf8Length(extension) > MAX_EXTENSION_BYTES) {
    stem = clean
    extension = ''
  }
  // CON, NUL.txt, com1.tar.gz… are reserved on Windows whatever follows the first dot.
  if (RESERVED.test((stem.split('.')[0] ?? '').trimEnd())) stem = `_${stem}`
  if (utf8Length(stem + extension) > MAX_FILE_NAME_BYTES) {
    stem = truncateGraphemes(stem, MAX_FILE_NAME_BYTES - utf8Length(extension)).trimEnd()
  }
  clean = stem + extension
  if (stem === '' || clean === '') clean = FALLBACK_FILE_NAME + extension
  return clean
}
