/**
 * The SQLite peer's sidebar counts, kept in a table that every change adjusts in its own transaction
 * (Mailspring keeps its ThreadCounts the same way), so counts and the totals of plain lists are a
 * lookup, not a scan. Which counts a thread adds to follows the store's rules (`countViews`).
 */
import type { Folder } from '../../../../shared/model/mailbox'
import { SYSTEM_VIEWS } from '../../../../shared/model/query'
import type { CountPair, SystemView, ViewCounts } from '../../../../shared/model/query'
import { ancestorsById } from '../../services/store/folder-tree'
import type { SqliteDatabase, SqliteStatement } from './sqlite-schema'

export const COUNTS_SCHEMA =
  'CREATE TABLE view_counts (key TEXT PRIMARY KEY, total INT NOT NULL, unread INT NOT NULL) WITHOUT ROWID;'

/** What decides a thread's counts. */
export interface CountedThread {
  trashed: number
  blocked: number
  archived: number
  folderId: string | null
  needsReply: number
  sent: number
  unread: number
  labels: string | null
}

const ROW_SQL = `SELECT trashed, blocked, archived, folder_id AS folderId, needs_reply AS needsReply,
  has_outbound AS sent, unread_count > 0 AS unread,
  (SELECT group_concat(label_id, ' ') FROM thread_labels WHERE thread_n = n) AS labels FROM threads`

/** The keys (`view:inbox`, `folder:ID`, `label:ID`) a thread counts in. */
function countKeys(t: CountedThread, chains: Map<string, string[]>): string[] {
  if (t.trashed) return ['view:trash']
  const keys: string[] = []
  if (t.sent) keys.push('view:sent')
  if (t.archived) keys.push('view:archive')
  if (t.blocked) return [...keys, 'view:blocked']
  if (!t.archived && t.folderId === null) keys.push('view:inbox')
  if (t.needsReply) keys.push('view:needs-reply')
  if (t.folderId !== null) for (const id of chains.get(t.folderId) ?? []) keys.push(`folder:${id}`)
  for (const id of t.labels ? t.labels.split(' ') : []) keys.push(`label:${id}`)
  return keys
}

export class CountKeeper {
  private readonly chains: Map<string, string[]>
  private readonly row: SqliteStatement
  private readonly bump: SqliteStatement
  private readonly labelIds: string[]

  constructor(
    private readonly db: SqliteDatabase,
    private readonly folders: Folder[],
  ) {
    this.chains = ancestorsById(folders)
    this.row = db.prepare(`${ROW_SQL} WHERE n = ?`)
    this.bump = db.prepare('UPDATE view_counts SET total = total + ?, unread = unread + ? WHERE key = ?')
    this.labelIds = db.prepare('SELECT id FROM labels ORDER BY position').pluck().all() as string[]
  }

  /** Fills the table from every thread (once, after a bulk build). */
  rebuild(): void {
    const pairs = new Map<string, CountPair>()
    for (const key of this.allKeys()) pairs.set(key, { total: 0, unread: 0 })
    for (const thread of this.db.prepare(ROW_SQL).all() as CountedThread[]) {
      for (const key of countKeys(thread, this.chains)) {
        const pair = pairs.get(key)
        if (!pair) continue
        pair.total++
        if (thread.unread) pair.unread++
      }
    }
    const insert = this.db.prepare('INSERT OR REPLACE INTO view_counts VALUES (?, ?, ?)')
    for (const [key, pair] of pairs) insert.run(key, pair.total, pair.unread)
  }

  /** Runs `work` (inside the caller's transaction) and moves thread `n`'s counts to its new state. */
  around<T>(n: number, work: () => T): T {
    const before = this.row.get(n) as CountedThread
    const result = work()
    const after = this.row.get(n) as CountedThread
    for (const key of countKeys(before, this.chains)) this.bump.run(-1, before.unread ? -1 : 0, key)
    for (const key of countKeys(after, this.chains)) this.bump.run(1, after.unread ? 1 : 0, key)
    return result
  }

  pair(key: string): CountPair {
    const row = this.db.prepare('SELECT total, unread FROM view_counts WHERE key = ?').get(key) as
      CountPair | undefined
    return row ? { total: row.total, unread: row.unread } : { total: 0, unread: 0 }
  }

  read(): ViewCounts {
    const rows = this.db.prepare('SELECT key, total, unread FROM view_counts').all() as ({
      key: string
    } & CountPair)[]
    const byKey = new Map(rows.map((r) => [r.key, { total: r.total, unread: r.unread }]))
    const get = (key: string) => byKey.get(key) ?? { total: 0, unread: 0 }
    return {
      views: Object.fromEntries(SYSTEM_VIEWS.map((v) => [v, get(`view:${v}`)])) as Record<
        SystemView,
        CountPair
      >,
      folders: Object.fromEntries(this.folders.map((f) => [f.id, get(`folder:${f.id}`)])),
      labels: Object.fromEntries(this.labelIds.map((id) => [id, get(`label:${id}`)])),
    }
  }

  private allKeys(): string[] {
    return [
      ...SYSTEM_VIEWS.map((v) => `view:${v}`),
      ...this.folders.map((f) => `folder:${f.id}`),
      ...this.labelIds.map((id) => `label:${id}`),
    ]
  }
}
