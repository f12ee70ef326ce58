/**
 * PDF: a document to read, nothing that acts. Refused: JavaScript and automatic actions (/JavaScript,
 * /JS, /AA, /Launch, /SubmitForm, /ImportData, and an /OpenAction that is an action rather than a
 * page to open at), /RichMedia (Flash, video players), /XFA forms (scriptable), attached files
 * (/EmbeddedFile(s)), a file without a body (no object, no cross-reference, no %%EOF), and a PDF that
 * is also a zip, a program or an HTML page.
 *
 * Names are compared after undoing #-escapes (/J#61vaScript is /JavaScript). Only the PDF's own syntax
 * is searched: stream bodies (images, fonts, page contents) are skipped, since their bytes can spell
 * "/JS" by chance, except compressed object streams (/ObjStm, FlateDecode), which hold dictionaries and
 * are inflated within a budget. The whole file is read (≤ 10 MB).
 */
import { inflateSync } from 'node:zlib'
import { foreignFormat } from './polyglot'
import type { Refusal } from './reasons'

const ACTIVE = ['JavaScript', 'JS', 'AA', 'Launch', 'SubmitForm', 'ImportData', 'RichMedia', 'XFA']
const EMBEDDED = ['EmbeddedFile', 'EmbeddedFiles']
/** Inflated object streams may total at most this much (a zip bomb stops here, refused). */
const INFLATE_BUDGET = 32 * 1024 * 1024
const NAME = /\/([^\s/[\]()<>{}%]*)/g
const STREAM = /stream\r?\n/g
/** `/OpenAction [page /Fit…]` only says where to open (LaTeX and most tools write it); anything else acts. */
const OPEN_AT_PAGE = /^\s*\[\s*\d+\s+\d+\s+R\s*\/\w+[\s\d.\-/a-z]*\]/i

const unescapeName = (raw: string) =>
  raw.includes('#')
    ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : raw

interface Syntax {
  names: Set<string>
  /** The text right after each /OpenAction key (to tell a destination from an action). */
  openActions: string[]
  /** Objects stored in object streams, by number (an /OpenAction may point at one). */
  packed: Map<number, string>
}

function collect(text: string, into: Syntax): void {
  for (const match of text.matchAll(NAME)) {
    const name = unescapeName(match[1] ?? '')
    into.names.add(name)
    if (name === 'OpenAction') {
      const after = (match.index ?? 0) + match[0].length
      into.openActions.push(text.slice(after, after + 200))
    }
  }
}

/** An object stream's objects: a header of "number offset" pairs, then the objects from /First on. */
function unpack(content: string, first: number, into: Map<number, string>): void {
  if (!Number.isSafeInteger(first) || first <= 0 || first > content.length) return
  const header = content.slice(0, first).trim().split(/\s+/).map(Number)
  for (let index = 0; index + 1 < header.length; index += 2) {
    const start = first + (header[index + 1] ?? 0)
    const end = index + 3 < header.length ? first + (header[index + 3] ?? 0) : content.length
    into.set(header[index] ?? -1, content.slice(start, end))
  }
}

/** The body of object `number`, written out or packed in an object stream; '' when not found. */
function objectBody(text: string, number: number, packed: Map<number, string>): string {
  const written = new RegExp(`(?:^|[^\\d])${number}\\s+\\d+\\s+obj\\b`).exec(text)
  if (written) return text.slice(written.index + written[0].length, written.index + written[0].length + 400)
  return packed.get(number) ?? ''
}

const GO_TO_NAMES = new Set([
  'Type',
  'Action',
  'S',
  'GoTo',
  'D',
  'Fit',
  'FitH',
  'FitV',
  'FitB',
  'FitBH',
  'FitBV',
  'FitR',
  'XYZ',
])

