/**
 * The Needs reply view sorted by time left on the reply clock: the longest wait (least time left, or
 * most overdue) first; threads nobody waits on after them, in activity order. Ties keep activity order.
 * The cursor names the last row's sort key, like the activity cursor, so paging survives changes.
 */
import type { ThreadPage } from '../../../../shared/model/query'
import { ComptoirError } from '../../../../shared/ipc/result'
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
  throw new ComptoirError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page.')
}

function isAfter(table: ThreadTable, { row, wait }: Keyed, [, cWait, cMs, cId]: Cursor): boolean {
  if (wait !== cWait) return wait > cWait
  const ms = table.lastMs[row]!
  return ms !== cMs ? ms < cMs : table.idOf(row) < cId
}

export function runTimeLeftQuery(
  index: MailboxIndex,
  filter: RowFilter,
  cursor: string | undefined,
  limit: number,
): ThreadPage {
  const { table } = index
  const after = cursor ? decode(cursor) : null
  const keyed: Keyed[] = []
  if (!filter.empty) {
    for (let i = 0; i < table.orderLength; i++) {
      const row = table.order[i]!
      if (rowMatches(table, filter, row)) keyed.push({ row, wait: table.waitMs[row]! })
    }
  }
  // The rows are in activity order and Array#sort is stable: ties keep that order.
  keyed.sort((a, b) => a.wait - b.wait)
  const start = after ? keyed.findIndex((row) => isAfter(table, row, after)) : 0
  const page = start < 0 ? [] : keyed.slice(start, start + limit)
  const last = page.at(-1)
  return {
    threads: page.map(({ row }) => index.summary(table.entries[row]!)),
    nextCursor: last && start + limit < keyed.length ? encode(table, last) : null,
    total: keyed.length,
  }
}
