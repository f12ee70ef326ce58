/**
 * The text of a report file. Seller Central's flat files come in UTF-8 (with or without a byte-order
 * mark) and, from European marketplaces, often in Windows-1252. Valid UTF-8 is read as UTF-8; anything
 * else as Windows-1252, which decodes every byte (so a file is never refused for its encoding).
 */

export type ReportEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be'

export function decodeReport(bytes: Uint8Array): { text: string; encoding: ReportEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  }
  // Excel's "Unicode text" export, which sellers sometimes re-save reports as.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' }
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' }
  } catch {
    const decoded = new TextDecoder('windows-1252').decode(bytes)
    return { text: decoded.replace(/[\u0080-\u009f]/g, windows1252Extra), encoding: 'windows-1252' }
  }
}

/**
 * Node 20's TextDecoder reads "windows-1252" as Latin-1 (0x80 "€", 0x92 "’", 0x9C "œ" come out as
 * invisible control characters; fixed in later Node releases). Those 32 bytes are mapped here as the
 * WHATWG Encoding Standard maps them, which leaves a correct decoder's output unchanged.
 */
const WINDOWS_1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function windows1252Extra(control: string): string {
  return WINDOWS_1252_80_9F[control.charCodeAt(0) - 0x80]!
}
