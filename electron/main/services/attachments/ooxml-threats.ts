/**
 * What a valid Word package may not carry, looked for in every part that can hold it (not only by
 * name): relationships that fetch from outside (a remote template, an external OLE object — the
 * Follina pattern — or an ms-msdt:/mhtml:/file: target), embedded OLE objects, packaged files,
 * ActiveX and altChunk (HTML/MHT imported as is), a VBA project by content type, relationship or bytes
 * (an OLE part holding `_VBA_PROJECT` or module source, whatever it is called), and DDE/DDEAUTO fields
 * (fldSimple and instrText, even split across runs).
 */
import type { Entry, ZipFile } from 'yauzl'
import type { Refusal } from './reasons'
import { vbaInCompoundFile } from './ole'
import { read as readCompoundFile } from 'cfb'

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
const SAFE_LINK = /^(?:https?|mailto):/i
const DANGEROUS_TARGET = /^\s*(?:mhtml|ms-[\w-]+|file|search-ms|javascript|vbscript):|^\s*\\\\/i
const EMBEDDING_RELS = new Set([
  'oleobject',
  'package',
  'afchunk',
  'control',
  'activexcontrol',
  'activexcontrolbinary',
])
const MACRO_RELS = new Set(['vbaproject', 'wordvbadata', 'vbaprojectsignature', 'keymapcustomizations'])
const MACRO_TYPES = /vbaproject|vbadata|macroenabled|keymapcustomizations/
const EMBEDDING_TYPES = /oleobject|activex|\.package$/
/** Parts read in full for DDE fields and relationships; bigger is not a document worth trusting. */
const MAX_XML_BYTES = 32 * 1024 * 1024
const MAX_OLE_BYTES = 10 * 1024 * 1024

export interface PackageView {
  zip: ZipFile
  entries: Map<string, Entry>
  typeOf(part: string): string
  read(entry: Entry, limit: number): Promise<Buffer>
  attributes(xml: string, tag: string): Array<Record<string, string>>
}

async function firstBytes(view: PackageView, entry: Entry): Promise<Buffer> {
  const stream = await view.zip.openReadStreamPromise(entry)
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    stream.destroy()
    return chunk
  }
  return Buffer.alloc(0)
}

function inspectRelationships(view: PackageView, xml: string): Refusal | null {
  for (const relation of view.attributes(xml, 'Relationship')) {
    const type = (relation.Type ?? '').replace(/^.*\//, '').toLowerCase()
    const target = relation.Target ?? ''
    const external = (relation.TargetMode ?? '').toLowerCase() === 'external'
    if (DANGEROUS_TARGET.test(target))
      return { code: 'remote-content', what: `${type} → ${target.replace(/:.*$/s, ':')}` }
    if (external && !(type === 'hyperlink' && SAFE_LINK.test(target)))
      return { code: 'remote-content', what: `${type} (TargetMode="External")` }
    if (MACRO_RELS.has(type)) return { code: 'macro-enabled', what: type }
    if (EMBEDDING_RELS.has(type))
      return { code: 'embedded-object', what: type === 'afchunk' ? 'altChunk' : type }
  }
  return null
}

async function inspectBytes(view: PackageView, name: string, entry: Entry): Promise<Refusal | null> {
  if (name.endsWith('.xml') || name.endsWith('.rels') || entry.uncompressedSize < 8) return null
  const head = await firstBytes(view, entry)
  if (head.subarray(0, 8).equals(OLE_MAGIC)) {
    if (entry.uncompressedSize > MAX_OLE_BYTES) return { code: 'embedded-object', what: 'OLE' }
    const bytes = await view.read(entry, MAX_OLE_BYTES)
    try {
      if (vbaInCompoundFile(readCompoundFile(bytes, { type: 'buffer' })))
        return { code: 'macro-enabled', what: name }
    } catch {
      // An OLE part that does not parse is still an embedded object.
    }
    return { code: 'embedded-object', what: `OLE (${name})` }
  }
  if (head[0] === 0x4d && head[1] === 0x5a) return { code: 'embedded-object', what: `MZ (${name})` }
  return null
}

const DDE = /^\s*DDE(?:AUTO)?\b/i

function inspectFields(view: PackageView, xml: string): Refusal | null {
  if (/<(?:[\w.-]+:)?altChunk\b/.test(xml)) return { code: 'embedded-object', what: 'altChunk' }
  for (const simple of view.attributes(xml, 'fldSimple')) {
    const instr = simple.instr ?? ''
    if (DDE.test(instr)) return { code: 'dde-field', what: instr.trim().split(/\s+/)[0] ?? 'DDE' }
  }
  // A complex field's code may be split over runs: join the instrText of each field, in order.
  const codes = xml
    .split(/<(?:[\w.-]+:)?fldChar\b[^>]*fldCharType\s*=\s*["']begin["']/)
    .slice(1)
    .map((field) =>
      [...field.matchAll(/<(?:[\w.-]+:)?instrText\b[^>]*>([^<]*)</g)].map((match) => match[1] ?? '').join(''),
    )
  for (const code of codes)
    if (DDE.test(code)) return { code: 'dde-field', what: code.trim().split(/\s+/)[0] ?? 'DDE' }
  return null
}

export async function inspectWordThreats(view: PackageView): Promise<Refusal | null> {
  for (const [name, entry] of view.entries) {
    const type = view.typeOf(name)
    if (MACRO_TYPES.test(type)) return { code: 'macro-enabled', what: name }
    if (EMBEDDING_TYPES.test(type) || /^word\/(?:embeddings|activex)\//.test(name))
      return { code: 'embedded-object', what: name }
    if (name.endsWith('.rels')) {
      const refusal = inspectRelationships(view, (await view.read(entry, MAX_XML_BYTES)).toString('utf8'))
      if (refusal) return refusal
    }
    const bytes = await inspectBytes(view, name, entry)
    if (bytes) return bytes
  }
  for (const [name, entry] of view.entries) {
    // Every XML part: the main document may live anywhere its relationship says, headers and
    // footnotes beside it. Package metadata cannot hold fields.
    if (!name.endsWith('.xml') || name === '[content_types].xml' || name.startsWith('docprops/')) continue
    const refusal = inspectFields(view, (await view.read(entry, MAX_XML_BYTES)).toString('utf8'))
    if (refusal) return refusal
  }
  return null
}
