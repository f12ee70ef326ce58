/**
 * The body of `thread-summaries.bin`: the thread table's typed columns as they are, a few more columns
 * a row shows (unread and message counts, its counterpart, some bits), and per thread one small JSON
 * text with its strings. `encodeColumns` turns a fully loaded index into these sections;
 * `SummaryColumns` reads them back as views on the file, making a string or an object only for the
 * rows asked for (a page shown), never one per thread at open.
 */
import type { Contact, Direction, ThreadSummary } from '../../../../shared/model/mailbox'
import type { CountPair, SystemView } from '../../../../shared/model/query'
import type { EarlyThreads, MailboxIndex, ThreadEntry } from './mailbox-index'
import { previewOf } from './mailbox-index'
import { ARCHIVED, BLOCKED, NEEDS_REPLY, TRASHED } from './thread-table'
import type { TableColumns } from './thread-table'

/** What the header says of the sections (JSON): sizes, codes, counts, and where each section lies. */
export interface ColumnInfo {
  rows: number
  contacts: number
  folderIds: string[]
  labelIds: string[]
  views: Record<SystemView, CountPair>
  folderDirect: [string, CountPair][]
  labelCounts: [string, CountPair][]
  /** Section name → [byte offset in the file, byte length]. */
  sections: Record<string, [number, number]>
}

// A row's bits beyond the table's flags (what a summary shows, or an entry would need).
const ATTACHMENTS = 1
const LAST_OUT = 2
const REPORTED = 4
const NO_RESPONSE = 8
const COUNTED_IN = 16
const COUNTED_OUT = 32

/** A row's strings, in this order (one JSON array per row). */
type RowText = [
  id: string,
  subject: string,
  orderNumber: string | null,
  createdAt: string,
  dismissedThrough: string | null,
  lastMessageAt: string,
  waitingSince: string | null,
  labelIds: string[],
  preview: string,
]
type ContactText = [id: string, displayName: string, relayAddress: string, blocked: boolean]

function bitsOf(entry: ThreadEntry): number {
  return (
    (entry.hasAttachments ? ATTACHMENTS : 0) |
    (entry.lastDirection === 'out' ? LAST_OUT : 0) |
    (entry.reportedMessageIds.size > 0 ? REPORTED : 0) |
    (entry.record.noResponseNeeded ? NO_RESPONSE : 0) |
    (entry.lastCountedDirection === 'in' ? COUNTED_IN : 0) |
    (entry.lastCountedDirection === 'out' ? COUNTED_OUT : 0)
  )
}

// The bytes of JSON's structure (ASCII).
const QUOTE = 0x22
const BACKSLASH = 0x5c
const COMMA = 0x2c
const OPEN_ARRAY = 0x5b
const CLOSE_ARRAY = 0x5d
const OPEN_OBJECT = 0x7b
const CLOSE_OBJECT = 0x7d

/**
 * JSON texts (one per row or contact) as one UTF-8 buffer `text0,text1,…` and the byte end of each.
 * One `JSON.stringify` of them all and a byte scan for the top-level commas: at a million messages,
 * 200,000 small stringify calls cost the close about a second more. Scanning bytes is safe: UTF-8's
 * multi-byte sequences hold no ASCII byte, and inside a JSON string `"` and `\` only come escaped.
 */
function textSection(texts: readonly (RowText | ContactText)[]): { text: Buffer; ends: Uint32Array } {
  const all = Buffer.from(JSON.stringify(texts), 'utf8')
  const text = all.subarray(1, all.length - 1) // without the enclosing brackets
  const ends = new Uint32Array(texts.length)
  let found = 0
  let depth = 0
  let inString = false
  for (let at = 0; at < text.length; at++) {
    const byte = text[at]!
    if (inString) {
      if (byte === BACKSLASH) at++
      else if (byte === QUOTE) inString = false
    } else if (byte === QUOTE) inString = true
    else if (byte === OPEN_ARRAY || byte === OPEN_OBJECT) depth++
    else if (byte === CLOSE_ARRAY || byte === CLOSE_OBJECT) depth--
    else if (byte === COMMA && depth === 0) ends[found++] = at
  }
  if (texts.length > 0) ends[found++] = text.length
  if (found !== texts.length) throw new Error('summary texts could not be delimited')
  return { text, ends }
}

