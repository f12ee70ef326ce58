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
import { compileFilter, rowMatches } from './row-filter'
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
  const page: number[] = []
  let total = 0
  let more = false
  // Rows come in list order, so once one is after the cursor all the following ones are too.
  let passed = cursor === null
  if (!filter.empty) {
    const { order, orderLength } = table
    for (let i = 0; i < orderLength; i++) {
      const row = order[i]!
      if (!rowMatches(table, filter, row)) continue
      total++
      if (!passed && !(passed = isAfter(table, row, cursor!))) continue
      if (page.length < limit) page.push(row)
      else more = true
    }
  }
  const last = page.at(-1)
  return {
    threads: page.map((row) => index.summaryAt(row)),
    nextCursor: more && last !== undefined ? encodeCursor(table, last) : null,
    total,
  }
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
