/**
 * The SQLite peer's database: what Mailspring, Thunderbird or Signal would ship for this mailbox.
 * better-sqlite3 (an optional dev install, see docs/benchmarks.md: never a dependency of the app),
 * WAL with synchronous=FULL, one row per thread holding its derived fields (kept up to date by every
 * change, as the store's index is), messages by thread, and a trigram FTS5 index with one row per
 * message body and one per thread (subject, counterpart, order number), its rowid naming the thread
 * (thread << 20 | message), so a match gives its thread without a lookup. The store's search matches
 * any part of a word, accents and case ignored, and trigrams do the same; a new message adds one row.
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Message } from '../../../../shared/model/mailbox'
import type { MailboxSnapshot } from '../../../../shared/model/snapshot'
import { digitsOf } from '../../services/store/text-match'
import { COUNTS_SCHEMA, CountKeeper } from './sqlite-counts'

/** The few better-sqlite3 calls used here (its types are not installed with the app). */
export interface SqliteStatement {
  run(...params: unknown[]): { changes: number }
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
  pluck(on?: boolean): SqliteStatement
}
export interface SqliteDatabase {
  exec(sql: string): void
  prepare(sql: string): SqliteStatement
  pragma(sql: string, options?: { simple: boolean }): unknown
  transaction<A extends unknown[], R>(work: (...args: A) => R): (...args: A) => R
  close(): void
}
type SqliteConstructor = new (file: string) => SqliteDatabase

/** Where `npm run bench:sqlite-setup` installs better-sqlite3: ignored by git and Prettier. */
export const SQLITE_INSTALL_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../.bench-sqlite',
)

/** better-sqlite3 when it has been installed and built, else null (the peer is then skipped). */
export function loadSqlite(): SqliteConstructor | null {
  const entry = path.join(SQLITE_INSTALL_DIR, 'node_modules', 'better-sqlite3')
  if (!existsSync(entry)) return null
  try {
    return createRequire(import.meta.url)(entry) as SqliteConstructor
  } catch {
    return null
  }
}

export function openDatabase(file: string): SqliteDatabase {
  const Database = loadSqlite()
  if (!Database) throw new Error('better-sqlite3 is not installed: run npm run bench:sqlite-setup')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = FULL')
  return db
}

const SCHEMA = `
CREATE TABLE contacts (id TEXT PRIMARY KEY, display_name TEXT, relay_address TEXT, blocked INT) WITHOUT ROWID;
CREATE TABLE folders (id TEXT PRIMARY KEY, name TEXT, parent_id TEXT, position INT) WITHOUT ROWID;
CREATE TABLE labels (id TEXT PRIMARY KEY, name TEXT, color TEXT, kind TEXT, position INT) WITHOUT ROWID;
CREATE TABLE orders (order_number TEXT PRIMARY KEY, data TEXT) WITHOUT ROWID;
CREATE TABLE threads (
  n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, subject TEXT, contact_id TEXT, order_number TEXT,
  order_digits TEXT, folder_id TEXT, archived INT, trashed INT, blocked INT, no_response INT,
  dismissed_through TEXT, last_ms INT, last_message_at TEXT, last_direction TEXT, needs_reply INT,
  waiting_since TEXT, unread_count INT, message_count INT, has_inbound INT, has_outbound INT,
  has_attachments INT, preview TEXT);
CREATE INDEX threads_by_activity ON threads (last_ms DESC, id DESC);
CREATE INDEX threads_by_state ON threads (trashed, blocked, archived, folder_id, needs_reply, has_outbound, unread_count);
CREATE TABLE thread_labels (label_id TEXT, thread_n INT, PRIMARY KEY (label_id, thread_n)) WITHOUT ROWID;
CREATE TABLE messages (
  n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, thread_id TEXT, direction TEXT, body TEXT, html TEXT,
  sent_at TEXT, read_at TEXT, attachments TEXT);
CREATE INDEX messages_by_thread ON messages (thread_id, sent_at);
CREATE VIRTUAL TABLE text_index USING fts5 (text, tokenize = 'trigram remove_diacritics 1');
`

/** The text index's rowid of a thread's header (message 0) or of its k-th message. */
export const textRowid = (thread: number, message: number) => thread * 2 ** 20 + message

const PREVIEW_LENGTH = 140
export function previewOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim()
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat
}

