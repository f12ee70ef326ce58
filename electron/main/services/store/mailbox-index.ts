/**
 * The in-memory side of the store, rebuilt at every open: per-thread entries with their derived fields
 * (activity, unread count, needs-reply…), threads sorted by last activity, and lookups by id. Entries
 * point at the very objects held in the partitions' lowdb data, so a command edits them in place and
 * then persists the partition.
 */
import type { Contact, Direction, Message, Order, ThreadSummary } from '../../../../shared/model/mailbox'
import { CLOCKLESS_KINDS } from '../../../../shared/model/mailbox'
import { digitsOf } from './text-match'
import type { PartitionData, StoredThread } from './schema'
import { ThreadTable } from './thread-table'
import type { EarlyRows, SavedThreadTable } from './thread-table'
import { IndexedThread } from './body-cache'
import type { ShelvedThread } from './body-cache'

export interface ThreadEntry {
  record: StoredThread
  /** The counterpart (shared by all its threads, so blocking shows everywhere at once). */
  contact: Contact
  /** Oldest first. */
  messages: Message[]
  lastMs: number
  lastMessageAt: string
  lastDirection: Direction
  /** Direction of the latest message that counts for the reply clock (notices do not), or null. */
  lastCountedDirection: Direction | null
  waitingSince: string | null
  unreadCount: number
  hasAttachments: boolean
  hasInbound: boolean
  hasOutbound: boolean
  orderDigits: string
  /** Messages the owner reported (kept on this computer only): the thread and row show it. */
  reportedMessageIds: Set<string>
  /**
   * While the thread's messages are shelved (body-cache.ts): what lists, counts and the dashboard read
   * without them. Reading `messages` then reads them back from the partition file.
   */
  shelved?: ShelvedThread
}

/**
 * An early open's threads (thread-summaries.ts): the rows of a table read from the summaries, with no
 * entry per thread; a row's summary is made from the file when a page shows it.
 */
export interface EarlyThreads extends EarlyRows {
  summary(row: number): ThreadSummary
  rowOf(id: string): number | undefined
}

const PREVIEW_LENGTH = 140
const UNKNOWN_CONTACT_NAME = 'Unknown contact'

export const timeOf = (iso: string) => {
  const ms = Date.parse(iso)
  return Number.isNaN(ms) ? 0 : ms
}

const CANONICAL_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** Canonical UTC timestamps (what the store writes) compare as strings, which is much cheaper at load. */
function compareSentAt(a: Message, b: Message): number {
  if (
    a.sentAt.length === 24 &&
    b.sentAt.length === 24 &&
    CANONICAL_ISO.test(a.sentAt) &&
    CANONICAL_ISO.test(b.sentAt)
  ) {
    return a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0
  }
  return timeOf(a.sentAt) - timeOf(b.sentAt)
}

/** Sort order of every list: latest activity first, ties broken by id so paging is stable. */
export function compareEntries(a: ThreadEntry, b: ThreadEntry): number {
  if (a.lastMs !== b.lastMs) return b.lastMs - a.lastMs
  return a.record.id < b.record.id ? 1 : a.record.id > b.record.id ? -1 : 0
}

export function needsReply(entry: ThreadEntry): boolean {
  return entry.lastCountedDirection === 'in' && !entry.record.noResponseNeeded
}

/** A marketplace notice, a bounce, an opt-out or a pretender asks nothing of the owner. */
export const countsForClock = (message: Message): boolean =>
  message.kind === undefined || !CLOCKLESS_KINDS.has(message.kind)

/** Oldest first (in place), as every entry holds its messages. */
export const sortMessages = (messages: Message[]): Message[] => messages.sort(compareSentAt)

