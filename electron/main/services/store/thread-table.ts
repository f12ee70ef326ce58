/**
 * The query side of the in-memory index: one row per thread, its filterable state in typed columns,
 * the rows in activity order, the sidebar counts kept up to date, and the full-text index.
 *
 * Why columns: a list or a count over 100,000 threads that reads each thread's objects (record,
 * contact, messages) chases pointers all over a 1 GB heap: ~80 ms at a million messages. The same walk
 * over a few contiguous arrays takes about a millisecond, and counts kept per change cost nothing.
 *
 * The table follows the thread entries: `sync(entry)` after any change of a thread (the store calls it
 * for every thread a command touched), `drop(id)` when a thread goes, `rebuild` after a reload.
 */
import type { CountPair, SystemView } from '../../../../shared/model/query'
import { SYSTEM_VIEWS } from '../../../../shared/model/query'
import { needsReply, timeOf } from './mailbox-index'
import type { ThreadEntry } from './mailbox-index'
import { SearchIndex } from './search-index'
import type { SavedSearchIndex } from './search-index'
import { digitsOf } from './text-match'

export const ALIVE = 1
export const ARCHIVED = 2
export const TRASHED = 4
export const BLOCKED = 8
export const FILED = 16
export const NEEDS_REPLY = 32
export const HAS_OUT = 64
export const HAS_IN = 128
export const UNREAD = 256

/** Label codes 0–30 are bits of `labelBits`; bit 31 says "and some label beyond": read the record. */
export const LABEL_OVERFLOW = 31
export const NOBODY_WAITING = Number.MAX_SAFE_INTEGER

const emptyPair = (): CountPair => ({ total: 0, unread: 0 })

/** The table's full-text side as saved: which document holds each thread's text, and what it was built from. */
/**
 * The rows of a table read back from the thread summaries (thread-summaries.ts), whose entries are not
 * made: what the table itself needs of a row beyond its columns, read from the file when asked.
 */
export interface EarlyRows {
  readonly count: number
  idOf(row: number): string
  /** The row's label ids (only asked for a label coded past the label bits). */
  labelsOf(row: number): readonly string[]
}

/** The table's columns as the thread summaries hold them, rows numbered in activity order. */
export interface TableColumns {
  flags: Uint16Array<ArrayBuffer>
  lastMs: Float64Array<ArrayBuffer>
  waitMs: Float64Array<ArrayBuffer>
  folder: Int32Array<ArrayBuffer>
  labelBits: Uint32Array<ArrayBuffer>
  /** Folder ids by code, label ids by code. */
  folderIds: string[]
  labelIds: string[]
  views: Record<SystemView, CountPair>
  folderDirect: [string, CountPair][]
  labelCounts: [string, CountPair][]
}

export interface SavedThreadTable {
  ids: string[]
  docs: Int32Array
  messages: Int32Array
  headers: Int32Array
  search: SavedSearchIndex
}

/** FNV-1a, 32 bits: tells a changed subject, counterpart or order number from an unchanged one. */
function hashText(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash | 0
}

export class ThreadTable {
  readonly rowOf = new Map<string, number>()
  entries: (ThreadEntry | null)[] = []
  flags = new Uint16Array(0)
  lastMs = new Float64Array(0)
  /** When the reply clock started (ms), or NOBODY_WAITING. */
  waitMs = new Float64Array(0)
  /** Folder code (see folderCode), or -1 for no folder. */
  folder = new Int32Array(0)
  labelBits = new Uint32Array(0)
  private doc = new Int32Array(0)
  /**
   * What the text document of each row was built from, to tell when it must be rebuilt: the message
   * count and a hash of the rest (bodies are never edited: a thread's text changes only by growing).
   */
  private textMessages = new Int32Array(0)
  private textHeader = new Int32Array(0)
  private rowLabels: (readonly string[])[] = []
  /** Rows, latest activity first (ties: greater id first), as `compareEntries`. */
  order = new Int32Array(0)
  orderLength = 0
  readonly folderCodes = new Map<string, number>()
  private readonly folderIds: string[] = []
  readonly labelCodes = new Map<string, number>()
  search = new SearchIndex()
  private building = false
  /** Set on a table read from the thread summaries: its rows have no entries (never synced). */
  early: EarlyRows | null = null
  readonly views = Object.fromEntries(SYSTEM_VIEWS.map((v) => [v, emptyPair()])) as Record<
    SystemView,
    CountPair
  >
  /** Threads filed directly in each folder (subfolders are added up when counts are read). */
  readonly folderDirect = new Map<string, CountPair>()
  readonly labelCounts = new Map<string, CountPair>()

