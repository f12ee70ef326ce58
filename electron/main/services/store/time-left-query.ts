/**
 * The Needs reply view sorted by time left on the reply clock: the longest wait (least time left, or
 * most overdue) first; threads nobody waits on after them, in activity order. Ties keep activity order.
 * The cursor names the last row's sort key, like the activity cursor, so paging survives changes.
 */
import type { ThreadPage } from '../../../../shared/model/query'
import { reasonError } from '../../../../shared/ipc/error-details'
import type { MailboxIndex } from './mailbox-index'
import { rowMatches } from './row-filter'
import type { RowFilter } from './row-filter'
import type { ThreadTable } from './thread-table'

interface Keyed {
  row: number
  wait: number
}

type Cursor = [tag: 'w', wait: number, ms: number, id: string]

function encode(table: ThreadTable, { row, wait }: Keyed): string {
  const cursor: Cursor = ['w', wait, table.lastMs[row]!, table.idOf(row)]
  return Buffer.from(JSON.stringify(cursor)).toString('base64url')
}

function decode(cursor: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[]
    const [tag, wait, ms, id] = value
    if (tag === 'w' && typeof wait === 'number' && typeof ms === 'number' && typeof id === 'string')
      return [tag, wait, ms, id]
  } catch {
    // reported below
  }
  throw reasonError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page.', {
    reason: 'page-cursor-invalid',
  })
}

function isAfter(table: ThreadTable, { row, wait }: Keyed, [, cWait, cMs, cId]: Cursor): boolean {
  if (wait !== cWait) return wait > cWait
  const ms = table.lastMs[row]!
  return ms !== cMs ? ms < cMs : table.idOf(row) < cId
}

/** Sort key of a candidate: wait first, then activity position (what a stable sort by wait keeps). */
const before = (a: Keyed & { at: number }, b: Keyed & { at: number }) => a.wait - b.wait || a.at - b.at

/**
 * Only one page is needed, so the rows after the cursor go through a bounded max-heap of `limit + 1`
 * (the extra one says whether more follow) instead of a sort of every waiting thread: at a million
 * messages the full sort allocated and compared ~30,000 rows per page.
 */
export function runTimeLeftQuery(
  index: MailboxIndex,
  filter: RowFilter,
  cursor: string | undefined,
  limit: number,
): ThreadPage {
  const { table } = index
  const after = cursor ? decode(cursor) : null
  const heap: (Keyed & { at: number })[] = []
  const size = limit + 1
  let total = 0
  if (!filter.empty) {
    for (let at = 0; at < table.orderLength; at++) {
      const row = table.order[at]!
      if (!rowMatches(table, filter, row)) continue
      total++
      const candidate = { row, wait: table.waitMs[row]!, at }
      if (after && !isAfter(table, candidate, after)) continue
      if (heap.length < size) pushHeap(heap, candidate)
      else if (before(candidate, heap[0]!) < 0) replaceTop(heap, candidate)
    }
  }
  const rows = heap.sort(before)
  const page = rows.slice(0, limit)
  const last = page.at(-1)
  return {
    threads: page.map(({ row }) => index.summaryAt(row)),
    nextCursor: last && rows.length > limit ? encode(table, last) : null,
    total,
  }
}

/** Max-heap on `before`: the root is the candidate that would come last. */
function pushHeap<T extends Keyed & { at: number }>(heap: T[], item: T): void {
  heap.push(item)
  let i = heap.length - 1
  while (i > 0) {
    const parent = (i - 1) >> 1
    if (before(heap[parent]!, heap[i]!) >= 0) break
    ;[heap[parent], heap[i]] = [heap[i]!, heap[parent]!]
    i = parent
  }
}

function replaceTop<T extends Keyed & { at: number }>(heap: T[], item: T): void {
  heap[0] = item
  let i = 0
  for (;;) {
    const left = 2 * i + 1
    const right = left + 1
    let largest = i
    if (left < heap.length && before(heap[left]!, heap[largest]!) > 0) largest = left
    if (right < heap.length && before(heap[right]!, heap[largest]!) > 0) largest = right
    if (largest === i) return
    ;[heap[largest], heap[i]] = [heap[i]!, heap[largest]!]
    i = largest
  }
}
