/**
 * Text: valid UTF-8 (BOM optional) or UTF-16 with a BOM, no NUL, and not markup that a browser or a
 * mail client would render (HTML, SVG) whatever the file is called.
 */
import type { AttachmentFlaw } from '../../../../shared/model/attachments'
import type { ByteSource } from './source'

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be'

export type TextVerdict =
  | { ok: true; encoding: TextEncoding }
  | { ok: false; code: 'not-text'; flaw: AttachmentFlaw; part?: string }
  | { ok: false; code: 'html' | 'svg' | 'polyglot' }

const CHUNK = 64 * 1024
/** How much of the start of a text is searched for markup. */
const SNIFF_CHARS = 4096

export function bomEncoding(head: Uint8Array): { encoding: TextEncoding; bomLength: number } {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 }
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 }
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 }
  return { encoding: 'utf-8', bomLength: 0 }
}

/**
 * Whether a file's first bytes could be the start of a text (used to overrule two-byte magic numbers
 * such as 'MZ' or 'BM' that plain words can begin with). A cut multi-byte sequence at the end is fine.
 */
export function looksLikeText(head: Uint8Array): boolean {
  const { encoding, bomLength } = bomEncoding(head)
  if (encoding !== 'utf-8') return true
  if (head.includes(0)) return false
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.subarray(bomLength), { stream: true })
    return true
  } catch {
    return false
  }
}

// The WHATWG MIME sniffing patterns for HTML, plus the tags that make a document active.
const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|script|iframe|frameset|h1|div|font|table|a|style|title|b|br|p|!--)(?=[\s>/])/i
const HTML_ANYWHERE = /<(?:!doctype\s+html|html|head|body|script|iframe|frameset|object|embed)(?=[\s>/])/i
const XHTML_NAMESPACE = /xmlns(?::\w+)?\s*=\s*["']http:\/\/www\.w3\.org\/1999\/xhtml["']/i
const SVG = /<(?:\w+:)?svg(?=[\s>/])|xmlns(?::\w+)?\s*=\s*["']http:\/\/www\.w3\.org\/2000\/svg["']/i

/**
 * An HTML document further in (after some prose): the text would open as a page if saved as .html.
 * Only active or document tags count; prose quoting <b> stays text.
 */
const HTML_INSIDE = /<(?:!doctype\s+html|html|script|iframe|object|embed)(?=[\s>/])/i
/** Chars kept from the end of one chunk, so a tag split between two chunks is still seen. */
const OVERLAP = 32

/** HTML or SVG, judged on the start of a text as browsers do: only when it opens with markup. */
export function sniffMarkup(start: string): 'html' | 'svg' | null {
  const trimmed = start.replace(/^\uFEFF/, '').trimStart()
  if (!trimmed.startsWith('<')) return null
  const head = trimmed.slice(0, SNIFF_CHARS)
  if (SVG.test(head)) return 'svg'
  if (HTML_START.test(head) || HTML_ANYWHERE.test(head) || XHTML_NAMESPACE.test(head)) return 'html'
  return null
}

/** Reads the whole source, in chunks: text has to be valid to its last byte. `head` gives the BOM. */
export async function checkText(source: ByteSource, head: Uint8Array): Promise<TextVerdict> {
  const { encoding } = bomEncoding(head)
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false })
  let start = ''
  let tail = ''
  let htmlInside = false
  try {
    for await (const chunk of source.chunks(CHUNK)) {
      if (encoding === 'utf-8' && chunk.includes(0)) {
        return {
          ok: false,
          code: 'not-text',
          flaw: 'text-nul-bytes',
        }
      }
      const text = decoder.decode(chunk, { stream: true })
      if (encoding !== 'utf-8' && text.includes('\u0000')) {
        return {
          ok: false,
          code: 'not-text',
          flaw: 'text-nul-characters',
        }
      }
      if (start.length < SNIFF_CHARS) start += text.slice(0, SNIFF_CHARS - start.length)
      const seen = tail + text
      if (!htmlInside && HTML_INSIDE.test(seen)) htmlInside = true
      tail = seen.slice(-OVERLAP)
    }
    decoder.decode()
  } catch {
    const expected = encoding === 'utf-8' ? 'UTF-8' : `UTF-16 (BOM ${encoding === 'utf-16le' ? 'LE' : 'BE'})`
    return {
      ok: false,
      code: 'not-text',
      flaw: 'text-invalid-encoding',
      part: expected,
    }
  }
  const markup = sniffMarkup(start)
  if (markup) return { ok: false, code: markup }
  return htmlInside ? { ok: false, code: 'polyglot' } : { ok: true, encoding }
}
