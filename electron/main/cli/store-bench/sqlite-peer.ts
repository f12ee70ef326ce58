/**
 * The SQLite peer behind the benchmark's peer interface: the same queries answered with SQL, the same
 * state changes made as one transaction each (durable when the call returns: WAL, synchronous=FULL).
 */
import type { Folder } from '../../../../shared/model/mailbox'
import type { CountPair, SystemView, ThreadQuery, ViewCounts } from '../../../../shared/model/query'
import { subtreeIds } from '../../services/store/folder-tree'
import { digitsOf, foldText } from '../../services/store/text-match'
import type { BenchPeer, PageAnswer } from './measure'
import type { PlannedChange, ThreadState } from './plan'
import { CountKeeper } from './sqlite-counts'
import { openDatabase, previewOf, textRowid } from './sqlite-schema'
import type { SqliteDatabase, SqliteStatement } from './sqlite-schema'

const VIEW_SQL: Record<SystemView | 'all', string> = {
  all: 'trashed = 0 AND blocked = 0',
  inbox: 'archived = 0 AND trashed = 0 AND blocked = 0 AND folder_id IS NULL',
  'needs-reply': 'needs_reply = 1 AND trashed = 0 AND blocked = 0',
  sent: 'has_outbound = 1 AND trashed = 0',
  archive: 'archived = 1 AND trashed = 0',
  trash: 'trashed = 1',
  blocked: 'blocked = 1 AND trashed = 0',
}
const SUPPORTED = new Set(['view', 'folderId', 'labelId', 'unread', 'keywords', 'order', 'cursor', 'limit'])

/** An FTS5 phrase: the folded word between double quotes (quotes inside doubled). */
const phrase = (word: string) => `"${word.replaceAll('"', '""')}"`

class SqliteMailbox {
  private readonly statements = new Map<string, SqliteStatement>()
  private readonly folders: Folder[]
  private readonly keeper: CountKeeper
  private messageSeq = 0

  constructor(private readonly db: SqliteDatabase) {
    this.folders = db
      .prepare('SELECT id, name, parent_id AS parentId FROM folders ORDER BY position')
      .all() as Folder[]
    this.keeper = new CountKeeper(db, this.folders)
  }

  private sql(text: string): SqliteStatement {
    let statement = this.statements.get(text)
    if (!statement) this.statements.set(text, (statement = this.db.prepare(text)))
    return statement
  }

  query(query: ThreadQuery): PageAnswer {
    for (const key of Object.keys(query))
      if (!SUPPORTED.has(key)) throw new Error(`the SQLite peer has no "${key}" filter`)
    const where = [VIEW_SQL[query.view ?? 'all']]
    const params: unknown[] = []
    if (query.folderId !== undefined) {
      const ids = [...subtreeIds(this.folders, query.folderId)]
      where.push(`folder_id IN (${ids.map(() => '?').join(', ')})`)
      params.push(...ids)
    }
    if (query.labelId !== undefined) {
      where.push('n IN (SELECT thread_n FROM thread_labels WHERE label_id = ?)')
      params.push(query.labelId)
    }
    if (query.unread !== undefined) where.push(query.unread ? 'unread_count > 0' : 'unread_count = 0')
    if (query.order !== undefined && query.order.trim() !== '') {
      where.push("instr(order_digits, ?) > 0 AND ? <> ''")
      params.push(digitsOf(query.order), digitsOf(query.order))
    }
    const words = query.keywords ? foldText(query.keywords).split(/\s+/).filter(Boolean) : []
    // Each word may match a different message of the thread (or its subject): one lookup per word.
    // Trigrams cannot look up one- or two-letter words: those scan the text (still accent-blind).
    for (const word of words) {
      where.push(
        word.length >= 3
          ? 'n IN (SELECT rowid >> 20 FROM text_index WHERE text_index MATCH ?)'
          : 'n IN (SELECT rowid >> 20 FROM text_index WHERE text LIKE ?)',
      )
      params.push(word.length >= 3 ? phrase(word) : `%${word}%`)
    }
    const filter = where.join(' AND ')
    const limit = query.limit ?? 50
    const cursor = query.cursor
      ? (JSON.parse(Buffer.from(query.cursor, 'base64url').toString('utf8')) as [number, string])
      : null
    let total: number
    let rows: { id: string; ms: number }[]
    if (words.length > 0) {
      // A text search runs once: every match in order, counted and paged here.
      const all = this.sql(
        `SELECT id, last_ms AS ms FROM threads WHERE ${filter} ORDER BY last_ms DESC, id DESC`,
      ).all(...params) as { id: string; ms: number }[]
      total = all.length
      const from = cursor
        ? all.findIndex((r) => r.ms < cursor[0] || (r.ms === cursor[0] && r.id < cursor[1]))
        : 0
      rows = from < 0 ? [] : all.slice(from, from + limit + 1)
    } else {
      total =
        this.countedTotal(query) ??
        (this.sql(`SELECT count(*) FROM threads WHERE ${filter}`)
          .pluck()
          .get(...params) as number)
      // Pages walk the activity index and stop at the page's end: the planner would rather filter by
      // state and sort every match (3–15 ms for the Inbox at 100k, against 0.05 ms).
      const after = cursor ? ' AND (last_ms < ? OR (last_ms = ? AND id < ?))' : ''
      rows = this.sql(
        `SELECT id, last_ms AS ms FROM threads INDEXED BY threads_by_activity WHERE ${filter}${after}
          ORDER BY last_ms DESC, id DESC LIMIT ?`,
      ).all(...params, ...(cursor ? [cursor[0], cursor[0], cursor[1]] : []), limit + 1) as {
        id: string
        ms: number
      }[]
    }
    const page = rows.slice(0, limit)
    const last = page.at(-1)
    const nextCursor =
      rows.length > limit && last
        ? Buffer.from(JSON.stringify([last.ms, last.id])).toString('base64url')
        : null
    return { ids: page.map((r) => r.id), total, nextCursor }
  }

