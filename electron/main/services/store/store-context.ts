/** What every command works on, and how a command reports what it changed. */
import { randomUUID } from 'node:crypto'
import { ComptoirError } from '../../../../shared/ipc/result'
import { checkedName } from '../../../../shared/model/names'
import type { NamedThing } from '../../../../shared/ipc/error-details'
import { reasonError } from '../../../../shared/ipc/error-details'
import { partitionOf } from './layout'
import type { MailboxIndex, ThreadEntry } from './mailbox-index'
import type { PartitionSet } from './partitions'
import type { BodyCache } from './body-cache'
import type { MetaData, PartitionData } from './schema'

export interface StoreContext {
  index: MailboxIndex
  parts: PartitionSet
  now: () => Date
  /** The partitions whose messages were read back (body-cache.ts); absent: every body is held. */
  bodies?: BodyCache
}

export interface NewMessageEvent {
  threadId: string
  messageId: string
  blocked: boolean
}

/** Filled by a command while it edits memory; the store then persists and announces exactly this. */
export interface Change {
  partitions: Set<number>
  meta: boolean
  threadIds: Set<string>
  newMessage?: NewMessageEvent
  /** Attachment ids no message references any more (purge), released once the change is durable. */
  freedAttachments: string[]
  /** Raw originals of imported mail no message keeps any more (purge), deleted once durable. */
  freedRawMails: string[]
  /**
   * The records changed, by key: what the change log records (see log-entry.ts). `threadContents`:
   * the threads whose messages or reports may have changed too (the others changed their record only).
   */
  records: {
    threads: Set<string>
    threadContents: Set<string>
    contacts: Set<string>
    orders: Set<string>
  }
}

export const newChange = (): Change => ({
  partitions: new Set(),
  meta: false,
  threadIds: new Set(),
  freedAttachments: [],
  freedRawMails: [],
  records: { threads: new Set(), threadContents: new Set(), contacts: new Set(), orders: new Set() },
})

export const newId = (prefix: string) => `${prefix}_${randomUUID()}`

export const metaOf = (context: StoreContext): MetaData => context.parts.meta.data
export const partitionData = (context: StoreContext, index: number): PartitionData =>
  context.parts.partitions[index]!.data

/** Every id must name a thread; a command is refused as a whole before anything changes. */
export function resolveThreads(context: StoreContext, ids: readonly string[]): ThreadEntry[] {
  if (!Array.isArray(ids) || ids.length === 0) throw new ComptoirError('BAD_REQUEST', 'No thread given.')
  const entries: ThreadEntry[] = []
  const missing: string[] = []
  for (const id of new Set(ids)) {
    const entry = context.index.threads.get(id)
    if (entry) entries.push(entry)
    else missing.push(id)
  }
  if (missing.length > 0) {
    throw reasonError(
      'NOT_FOUND',
      `No such thread: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? '…' : ''}`,
      { reason: 'not-found', what: 'thread', id: missing[0]! },
    )
  }
  return entries
}

/**
 * The partition holding a thread (or a contact, an order): a hash of its key, never stored, so that a
 * growth doubling the partitions has no number to rewrite in the index.
 */
export const partitionOfKey = (context: StoreContext, key: string): number =>
  partitionOf(key, context.parts.partitionCount)

/** Records that a thread's partition must be written and the thread announced. */
export function touchThread(context: StoreContext, change: Change, entry: ThreadEntry): void {
  touchThreadRecord(context, change, entry)
  change.records.threadContents.add(entry.record.id)
}

/**
 * The same for a command that changed the thread's record alone (a flag, a folder, a label), not its
 * messages or reports: its log entry is then the record without the messages (~0.3 KB instead of the
 * whole thread, ~8 KB).
 */
export function touchThreadRecord(context: StoreContext, change: Change, entry: ThreadEntry): void {
  change.partitions.add(partitionOfKey(context, entry.record.id))
  change.threadIds.add(entry.record.id)
  change.records.threads.add(entry.record.id)
}

/** Records that a contact changed (created or blocked) in its partition. */
export function touchContact(change: Change, contactId: string, partition: number): void {
  change.partitions.add(partition)
  change.records.contacts.add(contactId)
}

/** Records that an order changed (created or merged) in its partition. */
export function touchOrder(change: Change, orderNumber: string, partition: number): void {
  change.partitions.add(partition)
  change.records.orders.add(orderNumber)
}

export function requireText(value: unknown, what: string, max = 120): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ComptoirError('BAD_REQUEST', `${what} must not be empty.`)
  }
  const trimmed = value.trim()
  if (trimmed.length > max)
    throw new ComptoirError('BAD_REQUEST', `${what} is longer than ${max} characters.`)
  return trimmed
}

/** A name the user typed (folder, label, owner): text, and nothing invisible that could disguise it. */
export function requireName(value: unknown, what: NamedThing, max = 120): string {
  return checkedName(value, what, max)
}
