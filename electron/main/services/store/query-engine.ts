/**
 * Thread queries and sidebar counts over the in-memory index's thread table (thread-table.ts).
 * Filters combine with AND; results are sorted by last activity (then id) and paged with an opaque
 * cursor naming the last row returned, so paging stays correct while threads move. Keywords and order
 * numbers go through the full-text index (search-index.ts) first.
 */
import type { Folder } from '../../../../shared/model/mailbox'
import { SYSTEM_VIEWS } from '../../../../shared/model/query'
import type {
  CountPair,
  SystemView,
  ThreadPage,
  ThreadQuery,
  ViewCounts,
} from '../../../../shared/model/query'
import { ComptoirError } from '../../../../shared/ipc/result'
import { reasonError } from '../../../../shared/ipc/error-details'
import { ancestorsById } from './folder-tree'
import type { MailboxIndex } from './mailbox-index'
import { compileFilter, pageInOrder, scanRows } from './row-filter'
import type { RowFilter } from './row-filter'
import type { ThreadTable } from './thread-table'
import { runTimeLeftQuery } from './time-left-query'

export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 500

interface Cursor {
  ms: number
  id: string
}

export function encodeCursor(table: ThreadTable, row: number): string {
  return Buffer.from(JSON.stringify([table.lastMs[row], table.idOf(row)])).toString('base64url')
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [ms, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown]
    if (typeof ms === 'number' && typeof id === 'string') return { ms, id }
  } catch {
    // reported below
  }
  throw reasonError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page.', {
    reason: 'page-cursor-invalid',
  })
}

/** True when the row sorts strictly after the cursor's row. */
function isAfter(table: ThreadTable, row: number, cursor: Cursor): boolean {
  const ms = table.lastMs[row]!
  return ms < cursor.ms || (ms === cursor.ms && table.idOf(row) < cursor.id)
}

export function runQuery(index: MailboxIndex, folders: Folder[], query: ThreadQuery): ThreadPage {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ComptoirError('BAD_REQUEST', `Page size must be an integer from 1 to ${MAX_PAGE_SIZE}.`)
  }
  const table = index.table
  if (query.sort === 'time-left') {
    const filter = compileFilter(table, folders, query)
    return runTimeLeftQuery(index, filter, query.cursor, limit)
  }
  const cursor = query.cursor ? decodeCursor(query.cursor) : null
  const filter = compileFilter(table, folders, query)
  const { total, page, more } = listPage(table, filter, cursor, limit)
  const last = page.at(-1)
  return {
    threads: page.map((row) => index.summaryAt(row)),
    nextCursor: more && last !== undefined ? encodeCursor(table, last) : null,
    total,
  }
}

/**
 * Up to `sortAtMost` matching rows are sorted directly; more are met in the activity order, page by
 * page (the property tests vary it so that both ways are checked on small mailboxes).
 */
export const listTuning = { sortAtMost: 256 }

/**
 * One page of the rows the filter accepts, in list order after the cursor, and their exact total.
 * The total comes from one pass over the columns in memory order (`scanRows`); the page from the
 * activity order, entered at the cursor by binary search and left as soon as the page is full, so a
 * list costs the pass plus a page, not a walk of every thread in activity order (~1 ms at 100,000
 * threads, in which a collector's step or a busy core made the tail). When few rows match (a rare
 * word, an order number), they are sorted themselves instead of being searched for in the order.
 */
function listPage(
  table: ThreadTable,
  filter: RowFilter,
  cursor: Cursor | null,
  limit: number,
): { total: number; page: number[]; more: boolean } {
  const { total, rows } = scanRows(table, filter, listTuning.sortAtMost)
  if (total === 0) return { total, page: [], more: false }
  if (rows !== null) {
    rows.sort((a, b) => compareRows(table, a, b))
    const start = cursor ? firstAfter(rows.length, (i) => isAfter(table, rows[i]!, cursor)) : 0
    return { total, page: rows.slice(start, start + limit), more: rows.length > start + limit }
  }
  const { order, orderLength } = table
  const start = cursor ? firstAfter(orderLength, (at) => isAfter(table, order[at]!, cursor)) : 0
  return { total, ...pageInOrder(table, filter, start, limit) }
}

/** List order of two rows: latest activity first, then greater id first (as `compareEntries`). */
function compareRows(table: ThreadTable, a: number, b: number): number {
  const msA = table.lastMs[a]!
  const msB = table.lastMs[b]!
  if (msA !== msB) return msB - msA
  const idA = table.idOf(a)
  const idB = table.idOf(b)
  return idA < idB ? 1 : idA > idB ? -1 : 0
}

/** The first of `length` positions in list order whose row is after the cursor (they all follow it). */
function firstAfter(length: number, after: (at: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (after(mid)) high = mid
    else low = mid + 1
  }
  return low
}

const emptyPair = (): CountPair => ({ total: 0, unread: 0 })

/**
 * Sidebar counts, kept by the table as threads change. A folder's count is what `query({ folderId })`
 * returns (subfolders included, trashed and blocked threads left out); a label's is what
 * `query({ labelId })` returns. The view rules are those of `inView` (shared/model/thread-match).
 */
export function countViews(index: MailboxIndex, folders: Folder[], labelIds: string[]): ViewCounts {
  const { table } = index
  const copy = (pair: CountPair | undefined): CountPair => ({
    total: pair?.total ?? 0,
    unread: pair?.unread ?? 0,
  })
  const views = Object.fromEntries(SYSTEM_VIEWS.map((v) => [v, copy(table.views[v])])) as Record<
    SystemView,
    CountPair
  >
  const folderCounts: Record<string, CountPair> = Object.fromEntries(folders.map((f) => [f.id, emptyPair()]))
  const chains = ancestorsById(folders)
  for (const [folderId, pair] of table.folderDirect) {
    for (const id of chains.get(folderId) ?? []) {
      folderCounts[id]!.total += pair.total
      folderCounts[id]!.unread += pair.unread
    }
  }
  const labelCounts = Object.fromEntries(labelIds.map((id) => [id, copy(table.labelCounts.get(id))]))
  return { views, folders: folderCounts, labels: labelCounts }
}