  counts(): ViewCounts {
    return this.keeper.read()
  }

  /** A plain list's total read from the kept counts (what the sidebar shows), or null to count rows. */
  private countedTotal(query: ThreadQuery): number | null {
    const keys = Object.keys(query).filter((k) => k !== 'cursor' && k !== 'limit')
    const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k))
    const pick = (pair: CountPair) =>
      query.unread === undefined ? pair.total : query.unread ? pair.unread : pair.total - pair.unread
    if (query.view !== undefined && only('view', 'unread'))
      return pick(this.keeper.pair(`view:${query.view}`))
    if (query.folderId !== undefined && query.includeSubfolders !== false && only('folderId', 'unread'))
      return pick(this.keeper.pair(`folder:${query.folderId}`))
    if (query.labelId !== undefined && only('labelId', 'unread'))
      return pick(this.keeper.pair(`label:${query.labelId}`))
    return null
  }

  threadN(id: string): number {
    const n = this.sql('SELECT n FROM threads WHERE id = ?').pluck().get(id) as number | undefined
    if (n === undefined) throw new Error(`no thread ${id}`)
    return n
  }

  /** One change, one transaction; returns how many rows it changed (0 would be a change of nothing). */
  apply(change: PlannedChange): number {
    const n = this.threadN(change.threadId)
    return this.keeper.around(n, () => this.applyTo(n, change))
  }

  /** Sends a message: the thread and its counts move with it. */
  send(threadId: string, body: string, sentAt: string): number {
    const n = this.threadN(threadId)
    return this.keeper.around(n, () => this.addMessage(n, threadId, 'out', body, sentAt))
  }

  private applyTo(n: number, change: PlannedChange): number {
    const flag = (column: string, on: boolean) =>
      this.sql(`UPDATE threads SET ${column} = ? WHERE n = ? AND ${column} <> ?`).run(
        on ? 1 : 0,
        n,
        on ? 1 : 0,
      ).changes
    const now = new Date().toISOString()
    switch (change.kind) {
      case 'read':
        this.sql(
          "UPDATE messages SET read_at = ? WHERE thread_id = ? AND direction = 'in' AND read_at IS NULL",
        ).run(now, change.threadId)
        return this.sql('UPDATE threads SET unread_count = 0 WHERE n = ? AND unread_count > 0').run(n).changes
      case 'unread':
        this.sql(
          "UPDATE messages SET read_at = NULL WHERE n = (SELECT n FROM messages WHERE thread_id = ? AND direction = 'in' ORDER BY sent_at DESC LIMIT 1)",
        ).run(change.threadId)
        return this.sql('UPDATE threads SET unread_count = 1 WHERE n = ? AND unread_count = 0').run(n).changes
      case 'archive':
      case 'unarchive':
        return flag('archived', change.kind === 'archive')
      case 'trash':
      case 'restore':
        return flag('trashed', change.kind === 'trash')
      case 'label':
        return this.sql('INSERT OR IGNORE INTO thread_labels VALUES (?, ?)').run(change.labelId, n).changes
      case 'unlabel':
        return this.sql('DELETE FROM thread_labels WHERE label_id = ? AND thread_n = ?').run(
          change.labelId,
          n,
        ).changes
      case 'no-response':
        return this.sql(
          'UPDATE threads SET no_response = 1, dismissed_through = last_message_at, needs_reply = 0, waiting_since = NULL WHERE n = ? AND no_response = 0',
        ).run(n).changes
      case 'file':
      case 'unfile':
        return this.sql('UPDATE threads SET folder_id = ? WHERE n = ? AND folder_id IS NOT ?').run(
          change.folderId ?? null,
          n,
          change.folderId ?? null,
        ).changes
      case 'arrival':
        return this.addMessage(n, change.threadId, 'in', change.body!, change.sentAt!)
    }
  }

  addMessage(n: number, threadId: string, direction: 'in' | 'out', body: string, sentAt: string): number {
    this.sql('INSERT INTO messages VALUES (NULL, ?, ?, ?, ?, NULL, ?, ?, ?)').run(
      `${threadId}-b${++this.messageSeq}`,
      threadId,
      direction,
      body,
      sentAt,
      direction === 'out' ? sentAt : null,
      '[]',
    )
    const changed =
      direction === 'in'
        ? // A new question needs a reply again and brings an archived thread back (as the store does).
          this.sql(
            `UPDATE threads SET last_ms = max(last_ms, ?), last_message_at = ?, last_direction = 'in', preview = ?,
              unread_count = unread_count + 1, message_count = message_count + 1, has_inbound = 1, archived = 0,
              dismissed_through = CASE WHEN no_response = 1 THEN last_message_at ELSE dismissed_through END,
              no_response = 0, needs_reply = 1, waiting_since = coalesce(waiting_since, ?) WHERE n = ?`,
          ).run(Date.parse(sentAt), sentAt, previewOf(body), sentAt, n).changes
        : this.sql(
            `UPDATE threads SET last_ms = max(last_ms, ?), last_message_at = ?, last_direction = 'out', preview = ?,
              message_count = message_count + 1, has_outbound = 1, needs_reply = 0, waiting_since = NULL WHERE n = ?`,
          ).run(Date.parse(sentAt), sentAt, previewOf(body), n).changes
    const count = this.sql('SELECT message_count FROM threads WHERE n = ?').pluck().get(n) as number
    this.sql('INSERT INTO text_index (rowid, text) VALUES (?, ?)').run(textRowid(n, count), body)
    return changed
  }

  state(threadId: string): ThreadState {
    const row = this.sql(
      `SELECT unread_count AS unreadCount, message_count AS messageCount, archived, trashed, no_response AS noResponseNeeded,
        folder_id AS folderId, (SELECT group_concat(label_id, ' ') FROM thread_labels WHERE thread_n = n) AS labels
        FROM threads WHERE id = ?`,
    ).get(threadId) as
      | (Omit<ThreadState, 'labelIds' | 'archived' | 'trashed' | 'noResponseNeeded'> & {
          archived: number
          trashed: number
          noResponseNeeded: number
          labels: string | null
        })
      | undefined
    if (!row) throw new Error(`no thread ${threadId}`)
    return {
      unreadCount: row.unreadCount,
      messageCount: row.messageCount,
      archived: row.archived === 1,
      trashed: row.trashed === 1,
      noResponseNeeded: row.noResponseNeeded === 1,
      folderId: row.folderId,
      labelIds: row.labels ? row.labels.split(' ') : [],
    }
  }
}