/** Recomputes everything derived from a thread's messages. */
export function refreshEntry(entry: ThreadEntry): void {
  const { messages, record } = entry
  messages.sort(compareSentAt)
  const last = messages.at(-1)
  entry.lastMessageAt = last?.sentAt ?? record.createdAt
  entry.lastMs = timeOf(entry.lastMessageAt)
  entry.lastDirection = last?.direction ?? 'in'
  let unread = 0
  let attachments = false
  let inbound = false
  let outbound = false
  let waitingSince: string | null = null
  let lastCounted: Direction | null = null
  // Messages up to a "no response needed" stay handled; only later ones start the wait again.
  const dismissed = record.dismissedThrough ? timeOf(record.dismissedThrough) : null
  for (const message of messages) {
    if (message.attachments.length > 0) attachments = true
    if (message.direction === 'in') {
      inbound = true
      if (message.readAt === null) unread++
      if (!countsForClock(message)) continue
      lastCounted = 'in'
      if (dismissed === null || timeOf(message.sentAt) > dismissed) waitingSince ??= message.sentAt
    } else {
      lastCounted = 'out'
      outbound = true
      waitingSince = null // answered: the wait restarts at the next inbound message
    }
  }
  entry.unreadCount = unread
  entry.hasAttachments = attachments
  entry.hasInbound = inbound
  entry.hasOutbound = outbound
  entry.waitingSince = waitingSince
  entry.lastCountedDirection = lastCounted
  entry.orderDigits = record.orderNumber ? digitsOf(record.orderNumber) : ''
}

export class MailboxIndex {
  readonly threads = new Map<string, ThreadEntry>()
  /** Every thread, latest activity first. */
  ordered: ThreadEntry[] = []
  /** What queries, counts and searches read (thread-table.ts), kept in step by `syncThreads`. */
  readonly table: ThreadTable = new ThreadTable()
  /**
   * Set on an early open's index: its threads are the table's rows alone (`threads` and `ordered` stay
   * empty, nothing edits it: commands wait for the bodies, whose index replaces this one).
   */
  early: EarlyThreads | null = null

  /** An index of the thread summaries: the table read from the file, no entry made. */
  static early(table: ThreadTable, threads: EarlyThreads): MailboxIndex {
    const index = new MailboxIndex()
    Object.assign(index, { table, early: threads })
    return index
  }

  threadCount(): number {
    return this.early ? this.early.count : this.threads.size
  }

  /** The summary of the table's row `row` (a page of a list). */
  summaryAt(row: number): ThreadSummary {
    return this.early ? this.early.summary(row) : this.summary(this.table.entries[row]!)
  }

  /** The summary of a thread by id, or null when it does not exist. */
  summaryOf(id: string): ThreadSummary | null {
    if (this.early) {
      const row = this.early.rowOf(id)
      return row === undefined ? null : this.early.summary(row)
    }
    const entry = this.threads.get(id)
    return entry ? this.summary(entry) : null
  }
  readonly contacts = new Map<string, Contact>()
  readonly contactsByRelay = new Map<string, Contact>()
  readonly orders = new Map<string, Order>()
  /** How many messages reference each attachment id (purge frees the ones that drop to zero). */
  readonly attachmentUses = new Map<string, number>()
  /** Imported mail already held, by Message-ID (`id:`) and by raw hash (`raw:`): imports skip them. */
  readonly mailKeys = new Map<string, { threadId: string; messageId: string }>()
  /** How many messages keep each raw original (the same mail may sit in two threads after a purge race). */
  readonly rawUses = new Map<string, number>()

  addPartition(data: PartitionData): void {
    for (const contact of data.contacts) this.addContact(contact)
    for (const order of data.orders) this.orders.set(order.orderNumber, order)
    for (const record of data.threads) this.threads.set(record.id, newEntry(record, this.contactFor(record)))
    for (const message of data.messages) {
      const entry = this.threads.get(message.threadId)
      if (!entry) continue // an orphan stays in its file, untouched, but is not shown
      entry.messages.push(message)
      this.registerMessage(message)
    }
    for (const report of data.reports)
      this.threads.get(report.threadId)?.reportedMessageIds.add(report.messageId)
    for (const record of data.threads) refreshEntry(this.threads.get(record.id)!)
  }

