/**
 * A thread query compiled to tests on the thread table's columns (thread-table.ts): view and flags as
 * bit masks, folders as a lookup array, keywords and order number as the set of rows the full-text
 * index finds. Every rule is that of `inView` (shared/model/thread-match) and the query's documentation.
 */
import type { Folder } from '../../../../shared/model/mailbox'
import type { SystemView, ThreadQuery } from '../../../../shared/model/query'
import { reasonError } from '../../../../shared/ipc/error-details'
import { subtreeIds } from './folder-tree'
import { digitsOf, keywordWords } from './text-match'
import {
  ALIVE,
  ARCHIVED,
  BLOCKED,
  FILED,
  HAS_IN,
  HAS_OUT,
  LABEL_OVERFLOW,
  NEEDS_REPLY,
  TRASHED,
  UNREAD,
} from './thread-table'
import type { ThreadTable } from './thread-table'

/** Each view as flag bits that must be set (`on`) and bits that must be clear (`off`): `inView` in columns. */
const VIEW_BITS: Record<SystemView | 'none', { on: number; off: number }> = {
  inbox: { on: 0, off: ARCHIVED | TRASHED | BLOCKED | FILED },
  'needs-reply': { on: NEEDS_REPLY, off: TRASHED | BLOCKED },
  sent: { on: HAS_OUT, off: TRASHED },
  archive: { on: ARCHIVED, off: TRASHED },
  trash: { on: TRASHED, off: 0 },
  blocked: { on: BLOCKED, off: TRASHED },
  none: { on: 0, off: TRASHED | BLOCKED },
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

function parseBound(value: string, field: 'from' | 'to'): number {
  const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : value)
  if (Number.isNaN(ms)) {
    throw reasonError('BAD_REQUEST', `"${field}" is not a valid date: ${value}`, {
      reason: 'date-invalid',
      value,
    })
  }
  // A bare date as upper bound means the whole day.
  return field === 'to' && DATE_ONLY.test(value) ? ms + DAY_MS - 1 : ms
}

/** A query compiled to tests on the table's columns; `rowMatches` applies them all. */
export interface RowFilter {
  /** Flag bits tested: `(flags & mask) === value`. */
  mask: number
  value: number
  /** Nothing can match (contradictory flags, an empty order number). */
  empty: boolean
  folders: Uint8Array | null
  labelId: string | null
  /** The label's bit in `labelBits` (0: no label wanted, or one beyond the bits: `hasLabel` is asked). */
  labelBit: number
  from: number
  to: number
  /** Rows the keywords and order number allow, or null when neither was given. */
  hits: Uint8Array | null
}

export function compileFilter(table: ThreadTable, folders: Folder[], query: ThreadQuery): RowFilter {
  const view = VIEW_BITS[query.view ?? 'none']
  const filter: RowFilter = {
    mask: view.on | view.off | ALIVE,
    value: view.on | ALIVE,
    empty: false,
    folders: null,
    labelId: query.labelId ?? null,
    labelBit: 0,
    from: -Infinity,
    to: Infinity,
    hits: null,
  }
  const flag = (wanted: boolean | undefined, bit: number) => {
    if (wanted === undefined) return
    const value = wanted ? bit : 0
    if (filter.mask & bit && (filter.value & bit) !== value) filter.empty = true
    filter.mask |= bit
    filter.value |= value
  }
  if (query.folderId !== undefined) {
    filter.folders = table.folderSet(
      query.includeSubfolders === false ? [query.folderId] : subtreeIds(folders, query.folderId),
    )
  }
  if (filter.labelId !== null) {
    const code = table.labelCodes.get(filter.labelId)
    // A label no thread ever carried matches nothing.
    if (code === undefined) filter.empty = true
    else if (code < LABEL_OVERFLOW) filter.labelBit = 1 << code
  }
  flag(query.unread, UNREAD)
  flag(query.needsReply, NEEDS_REPLY)
  flag(query.sent, HAS_OUT)
  flag(query.received, HAS_IN)
  flag(query.archived, ARCHIVED)
  if (query.from !== undefined) filter.from = parseBound(query.from, 'from')
  if (query.to !== undefined) filter.to = parseBound(query.to, 'to')
  if (query.order !== undefined && query.order.trim() !== '') {
    const digits = digitsOf(query.order)
    if (digits === '') filter.empty = true
    else filter.hits = intersect(filter, table, (rows) => table.search.markOrder(digits, rows))
  }
  // Keywords look at the subject, the counterpart, the order number and every message body.
  if (query.keywords) {
    for (const word of keywordWords(query.keywords)) {
      if (filter.empty) break
      filter.hits = intersect(filter, table, (rows) => table.search.markWord(word, rows))
    }
  }
  return filter
}

