/**
 * PDF: a document to read, nothing that acts. Refused: JavaScript and automatic actions (/JavaScript,
 * /JS, /OpenAction, /AA, /Launch), /RichMedia (Flash, video players), /XFA forms (scriptable), attached
 * files (/EmbeddedFile(s)), a file without a body (no object, no cross-reference, no %%EOF), and a PDF
 * that is also a zip, a program or an HTML page. Names are compared after undoing #-escapes
 * (/J#61vaScript is /JavaScript), and compressed object streams (/ObjStm, FlateDecode) are inflated,
 * within a budget, so nothing hides there. The whole file is read (≤ 10 MB).
 */
import { inflateSync } from 'node:zlib'
import { foreignFormat } from './polyglot'
import type { Refusal } from './reasons'

const ACTIVE = ['JavaScript', 'JS', 'OpenAction', 'AA', 'Launch', 'RichMedia', 'XFA']
const EMBEDDED = ['EmbeddedFile', 'EmbeddedFiles']
/** Inflated object streams may total at most this much (a zip bomb stops here, refused). */
const INFLATE_BUDGET = 32 * 1024 * 1024
const NAME = /\/([^\s/[\]()<>{}%]*)/g

/** Every name in `text`, #-escapes undone. */
function names(text: string): Set<string> {
  const found = new Set<string>()
  for (const match of text.matchAll(NAME)) {
    const raw = match[1] ?? ''
    found.add(
      raw.includes('#')
        ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
        : raw,
    )
  }
  return found
}

/** The inflated contents of the object streams, or null when they pass the budget or do not inflate. */
function objectStreams(text: string, bytes: Buffer): string[] | null {
  const found: string[] = []
  let budget = INFLATE_BUDGET
  for (const match of text.matchAll(/<<((?:[^<>]|<<(?:[^<>]|<<[^<>]*>>)*>>)*)>>\s*stream\r?\n/g)) {
    const dict = [...names(match[1] ?? '')]
    if (!dict.includes('ObjStm')) continue
    const start = (match.index ?? 0) + match[0].length
    const end = text.indexOf('endstream', start)
    if (end < 0) return null
    if (!dict.includes('FlateDecode')) return null // another filter we do not undo: not checkable
    try {
      const inflated = inflateSync(bytes.subarray(start, end), { maxOutputLength: budget })
      budget -= inflated.byteLength
      found.push(inflated.toString('latin1'))
    } catch {
      return null
    }
  }
  return found
}

export function checkPdf(bytes: Uint8Array): Refusal | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = buffer.toString('latin1')
  const streams = objectStreams(text, buffer)
  if (streams === null)
    return {
      code: 'corrupt',
      what: 'PDF',
      detail: { fr: 'flux d’objets illisible', en: 'unreadable object stream' },
    }
  const all = names(text)
  for (const inner of streams) for (const name of names(inner)) all.add(name)
  const active = ACTIVE.filter((name) => all.has(name))
  if (active.length > 0) return { code: 'active-content', what: active.map((name) => `/${name}`).join(', ') }
  const embedded = EMBEDDED.find((name) => all.has(name))
  if (embedded) return { code: 'embedded-file', what: `/${embedded}` }
  const foreign = foreignFormat(bytes)
  if (foreign) return { code: 'polyglot', what: { fr: `PDF et ${foreign.fr}`, en: `PDF and ${foreign.en}` } }
  if (!/\d+\s+\d+\s+obj\b/.test(text) || !(/\bxref\b/.test(text) || /\/XRef\b/.test(text)))
    return {
      code: 'truncated',
      what: 'PDF',
      detail: { fr: 'aucun objet ni table des références', en: 'no objects or cross-reference table' },
    }
  if (!text.slice(-1024).includes('%%EOF'))
    return {
      code: 'truncated',
      what: 'PDF',
      detail: { fr: 'pas de marqueur de fin %%EOF', en: 'no %%EOF end marker' },
    }

  return null
}