  /** The inverse of `addPartition`, to reload a partition after a failed commit. */
  removePartition(data: PartitionData): void {
    for (const contact of data.contacts) {
      this.contacts.delete(contact.id)
      this.contactsByRelay.delete(contact.relayAddress.toLowerCase())
    }
    for (const order of data.orders) this.orders.delete(order.orderNumber)
    for (const record of data.threads) {
      const entry = this.threads.get(record.id)
      if (!entry) continue
      for (const message of entry.messages) {
        this.unregisterMessage(message)
        this.releaseRaw(message)
      }
      this.threads.delete(record.id)
    }
  }

  /** Points every thread at its contact object (contacts load in any order, so this runs last). */
  linkContacts(): void {
    for (const entry of this.threads.values()) entry.contact = this.contactFor(entry.record)
  }

  private contactFor(record: StoredThread): Contact {
    return (
      this.contacts.get(record.contactId) ?? {
        id: record.contactId,
        displayName: UNKNOWN_CONTACT_NAME,
        relayAddress: '',
        blocked: false,
      }
    )
  }

  addContact(contact: Contact): void {
    this.contacts.set(contact.id, contact)
    this.contactsByRelay.set(contact.relayAddress.toLowerCase(), contact)
  }

  registerMessage(message: Message): void {
    for (const key of mailKeysOf(message))
      this.mailKeys.set(key, { threadId: message.threadId, messageId: message.id })
    if (message.raw) this.rawUses.set(message.raw.id, (this.rawUses.get(message.raw.id) ?? 0) + 1)
    for (const attachment of message.attachments) {
      this.attachmentUses.set(attachment.id, (this.attachmentUses.get(attachment.id) ?? 0) + 1)
    }
  }

  /** The raw original this message alone kept (to free with it), or null. */
  releaseRaw(message: Message): string | null {
    if (!message.raw) return null
    const uses = (this.rawUses.get(message.raw.id) ?? 0) - 1
    if (uses > 0) {
      this.rawUses.set(message.raw.id, uses)
      return null
    }
    this.rawUses.delete(message.raw.id)
    return message.raw.id
  }

  /** Returns the attachment ids no message references any more. */
  unregisterMessage(message: Message): string[] {
    const freed: string[] = []
    for (const key of mailKeysOf(message))
      if (this.mailKeys.get(key)?.messageId === message.id) this.mailKeys.delete(key)
    for (const attachment of message.attachments) {
      const uses = (this.attachmentUses.get(attachment.id) ?? 0) - 1
      if (uses > 0) {
        this.attachmentUses.set(attachment.id, uses)
      } else {
        this.attachmentUses.delete(attachment.id)
        freed.push(attachment.id)
      }
    }
    return freed
  }

  addThread(record: StoredThread): ThreadEntry {
    const entry = newEntry(record, this.contactFor(record))
    refreshEntry(entry)
    this.threads.set(record.id, entry)
    this.ordered.splice(this.insertionPoint(entry), 0, entry)
    this.table.sync(entry)
    return entry
  }

  removeThread(entry: ThreadEntry): void {
    this.threads.delete(entry.record.id)
    const at = this.ordered.indexOf(entry)
    if (at >= 0) this.ordered.splice(at, 1)
    this.table.drop(entry.record.id)
  }

  /** Call after a change of the thread's messages: refreshes it and moves it to its new place. */
  touchMessages(entry: ThreadEntry): void {
    const at = this.ordered.indexOf(entry)
    if (at >= 0) this.ordered.splice(at, 1)
    refreshEntry(entry)
    this.ordered.splice(this.insertionPoint(entry), 0, entry)
    this.table.sync(entry)
  }