/**
 * The rows `mark` flags, and-ed with the rows allowed so far. A word found nowhere leaves no row: the
 * filter is then empty and the query answers without looking at the rows at all.
 */
function intersect(filter: RowFilter, table: ThreadTable, mark: (rows: Uint8Array) => number): Uint8Array {
  const rows = new Uint8Array(table.rowCount)
  let count = mark(rows)
  const allowed = filter.hits
  if (allowed !== null && count > 0) {
    count = 0
    for (let row = 0; row < rows.length; row++) {
      rows[row]! &= allowed[row]!
      count += rows[row]!
    }
  }
  if (count === 0) filter.empty = true
  return rows
}

export function rowMatches(table: ThreadTable, filter: RowFilter, row: number): boolean {
  if ((table.flags[row]! & filter.mask) !== filter.value) return false
  if (filter.hits !== null && filter.hits[row] !== 1) return false
  if (filter.folders !== null) {
    const code = table.folder[row]!
    if (code < 0 || filter.folders[code] !== 1) return false
  }
  const ms = table.lastMs[row]!
  if (ms < filter.from || ms > filter.to) return false
  if (filter.labelId === null) return true
  return filter.labelBit !== 0
    ? (table.labelBits[row]! & filter.labelBit) !== 0
    : table.hasLabel(row, filter.labelId)
}

/**
 * How many rows the filter accepts, and which ones when there are at most `keep` (else null), in row
 * order. One pass over the typed columns in memory order gives the exact total of a list without
 * walking the activity order. The tests are combined without branches: which rows match is random,
 * so a branch per row mispredicts about every other row and makes the pass three times slower.
 */
export function scanRows(
  table: ThreadTable,
  filter: RowFilter,
  keep: number,
): { total: number; rows: number[] | null } {
  if (filter.empty) return { total: 0, rows: [] }
  const { flags, folder, labelBits } = table
  const { mask, value, hits, folders, labelBit } = filter
  const labelShift = 31 - Math.clz32(labelBit)
  // Date bounds and labels beyond the bits are rare: rows that pass the rest go through `rowMatches`.
  const slow =
    filter.from !== -Infinity || filter.to !== Infinity || (filter.labelId !== null && labelBit === 0)
  const kept = new Int32Array(keep + 1)
  const count = table.rowCount
  let total = 0
  for (let row = 0; row < count; row++) {
    // 1 when the flags are as wanted: x - 1 is negative only for x = 0.
    let ok = (((flags[row]! & mask) ^ value) - 1) >>> 31
    if (hits !== null) ok &= hits[row]!
    if (labelBit !== 0) ok &= labelBits[row]! >>> labelShift
    if (folders !== null) {
      const code = folder[row]!
      ok &= code >= 0 ? folders[code]! : 0
    }
    if (slow && ok === 1 && !rowMatches(table, filter, row)) ok = 0
    // Written at every row, kept only when it matched (the next row overwrites it otherwise).
    if (total <= keep) kept[total] = row
    total += ok
  }
  return { total, rows: total <= keep ? Array.from(kept.subarray(0, total)) : null }
}

/** The first `limit` rows the filter accepts in activity order from position `start`, and whether more follow. */
export function pageInOrder(
  table: ThreadTable,
  filter: RowFilter,
  start: number,
  limit: number,
): { page: number[]; more: boolean } {
  const { order, orderLength } = table
  const page: number[] = []
  for (let at = start; at < orderLength; at++) {
    const row = order[at]!
    if (!rowMatches(table, filter, row)) continue
    if (page.length === limit) return { page, more: true }
    page.push(row)
  }
  return { page, more: false }
}