export function openSqlitePeer(file: string): BenchPeer {
  const db = openDatabase(file)
  const mailbox = new SqliteMailbox(db)
  const inTransaction = <A extends unknown[]>(work: (...args: A) => number) => {
    const run = db.transaction(work)
    return (...args: A) => {
      if (run(...args) < 1) throw new Error('the SQLite peer changed nothing')
    }
  }
  const apply = inTransaction((change: PlannedChange) => mailbox.apply(change))
  const send = inTransaction((threadId: string, body: string, sentAt: string) =>
    mailbox.send(threadId, body, sentAt),
  )
  return {
    query: (query) => mailbox.query(query),
    counts: () => mailbox.counts(),
    apply: async (change) => apply(change),
    send: async (planned) => send(planned.threadId, planned.body, planned.sentAt),
    state: (threadId) => mailbox.state(threadId),
    writeCallBytes: () => null,
    close: async () => db.close(),
  }
}

/** Cold open of the SQLite peer: open the database, then the first Inbox page and the sidebar counts. */
export function sqliteFirstPage(file: string): { ids: string[]; close(): Promise<void> } {
  const db = openDatabase(file)
  const mailbox = new SqliteMailbox(db)
  const page = mailbox.query({ view: 'inbox' })
  mailbox.counts()
  return { ids: page.ids, close: async () => db.close() }
}