const bytesOf = (array: ArrayBufferView) => Buffer.from(array.buffer, array.byteOffset, array.byteLength)

/** The sections of a fully loaded index (bodies read or shelved), in the order they are laid out. */
export function encodeColumns(index: MailboxIndex): {
  info: Omit<ColumnInfo, 'sections'>
  sections: [string, Buffer][]
} {
  const { table } = index
  const columns = table.columns()
  const rows = columns.rows.length
  const unread = new Int32Array(rows)
  const messages = new Int32Array(rows)
  const contactOf = new Int32Array(rows)
  const bits = new Uint8Array(rows)
  const rowTexts: RowText[] = []
  const contactAt = new Map<string, number>()
  const contacts: ContactText[] = []
  for (let i = 0; i < rows; i++) {
    const entry = table.entries[columns.rows[i]!]!
    const { record, contact } = entry
    let at = contactAt.get(contact.id)
    if (at === undefined) {
      at = contacts.length
      contactAt.set(contact.id, at)
      contacts.push([contact.id, contact.displayName, contact.relayAddress, contact.blocked])
    }
    unread[i] = entry.unreadCount
    // A shelved thread keeps its count and preview (body-cache.ts): no body is read back to close.
    const { shelved } = entry
    messages[i] = shelved ? shelved.messageCount : entry.messages.length
    contactOf[i] = at
    bits[i] = bitsOf(entry)
    const last = shelved ? undefined : entry.messages.at(-1)
    rowTexts.push([
      record.id,
      record.subject,
      record.orderNumber,
      record.createdAt,
      record.dismissedThrough ?? null,
      entry.lastMessageAt,
      entry.waitingSince,
      record.labelIds,
      shelved ? shelved.preview : last ? previewOf(last.body) : '',
    ])
  }
  const rowSection = textSection(rowTexts)
  const contactSection = textSection(contacts)
  const { folderIds, labelIds, views, folderDirect, labelCounts } = columns
  return {
    info: { rows, contacts: contacts.length, folderIds, labelIds, views, folderDirect, labelCounts },
    sections: [
      ['lastMs', bytesOf(columns.lastMs)],
      ['waitMs', bytesOf(columns.waitMs)],
      ['folder', bytesOf(columns.folder)],
      ['labelBits', bytesOf(columns.labelBits)],
      ['unread', bytesOf(unread)],
      ['messages', bytesOf(messages)],
      ['contact', bytesOf(contactOf)],
      ['rowEnds', bytesOf(rowSection.ends)],
      ['contactEnds', bytesOf(contactSection.ends)],
      ['flags', bytesOf(columns.flags)],
      ['bits', bytesOf(bits)],
      ['rowText', rowSection.text],
      ['contactText', contactSection.text],
    ],
  }
}

type Column =
  | Uint8Array<ArrayBuffer>
  | Uint16Array<ArrayBuffer>
  | Int32Array<ArrayBuffer>
  | Uint32Array<ArrayBuffer>
  | Float64Array<ArrayBuffer>
interface ColumnType<T extends Column> {
  new (buffer: ArrayBuffer, offset: number, length: number): T
  new (length: number): T
  BYTES_PER_ELEMENT: number
}

/** The summaries read back: the table's columns, and a row's strings and objects when asked. */
export class SummaryColumns implements EarlyThreads {
  readonly count: number
  readonly table: TableColumns
  private readonly unread: Int32Array
  private readonly messages: Int32Array
  private readonly contactOf: Int32Array
  private readonly bits: Uint8Array
  private readonly rowEnds: Uint32Array
  private readonly contactEnds: Uint32Array
  private rows: Map<string, number> | null = null
  private lastText: { row: number; text: RowText } | null = null