  get rowCount(): number {
    return this.early ? this.early.count : this.entries.length
  }

  /**
   * A table from the columns saved in the thread summaries, as they are: no entry, no row object, no
   * count added up, so it answers lists and counts right after the file is read. It answers no keyword
   * (its bodies are not read) and is never synced: the full table replaces it once the bodies are read.
   */
  static fromColumns(columns: TableColumns, rows: EarlyRows): ThreadTable {
    const table = new ThreadTable()
    table.early = rows
    table.flags = columns.flags
    table.lastMs = columns.lastMs
    table.waitMs = columns.waitMs
    table.folder = columns.folder
    table.labelBits = columns.labelBits
    table.order = new Int32Array(rows.count)
    for (let row = 0; row < rows.count; row++) table.order[row] = row
    table.orderLength = rows.count
    columns.folderIds.forEach((id) => table.folderCode(id))
    columns.labelIds.forEach((id) => table.labelCode(id))
    Object.assign(table.views, columns.views)
    for (const [id, pair] of columns.folderDirect) table.folderDirect.set(id, pair)
    for (const [id, pair] of columns.labelCounts) table.labelCounts.set(id, pair)
    return table
  }

  /** What `fromColumns` reads back, rows renumbered in activity order (dropped rows left out). */
  columns(): TableColumns & { rows: Int32Array } {
    const rows = this.order.slice(0, this.orderLength)
    const pick = <T extends Uint16Array | Float64Array | Int32Array | Uint32Array>(column: T): T => {
      const picked = new (column.constructor as new (n: number) => T)(rows.length)
      for (let i = 0; i < rows.length; i++) picked[i] = column[rows[i]!]!
      return picked
    }
    return {
      rows,
      flags: pick(this.flags),
      lastMs: pick(this.lastMs),
      waitMs: pick(this.waitMs),
      folder: pick(this.folder),
      labelBits: pick(this.labelBits),
      folderIds: [...this.folderIds],
      labelIds: [...this.labelCodes.keys()],
      views: structuredClone(this.views),
      folderDirect: [...this.folderDirect].filter(([, pair]) => pair.total > 0),
      labelCounts: [...this.labelCounts].filter(([, pair]) => pair.total > 0),
    }
  }

  /**
   * Starts over from threads already sorted in activity order. With a saved table (read back from
   * disk), every thread whose text is what its saved document was built from keeps that document;
   * only the others are indexed from their bodies.
   */
  rebuild(ordered: readonly ThreadEntry[], saved: SavedThreadTable | null = null): void {
    const fresh = new ThreadTable()
    fresh.reserve(ordered.length)
    if (saved) fresh.search = SearchIndex.load(saved.search)
    const savedAt = saved ? new Map(saved.ids.map((id, i) => [id, i])) : null
    // Saved documents not claimed yet look retired: no compaction before every thread had its turn.
    fresh.building = true
    for (const entry of ordered) {
      const at = savedAt?.get(entry.record.id)
      const reuse =
        at === undefined || !saved
          ? null
          : { doc: saved.docs[at]!, messages: saved.messages[at]!, header: saved.headers[at]! }
      const row = fresh.addRow(entry, reuse)
      fresh.order[fresh.orderLength++] = row
    }
    fresh.building = false
    if (fresh.search.isWasteful()) fresh.compactText()
    Object.assign(this, fresh)
  }

  /** What `rebuild` needs to skip indexing unchanged threads (search-index-file.ts writes it). */
  save(): SavedThreadTable {
    const ids: string[] = []
    const docs: number[] = []
    const messages: number[] = []
    const headers: number[] = []
    for (let row = 0; row < this.entries.length; row++) {
      const entry = this.entries[row]
      if (!entry || this.doc[row]! < 0) continue
      ids.push(entry.record.id)
      docs.push(this.doc[row]!)
      messages.push(this.textMessages[row]!)
      headers.push(this.textHeader[row]!)
    }
    return {
      ids,
      docs: Int32Array.from(docs),
      messages: Int32Array.from(messages),
      headers: Int32Array.from(headers),
      search: this.search.save(),
    }
  }

  /** Brings the thread's row in line with its entry (adding the row for a new thread). */
  sync(entry: ThreadEntry): void {
    const row = this.rowOf.get(entry.record.id)
    if (row === undefined) {
      this.insertOrdered(this.addRow(entry))
      return
    }
    this.count(row, -1)
    const ms = entry.lastMs
    const moved = ms !== this.lastMs[row]
    if (moved) this.removeOrdered(row)
    this.entries[row] = entry
    this.fill(row, entry)
    if (moved) this.insertOrdered(row)
    this.count(row, 1)
    this.indexText(row, entry)
  }

