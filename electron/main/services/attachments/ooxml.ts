/**
 * docx: a zip whose package (read from the central directory, as Word reads it, never from the local
 * headers a polyglot can fake) names a main document of the Word content type. Only the central
 * directory, `[Content_Types].xml` and `_rels/.rels` are read.
 */
import { Readable } from 'node:stream'
import yauzl from 'yauzl'
import type { Entry, ZipFile } from 'yauzl'
import { inspectWordThreats } from './ooxml-threats'
import type { Refusal } from './reasons'
import type { ByteSource } from './source'

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
const WORD_TEMPLATE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml'
const WORD_MACRO = [
  'application/vnd.ms-word.document.macroenabled.main+xml',
  'application/vnd.ms-word.template.macroenabledtemplate.main+xml',
]
const VBA_PROJECT = 'application/vnd.ms-office.vbaproject'
const OFFICE_DOCUMENT_RELS = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  'http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument',
]
/** The package parts read to decide are small; anything bigger is not a package worth trusting. */
const MAX_PART_BYTES = 1024 * 1024
const MAX_ENTRIES = 20_000
const READ_PIECE = 64 * 1024

/** yauzl's random access over our counted source, so a docx check reads only what it needs. */
class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: ByteSource) {
    super()
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const source = this.source
    return Readable.from(
      (async function* () {
        // In pieces, so a reader that only wants a part's first bytes stops after one piece.
        for (let position = start; position < end; position += READ_PIECE) {
          const bytes = await source.read(position, Math.min(READ_PIECE, end - position))
          yield Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
        }
      })(),
      { objectMode: false },
    )
  }
}

class NotAPackage extends Error {}

async function readPart(zip: ZipFile, entry: Entry): Promise<string> {
  return new TextDecoder('utf-8').decode(await readBytes(zip, entry, MAX_PART_BYTES))
}

async function readBytes(zip: ZipFile, entry: Entry, limit: number): Promise<Buffer> {
  if (entry.uncompressedSize > limit || entry.isEncrypted()) throw new NotAPackage()
  const stream = await zip.openReadStreamPromise(entry)
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    total += chunk.byteLength
    if (total > limit) {
      stream.destroy()
      throw new NotAPackage()
    }
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

/** The attributes of every `<tag …>` element (namespace prefixes ignored), for these tiny, flat parts. */
function elements(xml: string, tag: string): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = []
  for (const match of xml.matchAll(new RegExp(`<(?:[\\w.-]+:)?${tag}\\b([^>]*)>`, 'g'))) {
    const attributes: Record<string, string> = {}
    for (const attr of (match[1] ?? '').matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      const value = (attr[2] ?? attr[3] ?? '').replace(
        /&(amp|lt|gt|quot|apos);/g,
        (_, e: string) => ENTITIES[e] ?? '',
      )
      attributes[(attr[1] ?? '').replace(/^.*:/, '')] = value
    }
    found.push(attributes)
  }
  return found
}

/** OPC part names compare case-insensitively; the zip entry of part `/word/document.xml` is `word/document.xml`. */
function partKey(name: string): string {
  return name.replace(/^\/+/, '').toLowerCase()
}

function resolveTarget(target: string): string {
  const segments: string[] = []
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop()
    else if (segment !== '.' && segment !== '') segments.push(segment)
  }
  return segments.join('/').toLowerCase()
}

function officeKind(contentType: string): string | null {
  if (/spreadsheetml|ms-excel/.test(contentType)) return 'Excel (xlsx)'
  if (/presentationml|ms-powerpoint/.test(contentType)) return 'PowerPoint (pptx)'
  if (/visio/.test(contentType)) return 'Visio (vsdx)'
  return null
}

/**
 * What the zip in `source` is. `archiveLabel` is file-type's guess from the first bytes (zip, jar,
 * odt, epub…), used only to word a refusal when the zip is not an Office package.
 */
