/**
 * Thread summaries on disk (`thread-summaries.bin` in the store folder): what the first Inbox page and
 * the sidebar need of every thread — its record, the fields derived from its messages, its contact,
 * the preview — so that an early open can answer them without parsing every body (at a million
 * messages the partitions take seconds to read; these summaries, a tenth of the bytes, take a fraction).
 *
 * Derived data, never the truth. Written at close, once every change is in the partitions or the log;
 * read at the next open only if nothing can have moved since: the manifest names the same generation
 * and the log's files are exactly those of the close (names, sizes, modification times). Every open
 * deletes the file (and syncs the folder) before any command can run, so a session that ends without
 * a close (a crash) leaves no summary behind that its changes or its compactions would make wrong.
 * Missing, damaged (magic, size, CRC-32) or stale, it is ignored: the store reads the partitions.
 *
 * What it holds is the thread table's typed columns as they are (flags, last activity, reply clock,
 * folder and label codes, the sidebar counts), rows in activity order, so an early open makes the table
 * from them with no copy (typed arrays are views on the file's bytes) and no object per thread; and, per
 * thread, the strings a row shows (subject, dates, preview, labels…) as one small JSON text, parsed only
 * for the rows a page shows (summary-columns.ts). At a million messages, turning every summary into an
 * entry and a table row at open took about a second of CPU; this takes about a tenth.
 *
 * Layout: magic, header length, JSON header (ASCII: the trust fields, the meta, the codes, the counts
 * and where each section lies), then the sections, each at an 8-aligned offset from the first 8-aligned
 * byte after the header (the columns, the texts' byte ends, the row and contact texts as UTF-8),
 * CRC-32, magic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { LOG_DIR } from './change-log'
import { syncDir, toJson } from './durable-file'
import { MailboxIndex } from './mailbox-index'
import type { Manifest, MetaData } from './schema'
import { isMetaData } from './schema'
import { isSealed, writeSealed } from './sealed-file'
import { SummaryColumns, encodeColumns } from './summary-columns'
import type { ColumnInfo } from './summary-columns'
import { ThreadTable } from './thread-table'

export const SUMMARY_FILE = 'thread-summaries.bin'
const MAGIC = 0x32535443 // "CTS2" (CTS1 held a JSON column per field: read as damaged, i.e. ignored)
const VERSION = 2

interface Header {
  version: number
  generation: number
  partitionCount: number
  schemaVersion: number
  log: LogFile[]
  meta: MetaData
  columns: ColumnInfo
}

type LogFile = [name: string, size: number, mtimeMs: number]

export const summaryPath = (storeDir: string) => path.join(storeDir, SUMMARY_FILE)

/** The log's files as they are now: an early open trusts the summaries only if they did not change. */
function logFiles(storeDir: string): LogFile[] {
  const dir = path.join(storeDir, LOG_DIR)
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch {
    return []
  }
  return names.map((name) => {
    const info = statSync(path.join(dir, name))
    return [name, info.size, info.mtimeMs]
  })
}

const align8 = (n: number) => (n + 7) & ~7

/**
 * Writes the summaries of a fully loaded index (at close, after the log is closed). Temp file, fsync,
 * rename: a crash leaves the old file or none, never half of one.
 */
export async function writeThreadSummaries(
  storeDir: string,
  manifest: Manifest,
  meta: MetaData,
  index: MailboxIndex,
): Promise<void> {
  const { info, sections } = encodeColumns(index)
  const header: Header = {
    version: VERSION,
    generation: manifest.generation,
    partitionCount: manifest.partitionCount,
    schemaVersion: manifest.schemaVersion,
    log: logFiles(storeDir),
    meta,
    columns: { ...info, sections: {} },
  }
  // Sections lie after the header, each 8-aligned (typed arrays are views on the file as it is read).
  let offset = 0
  for (const [name, bytes] of sections) {
    header.columns.sections[name] = [offset, bytes.length]
    offset = align8(offset + bytes.length)
  }
  const json = toJson(header)
  const body = align8(8 + json.length)
  const file = Buffer.alloc(body + offset + 8)
  file.writeUInt32LE(MAGIC, 0)
  file.writeUInt32LE(json.length, 4)
  json.copy(file, 8)
  for (const [name, bytes] of sections) bytes.copy(file, body + header.columns.sections[name]![0])
  await writeSealed(summaryPath(storeDir), file, MAGIC)
}

export interface EarlyView {
  meta: MetaData
  index: MailboxIndex
}

/**
 * The summaries as an index with the table's columns and no entry (`index.early` answers for the
 * rows), or null when there are none or they cannot be trusted for this manifest and log.
 */
export function readThreadSummaries(storeDir: string, manifest: Manifest): EarlyView | null {
  let file: Buffer
  try {
    file = readFileSync(summaryPath(storeDir))
  } catch {
    return null
  }
  try {
    return parse(storeDir, manifest, file)
  } catch {
    return null // damaged or from another version: derived data, the partitions say the same
  }
}

/** Every open removes the summaries before a command can change anything they describe. */
export async function dropThreadSummaries(storeDir: string): Promise<void> {
  try {
    statSync(summaryPath(storeDir))
  } catch {
    return
  }
  await rm(summaryPath(storeDir), { force: true })
  await syncDir(storeDir)
}

function parse(storeDir: string, manifest: Manifest, file: Buffer): EarlyView | null {
  if (!isSealed(file, MAGIC)) return null
  const jsonLength = file.readUInt32LE(4)
  const header = JSON.parse(file.toString('latin1', 8, 8 + jsonLength)) as Header
  const fresh =
    header.version === VERSION &&
    header.generation === manifest.generation &&
    header.partitionCount === manifest.partitionCount &&
    header.schemaVersion === manifest.schemaVersion &&
    JSON.stringify(header.log) === JSON.stringify(logFiles(storeDir)) &&
    isMetaData(header.meta)
  if (!fresh) return null
  // Sections are read where they lie, on the file's bytes (throws if one does not fit).
  const rows = new SummaryColumns(file.subarray(align8(8 + jsonLength), file.length - 8), header.columns)
  return { meta: header.meta, index: MailboxIndex.early(ThreadTable.fromColumns(rows.table, rows), rows) }
}
