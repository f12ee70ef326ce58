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
 * Layout: magic, header length, JSON header (ASCII), the previews as UTF-8, CRC-32, magic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import type { Contact, Direction } from '../../../../shared/model/mailbox'
import { LOG_DIR } from './change-log'
import { syncDir, toJson } from './durable-file'
import { MailboxIndex, previewOf } from './mailbox-index'
import type { ThreadEntry } from './mailbox-index'
import type { Manifest, MetaData } from './schema'
import { isMetaData } from './schema'
import { isSealed, writeSealed } from './sealed-file'

export const SUMMARY_FILE = 'thread-summaries.bin'
const MAGIC = 0x31535443 // "CTS1"
const VERSION = 1

/** One array per field, a thread per position (in activity order): a few big arrays parse fastest. */
interface Columns {
  ids: string[]
  subjects: string[]
  /** Index in `contacts`. */
  contacts: number[]
  orders: (string | null)[]
  folders: (string | null)[]
  /** Null for none (most threads). */
  labels: (string[] | null)[]
  bits: number[]
  created: string[]
  dismissed: (string | null)[]
  last: string[]
  lastMs: number[]
  waiting: (string | null)[]
  unread: number[]
  messages: number[]
  /** End of each thread's preview in the UTF-8 section. */
  previewEnds: number[]
}

interface Header {
  version: number
  generation: number
  partitionCount: number
  schemaVersion: number
  log: LogFile[]
  meta: MetaData
  contacts: [string, string, string, boolean][]
  threads: Columns
}

type LogFile = [name: string, size: number, mtimeMs: number]

const ARCHIVED = 1
const TRASHED = 2
const NO_RESPONSE = 4
const ATTACHMENTS = 8
const INBOUND = 16
const OUTBOUND = 32
const REPORTED = 64
const LAST_OUT = 128
const COUNTED_IN = 256
const COUNTED_OUT = 512

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

function bitsOf(entry: ThreadEntry): number {
  const { record } = entry
  return (
    (record.archived ? ARCHIVED : 0) |
    (record.trashed ? TRASHED : 0) |
    (record.noResponseNeeded ? NO_RESPONSE : 0) |
    (entry.hasAttachments ? ATTACHMENTS : 0) |
    (entry.hasInbound ? INBOUND : 0) |
    (entry.hasOutbound ? OUTBOUND : 0) |
    (entry.reportedMessageIds.size > 0 ? REPORTED : 0) |
    (entry.lastDirection === 'out' ? LAST_OUT : 0) |
    (entry.lastCountedDirection === 'in' ? COUNTED_IN : 0) |
    (entry.lastCountedDirection === 'out' ? COUNTED_OUT : 0)
  )
}

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
  const contactAt = new Map<string, number>()
  const contacts: Header['contacts'] = []
  const contactRef = (contact: Contact): number => {
    let at = contactAt.get(contact.id)
    if (at === undefined) {
      at = contacts.length
      contactAt.set(contact.id, at)
      contacts.push([contact.id, contact.displayName, contact.relayAddress, contact.blocked])
    }
    return at
  }
  const columns: Columns = {
    ids: [],
    subjects: [],
    contacts: [],
    orders: [],
    folders: [],
    labels: [],
    bits: [],
    created: [],
    dismissed: [],
    last: [],
    lastMs: [],
    waiting: [],
    unread: [],
    messages: [],
    previewEnds: [],
  }
  const previews: string[] = []
  let previewBytes = 0
  for (const entry of index.ordered) {
    const { record } = entry
    columns.ids.push(record.id)
    columns.subjects.push(record.subject)
    columns.contacts.push(contactRef(entry.contact))
    columns.orders.push(record.orderNumber)
    columns.folders.push(record.folderId)
    columns.labels.push(record.labelIds.length > 0 ? record.labelIds : null)
    columns.bits.push(bitsOf(entry))
    columns.created.push(record.createdAt)
    columns.dismissed.push(record.dismissedThrough ?? null)
    columns.last.push(entry.lastMessageAt)
    columns.lastMs.push(entry.lastMs)
    columns.waiting.push(entry.waitingSince)
    columns.unread.push(entry.unreadCount)
    // A shelved thread keeps its count and preview (body-cache.ts): no body is read back to close.
    const { shelved } = entry
    columns.messages.push(shelved ? shelved.messageCount : entry.messages.length)
    const last = shelved ? undefined : entry.messages.at(-1)
    const preview = shelved ? shelved.preview : last ? previewOf(last.body) : ''
    previews.push(preview)
    previewBytes += Buffer.byteLength(preview, 'utf8')
    columns.previewEnds.push(previewBytes)
  }
  const header: Header = {
    version: VERSION,
    generation: manifest.generation,
    partitionCount: manifest.partitionCount,
    schemaVersion: manifest.schemaVersion,
    log: logFiles(storeDir),
    meta,
    contacts,
    threads: columns,
  }
  const json = toJson(header)
  const file = Buffer.alloc(8 + json.length + previewBytes + 8)
  file.writeUInt32LE(MAGIC, 0)
  file.writeUInt32LE(json.length, 4)
  json.copy(file, 8)
  file.write(previews.join(''), 8 + json.length, 'utf8')
  await writeSealed(summaryPath(storeDir), file, MAGIC)
}