  /** The thread is gone (deleted for good, or no longer in memory). */
  drop(id: string): void {
    const row = this.rowOf.get(id)
    if (row === undefined) return
    this.count(row, -1)
    this.removeOrdered(row)
    this.search.retire(this.doc[row]!)
    this.rowOf.delete(id)
    this.entries[row] = null
    this.flags[row] = 0
    this.rowLabels[row] = []
    this.doc[row] = -1
    if (this.search.isWasteful()) this.compactText()
  }

  /** Whether row `row` carries label `labelId`. */
  hasLabel(row: number, labelId: string): boolean {
    const code = this.labelCodes.get(labelId)
    if (code === undefined) return false
    const bits = this.labelBits[row]!
    if (code < LABEL_OVERFLOW) return (bits & (1 << code)) !== 0
    if ((bits & (1 << LABEL_OVERFLOW)) === 0) return false
    return (this.early ? this.early.labelsOf(row) : this.rowLabels[row]!).includes(labelId)
  }

  /** The codes of these folder ids, as a lookup array for the query loop. */
  folderSet(ids: Iterable<string>): Uint8Array {
    const set = new Uint8Array(this.folderIds.length)
    for (const id of ids) {
      const code = this.folderCodes.get(id)
      if (code !== undefined) set[code] = 1
    }
    return set
  }

  idOf(row: number): string {
    return this.early ? this.early.idOf(row) : this.entries[row]!.record.id
  }

  private reserve(rows: number): void {
    const capacity = Math.max(16, rows)
    if (capacity <= this.flags.length) return
    const size = Math.max(capacity, this.flags.length * 2)
    this.flags = resize(this.flags, size)
    this.lastMs = resize(this.lastMs, size)
    this.waitMs = resize(this.waitMs, size)
    this.folder = resize(this.folder, size)
    this.labelBits = resize(this.labelBits, size)
    this.doc = resize(this.doc, size)
    this.textMessages = resize(this.textMessages, size)
    this.textHeader = resize(this.textHeader, size)
    this.order = resize(this.order, size)
  }

  private addRow(
    entry: ThreadEntry,
    reuse: { doc: number; messages: number; header: number } | null = null,
  ): number {
    const row = this.entries.length
    this.reserve(row + 1)
    this.entries.push(entry)
    this.rowOf.set(entry.record.id, row)
    this.rowLabels.push([])
    this.doc[row] = -1
    if (reuse && this.search.isFree(reuse.doc)) {
      this.search.claim(reuse.doc, row)
      this.doc[row] = reuse.doc
      this.textMessages[row] = reuse.messages
      this.textHeader[row] = reuse.header
    }
    this.fill(row, entry)
    this.count(row, 1)
    this.indexText(row, entry)
    return row
  }

  private fill(row: number, entry: ThreadEntry): void {
    const { record } = entry
    const reply = needsReply(entry)
    this.flags[row] =
      ALIVE |
      (record.archived ? ARCHIVED : 0) |
      (record.trashed ? TRASHED : 0) |
      (entry.contact.blocked ? BLOCKED : 0) |
      (record.folderId !== null ? FILED : 0) |
      (reply ? NEEDS_REPLY : 0) |
      (entry.hasOutbound ? HAS_OUT : 0) |
      (entry.hasInbound ? HAS_IN : 0) |
      (entry.unreadCount > 0 ? UNREAD : 0)
    this.lastMs[row] = entry.lastMs
    this.waitMs[row] = reply && entry.waitingSince !== null ? timeOf(entry.waitingSince) : NOBODY_WAITING
    this.folder[row] = record.folderId === null ? -1 : this.folderCode(record.folderId)
    let bits = 0
    for (const id of record.labelIds) {
      const code = this.labelCode(id)
      bits |= 1 << Math.min(code, LABEL_OVERFLOW)
    }
    this.labelBits[row] = bits
    this.rowLabels[row] = [...record.labelIds]
  }

