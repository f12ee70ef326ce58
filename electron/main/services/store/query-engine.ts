/**
 * Thread queries and sidebar counts over the in-memory index. Filters combine with AND; results are
 * sorted by last activity (then id) and paged with an opaque cursor naming the last row returned, so
 * paging stays correct while threads move.
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
import { inView } from '../../../../shared/model/thread-match'
import { ancestorsById, subtreeIds } from './folder-tree'
import { haystackOf, needsReply } from './mailbox-index'
import type { MailboxIndex, ThreadEntry } from './mailbox-index'
import { digitsOf, keywordMatchers } from './text-match'
import { runTimeLeftQuery } from './time-left-query'

export const DEFAULT_PAGE_SIZE = 50
export const MAX_PAGE_SIZE = 500

type Predicate = (entry: ThreadEntry) => boolean

/** Membership of each system view (the shared rule). Without a view: everything neither trashed nor blocked. */
export function viewPredicate(view: SystemView | undefined): Predicate {
  return (e) =>
    inView(
      view,
      {
        archived: e.record.archived,
        trashed: e.record.trashed,
        blocked: e.contact.blocked,
        folderId: e.record.folderId,
        needsReply: needsReply(e),
      },
      e.hasOutbound,
    )
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
const DAY_MS = 86_400_000

function parseBound(value: string, field: 'from' | 'to'): number {
  const ms = Date.parse(DATE_ONLY.test(value) ? `${value}T00:00:00.000Z` : value)
  if (Number.isNaN(ms)) throw new ComptoirError('BAD_REQUEST', `"${field}" is not a valid date: ${value}`)
  // A bare date as upper bound means the whole day.
  return field === 'to' && DATE_ONLY.test(value) ? ms + DAY_MS - 1 : ms
}

function compile(folders: Folder[], query: ThreadQuery): Predicate[] {
  const tests: Predicate[] = [viewPredicate(query.view)]
  const flag = (wanted: boolean | undefined, read: Predicate) => {
    if (wanted !== undefined) tests.push((e) => read(e) === wanted)
  }
  if (query.folderId !== undefined) {
    const folderId = query.folderId
    if (query.includeSubfolders === false) {
      tests.push((e) => e.record.folderId === folderId)
    } else {
      const ids = subtreeIds(folders, folderId)
      tests.push((e) => e.record.folderId !== null && ids.has(e.record.folderId))
    }
  }
  if (query.labelId !== undefined) {
    const labelId = query.labelId
    tests.push((e) => e.record.labelIds.includes(labelId))
  }
  flag(query.unread, (e) => e.unreadCount > 0)
  flag(query.needsReply, needsReply)
  flag(query.sent, (e) => e.hasOutbound)
  flag(query.received, (e) => e.hasInbound)
  flag(query.archived, (e) => e.record.archived)
  if (query.from !== undefined) {
    const from = parseBound(query.from, 'from')
    tests.push((e) => e.lastMs >= from)
  }
  if (query.to !== undefined) {
    const to = parseBound(query.to, 'to')
    tests.push((e) => e.lastMs <= to)
  }
  if (query.order !== undefined && query.order.trim() !== '') {
    const digits = digitsOf(query.order)
    tests.push((e) => digits !== '' && e.orderDigits.includes(digits))
  }
  const matchers = query.keywords ? keywordMatchers(query.keywords) : []
  // Keywords look at the subject, the counterpart, the order number and every message body.
  if (matchers.length > 0) tests.push((e) => matchers.every((re) => re.test(haystackOf(e))))
  return tests
}

interface Cursor {
  ms: number
  id: string
}

export function encodeCursor(entry: ThreadEntry): string {
  return Buffer.from(JSON.stringify([entry.lastMs, entry.record.id])).toString('base64url')
}

function decodeCursor(cursor: string): Cursor {
  try {
    const [ms, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown]
    if (typeof ms === 'number' && typeof id === 'string') return { ms, id }
  } catch {
    // reported below
  }
  throw new ComptoirError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page.')
}

/** True when `entry` sorts strictly after the cursor's row. */
const isAfter = (entry: ThreadEntry, cursor: Cursor) =>
  entry.lastMs < cursor.ms || (entry.lastMs === cursor.ms && entry.record.id < cursor.id)

export function runQuery(index: MailboxIndex, folders: Folder[], query: ThreadQuery): ThreadPage {
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new ComptoirError('BAD_REQUEST', `Page size must be an integer from 1 to ${MAX_PAGE_SIZE}.`)
  }
  if (query.sort === 'time-left') {
    const tests = compile(folders, query)
    return runTimeLeftQuery(index, (entry) => tests.every((test) => test(entry)), query.cursor, limit)
  }
  const cursor = query.cursor ? decodeCursor(query.cursor) : null
  const tests = compile(folders, query)
  const page: ThreadEntry[] = []
  let total = 0
  let more = false
  for (const entry of index.ordered) {
    if (!tests.every((test) => test(entry))) continue
    total++
    if (cursor && !isAfter(entry, cursor)) continue
    if (page.length < limit) page.push(entry)
    else more = true
  }
  const last = page.at(-1)
  return {
    threads: page.map((entry) => index.summary(entry)),
    nextCursor: more && last ? encodeCursor(last) : null,
    total,
  }
}

const emptyPair = (): CountPair => ({ total: 0, unread: 0 })

function bump(pair: CountPair, unread: boolean): void {
  pair.total++
  if (unread) pair.unread++
}

/**
 * Sidebar counts, in one pass. A folder's count is what `query({ folderId })` returns (subfolders
 * included, trashed and blocked threads left out); a label's is what `query({ labelId })` returns.
 * The view rules are those of `inView` (shared/model/thread-match), inlined because this runs after every change.
 */
export function countViews(index: MailboxIndex, folders: Folder[], labelIds: string[]): ViewCounts {
  const views = Object.fromEntries(SYSTEM_VIEWS.map((v) => [v, emptyPair()])) as Record<SystemView, CountPair>
  const folderCounts: Record<string, CountPair> = Object.fromEntries(folders.map((f) => [f.id, emptyPair()]))
  const labelCounts: Record<string, CountPair> = Object.fromEntries(labelIds.map((id) => [id, emptyPair()]))
  const chains = ancestorsById(folders)
  for (const entry of index.ordered) {
    const { archived, trashed, folderId, labelIds: labels } = entry.record
    const blocked = entry.contact.blocked
    const unread = entry.unreadCount > 0
    if (trashed) {
      bump(views.trash, unread)
      continue
    }
    if (entry.hasOutbound) bump(views.sent, unread)
    if (archived) bump(views.archive, unread)
    if (blocked) {
      bump(views.blocked, unread)
      continue
    }
    if (!archived && folderId === null) bump(views.inbox, unread)
    if (needsReply(entry)) bump(views['needs-reply'], unread)
    if (folderId !== null) for (const id of chains.get(folderId) ?? []) bump(folderCounts[id]!, unread)
    for (const id of labels) if (labelCounts[id]) bump(labelCounts[id], unread)
  }
  return { views, folders: folderCounts, labels: labelCounts }
}