export async function inspectZip(source: ByteSource, archiveLabel: string): Promise<Refusal | null> {
  let zip: ZipFile
  try {
    zip = await yauzl.fromRandomAccessReaderPromise(new SourceReader(source), source.size, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    })
  } catch {
    return {
      code: 'corrupt',
      what: 'ZIP',
      flaw: 'zip-directory-unreadable',
    }
  }
  try {
    return await inspectPackage(zip, archiveLabel)
  } catch (error) {
    if (error instanceof NotAPackage) return notWordPackage(archiveLabel)
    return {
      code: 'corrupt',
      what: 'ZIP',
      flaw: 'zip-damaged',
    }
  } finally {
    zip.close()
  }
}

function notWordPackage(archiveLabel: string): Refusal {
  if (['jar', 'apk', 'xpi', 'crx'].includes(archiveLabel))
    return { code: 'executable', what: archiveLabel.toUpperCase() }
  if (archiveLabel === 'zip') return { code: 'archive', what: 'ZIP' }
  if (/^(?:doc|dot|xl|pp|po|vs)[a-z]{1,2}$/.test(archiveLabel)) {
    // The first local headers looked like Office, the central directory does not hold a valid package.
    return {
      code: 'corrupt',
      what: 'Office',
      flaw: 'office-package-invalid',
    }
  }
  return { code: 'type-not-allowed', what: archiveLabel.toUpperCase() }
}

async function inspectPackage(zip: ZipFile, archiveLabel: string): Promise<Refusal | null> {
  const names = new Set<string>()
  const entries = new Map<string, Entry>()
  let contentTypesEntry: Entry | null = null
  let relsEntry: Entry | null = null
  let count = 0
  for await (const entry of zip.eachEntry()) {
    if (++count > MAX_ENTRIES) throw new NotAPackage()
    const key = partKey(entry.fileName)
    names.add(key)
    entries.set(key, entry)
    if (key === '[content_types].xml') contentTypesEntry = entry
    else if (key === '_rels/.rels') relsEntry = entry
  }
  if (!contentTypesEntry || !relsEntry) return notWordPackage(archiveLabel)

  const contentTypes = await readPart(zip, contentTypesEntry)
  const overrides = new Map<string, string>()
  for (const o of elements(contentTypes, 'Override')) {
    if (o.PartName && o.ContentType) overrides.set(partKey(o.PartName), o.ContentType.toLowerCase())
  }
  const defaults = new Map<string, string>()
  for (const d of elements(contentTypes, 'Default')) {
    if (d.Extension && d.ContentType) defaults.set(d.Extension.toLowerCase(), d.ContentType.toLowerCase())
  }
  const typeOf = (part: string): string =>
    overrides.get(part) ?? defaults.get(part.slice(part.lastIndexOf('.') + 1)) ?? ''

  const rels = await readPart(zip, relsEntry)
  const main = elements(rels, 'Relationship').find(
    (r) => r.Type !== undefined && OFFICE_DOCUMENT_RELS.includes(r.Type) && r.TargetMode !== 'External',
  )
  if (!main?.Target) return notWordPackage(archiveLabel)
  const mainPart = resolveTarget(main.Target)
  const mainType = typeOf(mainPart)

  const hasVba =
    [...overrides.values(), ...defaults.values()].includes(VBA_PROJECT) ||
    [...names].some((name) => name.endsWith('vbaproject.bin'))
  if (WORD_MACRO.includes(mainType)) return { code: 'macro-enabled', what: 'docm' }
  if (mainType === WORD_TEMPLATE) return { code: 'type-not-allowed', what: { worded: 'word-template' } }
  if (mainType !== WORD_MAIN) {
    const kind = officeKind(mainType)
    return kind === null ? notWordPackage(archiveLabel) : { code: 'not-word', what: kind }
  }
  if (!names.has(mainPart)) {
    return {
      code: 'corrupt',
      what: 'docx',
      flaw: 'docx-main-part-missing',
    }
  }
  if (hasVba) return { code: 'macro-enabled', what: 'vbaProject' }
  return inspectWordThreats({
    zip,
    entries,
    typeOf,
    read: (entry, limit) => readBytes(zip, entry, limit),
    attributes: elements,
  })
}