  /**
   * Rebuilds the order and the query table from the threads (after a load or a reload); a saved
   * full-text index spares indexing the threads it still describes.
   */
  resort(saved: SavedThreadTable | null = null, inOrder = false): void {
    const threads = [...this.threads.values()]
    // `inOrder`: the threads were added in activity order (thread summaries); checked, not trusted.
    const sorted = inOrder && threads.every((t, i) => i === 0 || compareEntries(threads[i - 1]!, t) < 0)
    this.ordered = sorted ? threads : threads.sort(compareEntries)
    // A reload keeps the documents of the threads whose text did not change (the table checks).
    this.table.rebuild(this.ordered, saved ?? (this.table.rowCount > 0 ? this.table.save() : null))
  }

  /**
   * Brings the query table in line with these threads after a command edited them in place (flags,
   * folder, labels, contact, messages): a thread no longer held is dropped from it.
   */
  syncThreads(ids: Iterable<string>): void {
    for (const id of ids) {
      const entry = this.threads.get(id)
      if (entry) this.table.sync(entry)
      else this.table.drop(id)
    }
  }

  private insertionPoint(entry: ThreadEntry): number {
    let low = 0
    let high = this.ordered.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (compareEntries(this.ordered[mid]!, entry) < 0) low = mid + 1
      else high = mid
    }
    return low
  }

  /** Linear, but only `report` needs it: not worth a 100k-entry map rebuilt at every open. */
  findMessage(messageId: string): { entry: ThreadEntry; message: Message } | null {
    for (const entry of this.threads.values()) {
      if (entry.shelved) continue // not read back for a look-up (body-cache.ts: findShelvedMessage)
      const message = entry.messages.find((m) => m.id === messageId)
      if (message) return { entry, message }
    }
    return null
  }

  summary(entry: ThreadEntry): ThreadSummary {
    const { record, contact } = entry
    const { shelved } = entry
    const last = shelved ? undefined : entry.messages.at(-1)
    return {
      id: record.id,
      subject: record.subject,
      contact: { ...contact },
      orderNumber: record.orderNumber,
      lastMessageAt: entry.lastMessageAt,
      lastDirection: entry.lastDirection,
      waitingSince: entry.waitingSince,
      preview: shelved ? shelved.preview : last ? previewOf(last.body) : '',
      messageCount: shelved ? shelved.messageCount : entry.messages.length,
      unreadCount: entry.unreadCount,
      hasAttachments: entry.hasAttachments,
      folderId: record.folderId,
      labelIds: [...record.labelIds],
      archived: record.archived,
      trashed: record.trashed,
      blocked: contact.blocked,
      noResponseNeeded: record.noResponseNeeded,
      needsReply: needsReply(entry),
      reported: entry.reportedMessageIds.size > 0,
    }
  }
}

/** A class, not a literal: its messages can be shelved without making 100k entries slow objects. */
function newEntry(record: StoredThread, contact: Contact): ThreadEntry {
  return new IndexedThread(record, contact)
}

/** The keys under which an imported mail is recognised again. */
export function mailKeysOf(message: Pick<Message, 'mailMessageId' | 'raw'>): string[] {
  const keys: string[] = []
  if (message.mailMessageId) keys.push(`id:${message.mailMessageId.toLowerCase()}`)
  if (message.raw) keys.push(`raw:${message.raw.id}`)
  return keys
}

export function previewOf(body: string): string {
  // Only a long body's start can show: flattening all of it was most of the time spent writing the
  // thread summaries. The start's flattened text is a prefix of the whole's, so when it is already
  // longer than a preview, the preview is the same.
  if (body.length > PREVIEW_HEAD) {
    const head = flatten(body.slice(0, PREVIEW_HEAD))
    if (head.length > PREVIEW_LENGTH) return `${head.slice(0, PREVIEW_LENGTH - 1)}…`
  }
  const flat = flatten(body)
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat
}

const PREVIEW_HEAD = 4 * PREVIEW_LENGTH
const flatten = (text: string) => text.replace(/\s+/g, ' ').trim()