  constructor(
    private readonly file: Buffer,
    private readonly info: ColumnInfo,
  ) {
    this.count = info.rows
    const { rows, contacts } = info
    this.unread = this.column('unread', Int32Array, rows)
    this.messages = this.column('messages', Int32Array, rows)
    this.contactOf = this.column('contact', Int32Array, rows)
    this.bits = this.column('bits', Uint8Array, rows)
    this.rowEnds = this.column('rowEnds', Uint32Array, rows)
    this.contactEnds = this.column('contactEnds', Uint32Array, contacts)
    this.table = {
      flags: this.column('flags', Uint16Array, rows),
      lastMs: this.column('lastMs', Float64Array, rows),
      waitMs: this.column('waitMs', Float64Array, rows),
      folder: this.column('folder', Int32Array, rows),
      labelBits: this.column('labelBits', Uint32Array, rows),
      folderIds: info.folderIds,
      labelIds: info.labelIds,
      views: info.views,
      folderDirect: info.folderDirect,
      labelCounts: info.labelCounts,
    }
  }

  /** A view on the file where it is aligned for the type (always, as written), else one copy. */
  private column<T extends Column>(name: string, type: ColumnType<T>, length: number): T {
    const [offset, bytes] = this.info.sections[name] ?? [0, -1]
    if (bytes !== length * type.BYTES_PER_ELEMENT || offset + bytes > this.file.length)
      throw new Error(`summary section ${name} does not fit`)
    const at = this.file.byteOffset + offset
    // A file read whole is a buffer of its own (never a shared one).
    if (at % type.BYTES_PER_ELEMENT === 0) return new type(this.file.buffer as ArrayBuffer, at, length)
    const copy = new type(length)
    Buffer.from(copy.buffer).set(this.file.subarray(offset, offset + bytes))
    return copy
  }

  private text<T>(section: string, ends: Uint32Array, i: number): T {
    const [offset] = this.info.sections[section]!
    const start = offset + (i > 0 ? ends[i - 1]! + 1 : 0) // texts are separated by a comma
    return JSON.parse(this.file.toString('utf8', start, offset + ends[i]!)) as T
  }

  private rowText(row: number): RowText {
    if (this.lastText?.row !== row) this.lastText = { row, text: this.text('rowText', this.rowEnds, row) }
    return this.lastText.text
  }

  idOf(row: number): string {
    return this.rowText(row)[0]
  }

  labelsOf(row: number): readonly string[] {
    return this.rowText(row)[7]
  }

  /** The row of a thread, by a map made the first time it is asked (a change event's few ids). */
  rowOf(id: string): number | undefined {
    if (!this.rows) {
      this.rows = new Map()
      for (let row = 0; row < this.count; row++) this.rows.set(this.idOf(row), row)
    }
    return this.rows.get(id)
  }

  summary(row: number): ThreadSummary {
    const [id, subject, orderNumber, , , lastMessageAt, waitingSince, labelIds, preview] = this.rowText(row)
    const [contactId, displayName, relayAddress, blocked] = this.text<ContactText>(
      'contactText',
      this.contactEnds,
      this.contactOf[row]!,
    )
    const flags = this.table.flags[row]!
    const bits = this.bits[row]!
    const lastDirection: Direction = bits & LAST_OUT ? 'out' : 'in'
    const contact: Contact = { id: contactId, displayName, relayAddress, blocked }
    const folder = this.table.folder[row]!
    return {
      id,
      subject,
      contact,
      orderNumber,
      lastMessageAt,
      lastDirection,
      waitingSince,
      preview,
      messageCount: this.messages[row]!,
      unreadCount: this.unread[row]!,
      hasAttachments: (bits & ATTACHMENTS) !== 0,
      folderId: folder < 0 ? null : this.table.folderIds[folder]!,
      labelIds: [...labelIds],
      archived: (flags & ARCHIVED) !== 0,
      trashed: (flags & TRASHED) !== 0,
      blocked: (flags & BLOCKED) !== 0,
      noResponseNeeded: (bits & NO_RESPONSE) !== 0,
      needsReply: (flags & NEEDS_REPLY) !== 0,
      reported: (bits & REPORTED) !== 0,
    }
  }
}
