/**
 * The Needs reply view sorted by time left on the reply clock: the longest wait (least time left, or
 * most overdue) first; threads nobody waits on after them, in activity order. Ties keep activity order.
 * The cursor names the last row's sort key, like the activity cursor, so paging survives changes.
 */
import type { ThreadPage } from '../../../../shared/model/query'
import { ComptoirError } from '../../../../shared/ipc/result'
import { needsReply, timeOf } from './mailbox-index'
import type { MailboxIndex, ThreadEntry } from './mailbox-index'

const NOBODY_WAITING = Number.MAX_SAFE_INTEGER

interface Keyed {
  entry: ThreadEntry
  wait: number
}

type Cursor = [tag: 'w', wait: number, ms: number, id: string]

const waitOf = (entry: ThreadEntry) =>
  needsReply(entry) && entry.waitingSince !== null ? timeOf(entry.waitingSince) : NOBODY_WAITING

function encode({ entry, wait }: Keyed): string {
  const cursor: Cursor = ['w', wait, entry.lastMs, entry.record.id]
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

const isAfter = ({ entry, wait }: Keyed, [, cWait, cMs, cId]: Cursor) =>
  wait !== cWait ? wait > cWait : entry.lastMs !== cMs ? entry.lastMs < cMs : entry.record.id < cId

export function runTimeLeftQuery(
  index: MailboxIndex,
  matches: (entry: ThreadEntry) => boolean,
  cursor: string | undefined,
  limit: number,
): ThreadPage {
  const after = cursor ? decode(cursor) : null
  // index.ordered is in activity order and Array#sort is stable: ties keep that order.
  const keyed = index.ordered
    .filter(matches)
    .map((entry) => ({ entry, wait: waitOf(entry) }))
    .sort((a, b) => a.wait - b.wait)
  const start = after ? keyed.findIndex((row) => isAfter(row, after)) : 0
  const page = start < 0 ? [] : keyed.slice(start, start + limit)
  const last = page.at(-1)
  return {
    threads: page.map((row) => index.summary(row.entry)),
    nextCursor: last && start + limit < keyed.length ? encode(last) : null,
    total: keyed.length,
  }
}