/** `<< /S /GoTo /D [page /Fit] >>` (what pdfTeX writes): a go-to inside the document, nothing chained. */
function isGoToInside(value: string): boolean {
  const dictionary = /^\s*<<([^<>]*)>>/.exec(value)?.[1]
  if (dictionary === undefined) return false
  const names = [...dictionary.matchAll(NAME)].map((match) => unescapeName(match[1] ?? ''))
  return names.includes('GoTo') && names.every((name) => GO_TO_NAMES.has(name))
}

const opensInside = (value: string) => OPEN_AT_PAGE.test(value) || isGoToInside(value)

/** An /OpenAction that only names where to open (a destination or a go-to), written out or referenced. */
function opensAtPage(value: string, text: string, packed: Map<number, string>): boolean {
  if (opensInside(value)) return true
  const reference = /^\s*(\d+)\s+\d+\s+R\b/.exec(value)
  return reference !== null && opensInside(objectBody(text, Number(reference[1]), packed))
}

type Scan = { ok: true; syntax: Syntax } | { ok: false; refusal: Refusal }

/** The PDF's syntax outside stream bodies, plus the inflated object streams. */
function scan(text: string, bytes: Buffer): Scan {
  const syntax: Syntax = { names: new Set(), openActions: [], packed: new Map() }
  let budget = INFLATE_BUDGET
  let position = 0
  let unreadable = false
  STREAM.lastIndex = 0
  for (let match = STREAM.exec(text); match; match = STREAM.exec(text)) {
    if (text.startsWith('end', match.index - 3)) continue // "endstream" outside a body
    const outside = text.slice(position, match.index)
    collect(outside, syntax)
    const start = match.index + match[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0) {
      position = text.length
      break
    }
    const dictionary = new Set<string>()
    for (const name of outside.slice(outside.lastIndexOf('obj')).matchAll(NAME))
      dictionary.add(unescapeName(name[1] ?? ''))
    if (dictionary.has('ObjStm')) {
      try {
        if (!dictionary.has('FlateDecode')) throw new Error('filter not undone')
        const inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: budget })
        budget -= inflated.byteLength
        const content = inflated.toString('latin1')
        collect(content, syntax)
        unpack(
          content,
          Number(/\/First\s+(\d+)/.exec(outside.slice(outside.lastIndexOf('obj')))?.[1]),
          syntax.packed,
        )
      } catch {
        unreadable = true
      }
    }
    position = end + 'endstream'.length
    STREAM.lastIndex = position
  }
  collect(text.slice(position), syntax)
  if (!unreadable) return { ok: true, syntax }
  // Object streams of an encrypted PDF cannot be inflated as they are; either way they stay unchecked.
  return {
    ok: false,
    refusal: syntax.names.has('Encrypt')
      ? { code: 'encrypted', what: 'PDF' }
      : {
          code: 'corrupt',
          what: 'PDF',
          flaw: 'pdf-object-stream-unreadable',
        },
  }
}

export function checkPdf(bytes: Uint8Array): Refusal | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = buffer.toString('latin1')
  const scanned = scan(text, buffer)
  if (!scanned.ok) return scanned.refusal
  const { names, openActions, packed } = scanned.syntax
  const active = ACTIVE.filter((name) => names.has(name)).map((name) => `/${name}`)
  if (openActions.some((value) => !opensAtPage(value, text, packed))) active.unshift('/OpenAction')
  if (active.length > 0) return { code: 'active-content', what: active.join(', ') }
  const embedded = EMBEDDED.find((name) => names.has(name))
  if (embedded) return { code: 'embedded-file', what: `/${embedded}` }

  const foreign = foreignFormat(bytes)
  if (foreign) return { code: 'polyglot', what: 'PDF', foreign }
  if (!/\d+\s+\d+\s+obj\b/.test(text) || !(/\bxref\b/.test(text) || names.has('XRef')))
    return {
      code: 'truncated',
      what: 'PDF',
      flaw: 'pdf-no-objects',
    }
  if (!text.slice(-1024).includes('%%EOF'))
    return {
      code: 'truncated',
      what: 'PDF',
      flaw: 'pdf-no-eof',
    }
  return null
}
