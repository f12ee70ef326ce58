/**
 * The full-text index on disk (`search-index.bin` in the store folder), so that opening a mailbox does
 * not read and cut every body again. It is derived data, never the truth: written at close (temp file,
 * fsync, rename), read at open and checked (magic, size, CRC-32); a missing, damaged or foreign file is
 * simply ignored and the index rebuilt from the bodies. A file older than the mailbox is fine too: the
 * thread table reindexes every thread whose text differs from what its saved document was built from.
 *
 * Layout: magic, header length, JSON header (keys and thread ids as joined strings, section sizes),
 * padding to 4 bytes, the int32 sections, CRC-32 of all that, magic again.
 */
import { readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { isSealed, writeSealed } from './sealed-file'
import type { SavedThreadTable } from './thread-table'

export const SEARCH_INDEX_FILE = 'search-index.bin'
const MAGIC = 0x31585343 // "CSX1"
const VERSION = 1

interface Header {
  version: number
  docCount: number
  ids: string
  keys: { plain: string; odd: string; orders: string }
  sections: number[]
}

const sectionsOf = (saved: SavedThreadTable): Int32Array[] => [
  saved.search.docPostings,
  saved.search.plain.starts,
  saved.search.plain.docs,
  saved.search.odd.starts,
  saved.search.odd.docs,
  saved.search.orders.starts,
  saved.search.orders.docs,
  saved.docs,
  saved.messages,
  saved.headers,
]

export const searchIndexPath = (storeDir: string) => path.join(storeDir, SEARCH_INDEX_FILE)

export async function writeSearchIndex(storeDir: string, saved: SavedThreadTable): Promise<void> {
  const sections = sectionsOf(saved)
  const header: Header = {
    version: VERSION,
    docCount: saved.search.docCount,
    ids: saved.ids.join('\n'),
    keys: {
      plain: saved.search.plain.joined,
      odd: saved.search.odd.joined,
      orders: saved.search.orders.joined,
    },
    sections: sections.map((s) => s.length),
  }
  const json = Buffer.from(JSON.stringify(header), 'utf8')
  const headerEnd = 8 + json.length
  const dataStart = Math.ceil(headerEnd / 4) * 4
  const dataBytes = sections.reduce((sum, s) => sum + s.byteLength, 0)
  const file = Buffer.alloc(dataStart + dataBytes + 8)
  file.writeUInt32LE(MAGIC, 0)
  file.writeUInt32LE(json.length, 4)
  json.copy(file, 8)
  let offset = dataStart
  for (const section of sections) {
    file.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), offset)
    offset += section.byteLength
  }
  await writeSealed(searchIndexPath(storeDir), file, MAGIC)
}

/** The saved index, or null when there is none or it cannot be trusted (then the caller rebuilds). */
export async function readSearchIndex(storeDir: string): Promise<SavedThreadTable | null> {
  if (os.endianness() !== 'LE') return null
  let file: Buffer
  try {
    file = await readFile(searchIndexPath(storeDir))
  } catch {
    return null
  }
  try {
    return parse(file)
  } catch {
    // Damaged or from another version: it is only a cache of what the bodies say.
    await rm(searchIndexPath(storeDir), { force: true }).catch(() => undefined)
    return null
  }
}

function parse(file: Buffer): SavedThreadTable | null {
  if (!isSealed(file, MAGIC)) throw new Error('not a whole search index')
  const end = file.length - 8
  const jsonLength = file.readUInt32LE(4)
  const header = JSON.parse(file.toString('utf8', 8, 8 + jsonLength)) as Header
  if (header.version !== VERSION) throw new Error('version')
  const dataStart = Math.ceil((8 + jsonLength) / 4) * 4
  // Int32Array views need 4-byte alignment: copy only when the buffer does not give it.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file)
  let offset = bytes.byteOffset + dataStart
  const sections = header.sections.map((length) => {
    const view = new Int32Array(bytes.buffer, offset, length)
    offset += length * 4
    return view
  })
  if (offset - bytes.byteOffset !== end) throw new Error('size')
  const [
    docPostings,
    plainStarts,
    plainDocs,
    oddStarts,
    oddDocs,
    orderStarts,
    orderDocs,
    docs,
    messages,
    headers,
  ] = sections as [Int32Array, ...Int32Array[]]
  const ids = header.ids === '' ? [] : header.ids.split('\n')
  if (ids.length !== docs!.length) throw new Error('thread count')
  return {
    ids,
    docs: docs!,
    messages: messages!,
    headers: headers!,
    search: {
      docCount: header.docCount,
      docPostings,
      plain: { joined: header.keys.plain, starts: plainStarts!, docs: plainDocs! },
      odd: { joined: header.keys.odd, starts: oddStarts!, docs: oddDocs! },
      orders: { joined: header.keys.orders, starts: orderStarts!, docs: orderDocs! },
    },
  }
}