  /** Adds (sign 1) or removes (sign -1) the row from the counts, by the rules of `countViews`. */
  private count(row: number, sign: 1 | -1): void {
    const flags = this.flags[row]!
    const unread = (flags & UNREAD) !== 0 ? sign : 0
    const bump = (pair: CountPair) => {
      pair.total += sign
      pair.unread += unread
    }
    if (flags & TRASHED) return bump(this.views.trash)
    if (flags & HAS_OUT) bump(this.views.sent)
    if (flags & ARCHIVED) bump(this.views.archive)
    if (flags & BLOCKED) return bump(this.views.blocked)
    if (!(flags & (ARCHIVED | FILED))) bump(this.views.inbox)
    if (flags & NEEDS_REPLY) bump(this.views['needs-reply'])
    const code = this.folder[row]!
    if (code >= 0) bump(pairIn(this.folderDirect, this.folderIds[code]!))
    for (const id of this.rowLabels[row]!) bump(pairIn(this.labelCounts, id))
  }

  /** (Re)indexes the row's text when what it is built from changed. */
  private indexText(row: number, entry: ThreadEntry): void {
    const { record, contact } = entry
    // A shelved thread's count is kept beside it: its bodies are read back only to index it again.
    const count = entry.shelved ? entry.shelved.messageCount : entry.messages.length
    const header = hashText(
      `${record.subject}\n${contact.displayName}\n${contact.relayAddress}\n${record.orderNumber ?? ''}`,
    )
    const current = this.doc[row]!
    if (current >= 0 && this.textMessages[row] === count && this.textHeader[row] === header) return
    if (current >= 0) this.search.retire(current)
    this.textMessages[row] = count
    this.textHeader[row] = header
    const digits = record.orderNumber ? digitsOf(record.orderNumber) : ''
    // What keyword search has always read: subject, counterpart, order number with and without its
    // dashes ("4051234567" finds "405-1234567-…" as the order field does), every body.
    const texts = [
      record.subject,
      contact.displayName,
      contact.relayAddress,
      record.orderNumber ?? '',
      digits,
    ]
    for (const message of entry.messages) texts.push(message.body)
    this.doc[row] = this.search.addDocument(row, texts, digits)
    if (!this.building && this.search.isWasteful()) this.compactText()
  }

  /**
   * Drops the postings of retired documents: the live ones are copied out and read back (what a
   * save and an open do), not cut again from the bodies — ~0.1 s at a million messages, not seconds.
   */
  private compactText(): void {
    const search = SearchIndex.load(this.search.save())
    for (let row = 0; row < this.entries.length; row++) {
      if (this.entries[row] && this.doc[row]! >= 0) search.claim(this.doc[row]!, row)
    }
    search.changedSinceLoad = true
    this.search = search
  }

  private folderCode(id: string): number {
    let code = this.folderCodes.get(id)
    if (code === undefined) {
      code = this.folderIds.length
      this.folderCodes.set(id, code)
      this.folderIds.push(id)
    }
    return code
  }

  private labelCode(id: string): number {
    let code = this.labelCodes.get(id)
    if (code === undefined) {
      code = this.labelCodes.size
      this.labelCodes.set(id, code)
    }
    return code
  }

  /** Compares row `row` with the key (ms, id) in list order: negative when the row comes first. */
  private compare(row: number, ms: number, id: string): number {
    const rowMs = this.lastMs[row]!
    if (rowMs !== ms) return ms - rowMs
    const rowId = this.idOf(row)
    return rowId < id ? 1 : rowId > id ? -1 : 0
  }

  private positionOf(ms: number, id: string): number {
    let low = 0
    let high = this.orderLength
    while (low < high) {
      const mid = (low + high) >>> 1
      if (this.compare(this.order[mid]!, ms, id) < 0) low = mid + 1
      else high = mid
    }
    return low
  }

  private insertOrdered(row: number): void {
    this.reserve(this.orderLength + 1)
    const at = this.positionOf(this.lastMs[row]!, this.idOf(row))
    this.order.copyWithin(at + 1, at, this.orderLength)
    this.order[at] = row
    this.orderLength++
  }

  /** Removes the row from the order, found by the key it was filed under (its columns, not its entry). */
  private removeOrdered(row: number): void {
    const at = this.positionOf(this.lastMs[row]!, this.idOf(row))
    if (this.order[at] !== row) return
    this.order.copyWithin(at, at + 1, this.orderLength)
    this.orderLength--
  }
}

function pairIn(map: Map<string, CountPair>, id: string): CountPair {
  let pair = map.get(id)
  if (!pair) {
    pair = emptyPair()
    map.set(id, pair)
  }
  return pair
}

function resize<T extends Uint16Array | Float64Array | Int32Array | Uint32Array>(array: T, size: number): T {
  const grown = new (array.constructor as new (n: number) => T)(size)
  grown.set(array)
  return grown
}