export interface EarlyView {
  meta: MetaData
  index: MailboxIndex
}

/**
 * The summaries as an index whose entries carry no messages (`early` holds what they stand for), or
 * null when there are none or they cannot be trusted for this manifest and log.
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

/** The preview section of a summaries file, read a thread at a time (only shown rows need theirs). */
class Previews {
  constructor(
    private readonly file: Buffer,
    private readonly start: number,
    private readonly ends: number[],
  ) {}

  at(row: number): string {
    return this.file.toString('utf8', this.start + (this.ends[row - 1] ?? 0), this.start + this.ends[row]!)
  }
}

/** What an early entry's summary reads in place of its messages (a class: no closure per thread). */
class EarlySummary {
  constructor(
    readonly messageCount: number,
    readonly reported: boolean,
    private readonly previews: Previews,
    private readonly row: number,
  ) {}

  preview(): string {
    return this.previews.at(this.row)
  }
}

/** Early entries are never edited (commands wait for the bodies): they may share these. */
const NO_LABELS: string[] = []
const NO_REPORTS = new Set<string>()

function parse(storeDir: string, manifest: Manifest, file: Buffer): EarlyView | null {
  if (!isSealed(file, MAGIC)) return null
  const end = file.length - 8
  const jsonLength = file.readUInt32LE(4)
  const header = JSON.parse(file.toString('latin1', 8, 8 + jsonLength)) as Header
  const columns = header.threads
  const fresh =
    header.version === VERSION &&
    header.generation === manifest.generation &&
    header.partitionCount === manifest.partitionCount &&
    header.schemaVersion === manifest.schemaVersion &&
    JSON.stringify(header.log) === JSON.stringify(logFiles(storeDir)) &&
    isMetaData(header.meta) &&
    columns.ids.length === columns.previewEnds.length &&
    (columns.previewEnds.at(-1) ?? 0) === end - 8 - jsonLength
  if (!fresh) return null
  const previews = new Previews(file, 8 + jsonLength, columns.previewEnds)
  const contacts = header.contacts.map(([id, displayName, relayAddress, blocked]): Contact => ({
    id,
    displayName,
    relayAddress,
    blocked,
  }))
  const index = new MailboxIndex()
  for (let row = 0; row < columns.ids.length; row++) {
    const entry = entryAt(columns, row, contacts, previews)
    index.threads.set(entry.record.id, entry)
  }
  // Written in activity order: the order is the table's as it stands.
  index.resort(null, true)
  return { meta: header.meta, index }
}

function entryAt(columns: Columns, row: number, contacts: Contact[], previews: Previews): ThreadEntry {
  const bits = columns.bits[row]!
  const contact = contacts[columns.contacts[row]!]!
  const counted: Direction | null = bits & COUNTED_IN ? 'in' : bits & COUNTED_OUT ? 'out' : null
  return {
    record: {
      id: columns.ids[row]!,
      subject: columns.subjects[row]!,
      contactId: contact.id,
      orderNumber: columns.orders[row]!,
      folderId: columns.folders[row]!,
      labelIds: columns.labels[row] ?? NO_LABELS,
      archived: (bits & ARCHIVED) !== 0,
      trashed: (bits & TRASHED) !== 0,
      noResponseNeeded: (bits & NO_RESPONSE) !== 0,
      createdAt: columns.created[row]!,
      dismissedThrough: columns.dismissed[row]!,
    },
    contact,
    messages: [],
    lastMs: columns.lastMs[row]!,
    lastMessageAt: columns.last[row]!,
    lastDirection: bits & LAST_OUT ? 'out' : 'in',
    lastCountedDirection: counted,
    waitingSince: columns.waiting[row]!,
    unreadCount: columns.unread[row]!,
    hasAttachments: (bits & ATTACHMENTS) !== 0,
    hasInbound: (bits & INBOUND) !== 0,
    hasOutbound: (bits & OUTBOUND) !== 0,
    orderDigits: '',
    reportedMessageIds: NO_REPORTS,
    early: new EarlySummary(columns.messages[row]!, (bits & REPORTED) !== 0, previews, row),
  }
}