/** Writes the whole mailbox into a new database at `file` (bulk: one transaction, synced at the end). */
export function buildSqlite(file: string, snapshot: MailboxSnapshot): void {
  // A bulk load written straight to the database file (no journal), synced once at the end; the
  // database is then switched to WAL, which it keeps for every later connection.
  const Database = loadSqlite()
  if (!Database) throw new Error('better-sqlite3 is not installed: run npm run bench:sqlite-setup')
  const db = new Database(file)
  db.pragma('journal_mode = OFF')
  db.pragma('synchronous = OFF')
  db.exec(SCHEMA + COUNTS_SCHEMA)
  const byThread = new Map<string, Message[]>()
  for (const message of snapshot.messages) {
    const list = byThread.get(message.threadId)
    if (list) list.push(message)
    else byThread.set(message.threadId, [message])
  }
  const contacts = new Map(snapshot.contacts.map((c) => [c.id, c]))
  const insert = {
    contact: db.prepare('INSERT INTO contacts VALUES (?, ?, ?, ?)'),
    folder: db.prepare('INSERT INTO folders VALUES (?, ?, ?, ?)'),
    label: db.prepare('INSERT INTO labels VALUES (?, ?, ?, ?, ?)'),
    order: db.prepare('INSERT INTO orders VALUES (?, ?)'),
    thread: db.prepare(`INSERT INTO threads VALUES (${Array(23).fill('?').join(', ')})`),
    threadLabel: db.prepare('INSERT INTO thread_labels VALUES (?, ?)'),
    message: db.prepare('INSERT INTO messages VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?)'),
    text: db.prepare('INSERT INTO text_index (rowid, text) VALUES (?, ?)'),
  }
  db.transaction(() => {
    for (const c of snapshot.contacts)
      insert.contact.run(c.id, c.displayName, c.relayAddress, c.blocked ? 1 : 0)
    snapshot.folders.forEach((f, i) => insert.folder.run(f.id, f.name, f.parentId, i))
    snapshot.labels.forEach((l, i) => insert.label.run(l.id, l.name, l.color, l.kind, i))
    for (const o of snapshot.orders) insert.order.run(o.orderNumber, JSON.stringify(o))
    snapshot.threads.forEach((t, i) => {
      const n = i + 1
      const messages = (byThread.get(t.id) ?? []).sort((a, b) =>
        a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0,
      )
      const contact = contacts.get(t.contactId)
      const last = messages.at(-1)
      let unread = 0
      let waitingSince: string | null = null
      for (const m of messages) {
        if (m.direction === 'in') {
          if (m.readAt === null) unread++
          waitingSince ??= m.sentAt
        } else waitingSince = null
      }
      const lastMessageAt = last?.sentAt ?? ''
      const orderDigits = t.orderNumber ? digitsOf(t.orderNumber) : ''
      insert.thread.run(
        n,
        t.id,
        t.subject,
        t.contactId,
        t.orderNumber,
        orderDigits,
        t.folderId,
        t.archived ? 1 : 0,
        t.trashed ? 1 : 0,
        contact?.blocked ? 1 : 0,
        t.noResponseNeeded ? 1 : 0,
        null,
        Date.parse(lastMessageAt) || 0,
        lastMessageAt,
        last?.direction ?? 'in',
        last?.direction === 'in' && !t.noResponseNeeded ? 1 : 0,
        waitingSince,
        unread,
        messages.length,
        messages.some((m) => m.direction === 'in') ? 1 : 0,
        messages.some((m) => m.direction === 'out') ? 1 : 0,
        messages.some((m) => m.attachments.length > 0) ? 1 : 0,
        last ? previewOf(last.body) : '',
      )
      for (const labelId of t.labelIds) insert.threadLabel.run(labelId, n)
      for (const m of messages) {
        insert.message.run(
          m.id,
          m.threadId,
          m.direction,
          m.body,
          m.html,
          m.sentAt,
          m.readAt,
          JSON.stringify(m.attachments),
        )
      }
      // The same text the store searches: subject, counterpart, order number (with and without dashes), bodies.
      const parts = [
        t.subject,
        contact?.displayName ?? '',
        contact?.relayAddress ?? '',
        t.orderNumber ?? '',
        orderDigits,
      ]
      insert.text.run(textRowid(n, 0), parts.join('\n'))
      messages.forEach((m, k) => insert.text.run(textRowid(n, k + 1), m.body))
    })
  })()
  db.transaction(() => new CountKeeper(db, snapshot.folders).rebuild())()
  db.exec("INSERT INTO text_index (text_index) VALUES ('optimize')")
  db.pragma('synchronous = FULL')
  db.pragma('journal_mode = WAL')
  db.exec('ANALYZE')
  db.close()
}
