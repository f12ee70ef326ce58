/**
 * Commands on threads, contacts and messages. Each validates everything first (so a refused command
 * changes nothing), edits the in-memory records, and notes in `change` which files must be persisted.
 */
import { findShelvedMessage } from './body-cache'
import type {
  AttachmentRef,
  Direction,
  Message,
  Order,
  Report,
  ThreadSummary,
} from '../../../../shared/model/mailbox'
import { ATTACHMENT_TYPES, ORDER_NUMBER_PATTERN, ORDER_STATUSES } from '../../../../shared/model/mailbox'
import { ComptoirError } from '../../../../shared/ipc/result'
import { reasonError } from '../../../../shared/ipc/error-details'
import { stripHiddenCharacters } from '../../../../shared/model/names'
import { countsForClock, refreshEntry } from './mailbox-index'
import type { ThreadEntry } from './mailbox-index'
import { partitionOf } from './layout'
import type { StoredThread } from './schema'
import {
  metaOf,
  newId,
  partitionData,
  partitionOfKey,
  requireText,
  resolveThreads,
  touchContact,
  touchOrder,
  touchThread,
  touchThreadRecord,
} from './store-context'
import type { Change, StoreContext } from './store-context'

/**
 * Applies `edit` to each thread; only threads it reports as changed are written and announced.
 * `recordOnly`: the edit changes the thread's record alone, never its messages (see touchThreadRecord).
 */
export function editThreads(
  context: StoreContext,
  change: Change,
  ids: readonly string[],
  edit: (entry: ThreadEntry) => boolean,
  recordOnly = false,
): void {
  for (const entry of resolveThreads(context, ids)) {
    if (!edit(entry)) continue
    if (recordOnly) touchThreadRecord(context, change, entry)
    else touchThread(context, change, entry)
  }
}

export function markRead(context: StoreContext, change: Change, ids: readonly string[], read: boolean): void {
  const at = context.now().toISOString()
  editThreads(context, change, ids, (entry) => {
    let changed = false
    if (read) {
      for (const message of entry.messages) {
        if (message.direction === 'in' && message.readAt === null) {
          message.readAt = at
          changed = true
        }
      }
    } else if (entry.unreadCount === 0) {
      // "Mark as unread" flags the latest inbound message, as mail clients do.
      const lastInbound = entry.messages.findLast((m) => m.direction === 'in')
      if (lastInbound) {
        lastInbound.readAt = null
        changed = true
      }
    }
    if (changed) refreshEntry(entry)
    return changed
  })
}

type ThreadFlag = 'archived' | 'trashed' | 'noResponseNeeded'

export function setFlag(
  context: StoreContext,
  change: Change,
  ids: readonly string[],
  flag: ThreadFlag,
  on: boolean,
) {
  editThreads(
    context,
    change,
    ids,
    (entry) => {
      if (entry.record[flag] === on) return false
      entry.record[flag] = on
      if (flag === 'noResponseNeeded') {
        entry.record.dismissedThrough = on ? entry.lastMessageAt : null
        refreshEntry(entry)
      }
      return true
    },
    true,
  )
}

export function moveThreads(
  context: StoreContext,
  change: Change,
  ids: readonly string[],
  folderId: string | null,
) {
  if (folderId !== null && !metaOf(context).folders.some((f) => f.id === folderId)) {
    throw reasonError('NOT_FOUND', `No such folder: ${folderId}`, {
      reason: 'not-found',
      what: 'folder',
      id: folderId,
    })
  }
  editThreads(
    context,
    change,
    ids,
    (entry) => {
      if (entry.record.folderId === folderId) return false
      entry.record.folderId = folderId
      return true
    },
    true,
  )
}

export function labelThreads(
  context: StoreContext,
  change: Change,
  ids: readonly string[],
  labelId: string,
  on: boolean,
) {
  if (!metaOf(context).labels.some((l) => l.id === labelId)) {
    throw reasonError('NOT_FOUND', `No such label: ${labelId}`, {
      reason: 'not-found',
      what: 'label',
      id: labelId,
    })
  }
  editThreads(
    context,
    change,
    ids,
    (entry) => {
      const has = entry.record.labelIds.includes(labelId)
      if (has === on) return false
      entry.record.labelIds = on
        ? [...entry.record.labelIds, labelId]
        : entry.record.labelIds.filter((id) => id !== labelId)
      return true
    },
    true,
  )
}

export function purgeThreads(context: StoreContext, change: Change, ids: readonly string[]): void {
  const entries = resolveThreads(context, ids)
  const notTrashed = entries.filter((e) => !e.record.trashed)
  if (notTrashed.length > 0) {
    throw new ComptoirError(
      'CONFLICT',
      `Only threads in the Trash can be deleted for good; ${notTrashed.length} of them are not in the Trash.`,
    )
  }
  const { index } = context
  for (const entry of entries) {
    const data = partitionData(context, partitionOfKey(context, entry.record.id))
    const id = entry.record.id
    data.threads = data.threads.filter((t) => t.id !== id)
    data.messages = data.messages.filter((m) => m.threadId !== id)
    data.reports = data.reports.filter((r) => r.threadId !== id)
    for (const message of entry.messages) {
      change.freedAttachments.push(...index.unregisterMessage(message))
      const raw = index.releaseRaw(message)
      if (raw) change.freedRawMails.push(raw)
    }
    index.removeThread(entry)
    touchThread(context, change, entry)
  }
}

export function blockContact(
  context: StoreContext,
  change: Change,
  contactId: string,
  blocked: boolean,
): void {
  const { index } = context
  const contact = index.contacts.get(contactId)
  if (!contact)
    throw reasonError('NOT_FOUND', `No such contact: ${contactId}`, {
      reason: 'not-found',
      what: 'contact',
      id: contactId,
    })
  if (contact.blocked === blocked) return
  contact.blocked = blocked
  touchContact(change, contactId, partitionOfKey(context, contactId))
  for (const entry of index.threads.values()) {
    if (entry.record.contactId === contactId) change.threadIds.add(entry.record.id)
  }
}

export function reportMessage(
  context: StoreContext,
  change: Change,
  messageId: string,
  reason: string,
): Report {
  const found = context.index.findMessage(messageId) ?? findShelvedMessage(context, messageId)
  if (!found)
    throw reasonError('NOT_FOUND', `No such message: ${messageId}`, {
      reason: 'not-found',
      what: 'message',
      id: messageId,
    })
  const { entry, message } = found
  const report: Report = {
    id: newId('r'),
    messageId,
    threadId: message.threadId,
    reason: requireText(reason, 'The reason of a report', 1000),
    reportedAt: context.now().toISOString(),
  }
  partitionData(context, partitionOfKey(context, entry.record.id)).reports.push(report)
  entry.reportedMessageIds.add(messageId)
  touchThread(context, change, entry)
  return { ...report }
}

/** What an imported mail adds to its message (see Message in shared/model/mailbox.ts). */
export type MailFields = Pick<
  Message,
  | 'kind'
  | 'mailMessageId'
  | 'inReplyTo'
  | 'references'
  | 'mailFrom'
  | 'raw'
  | 'refusedAttachments'
  | 'warnings'
>

export interface AppendMessageInput {
  threadId: string
  direction: Direction
  body: string
  html?: string | null
  attachments?: AttachmentRef[]
  sentAt?: string
  /** An imported mail: its identity, kind and kept original. */
  mail?: MailFields
  /** Already read (an imported mail marked seen); inbound messages are otherwise unread. */
  readAt?: string | null
}

function validAttachments(attachments: unknown): AttachmentRef[] {
  if (attachments === undefined) return []
  const ok =
    Array.isArray(attachments) &&
    attachments.every(
      (a: AttachmentRef) =>
        typeof a?.id === 'string' &&
        typeof a.name === 'string' &&
        typeof a.bytes === 'number' &&
        (ATTACHMENT_TYPES as readonly string[]).includes(a.type),
    )
  if (!ok) throw new ComptoirError('BAD_REQUEST', 'Attachment references are malformed.')
  return (attachments as AttachmentRef[]).map((a) => ({
    id: a.id,
    name: a.name,
    type: a.type,
    bytes: a.bytes,
  }))
}

export function appendMessage(context: StoreContext, change: Change, input: AppendMessageInput): Message {
  const [entry] = resolveThreads(context, [input.threadId])
  if (input.direction !== 'in' && input.direction !== 'out') {
    throw new ComptoirError('BAD_REQUEST', 'A message direction is "in" or "out".')
  }
  if (typeof input.body !== 'string') throw new ComptoirError('BAD_REQUEST', 'A message body is text.')
  const attachments = validAttachments(input.attachments)
  // An imported mail may hold only refused attachments: its kept original still makes it a message.
  if (input.body.trim() === '' && attachments.length === 0 && !input.mail?.raw) {
    throw new ComptoirError('BAD_REQUEST', 'A message needs a text or an attachment.')
  }
  const sentAt = input.sentAt ?? context.now().toISOString()
  if (Number.isNaN(Date.parse(sentAt)))
    throw new ComptoirError('BAD_REQUEST', `Invalid sending time: ${sentAt}`)
  const message: Message = {
    id: newId('m'),
    threadId: entry!.record.id,
    direction: input.direction,
    body: input.body,
    html: input.html ?? null,
    attachments,
    sentAt,
    readAt: input.direction === 'out' ? sentAt : (input.readAt ?? null), // what we send is read by definition
    ...definedFields(input.mail),
  }
  const { index } = context
  partitionData(context, partitionOfKey(context, entry!.record.id)).messages.push(message)
  entry!.messages.push(message)
  index.registerMessage(message)
  if (input.direction === 'in' && countsForClock(message)) {
    // A new question: it needs a reply again, and an archived conversation comes back to the Inbox.
    // What the flag covered stays handled (imported flags carry no time: they covered everything).
    if (entry!.record.noResponseNeeded) entry!.record.dismissedThrough = entry!.lastMessageAt
    entry!.record.noResponseNeeded = false
    entry!.record.archived = false
    change.newMessage = {
      threadId: message.threadId,
      messageId: message.id,
      blocked: entry!.contact.blocked,
    }
  }
  index.touchMessages(entry!)
  touchThread(context, change, entry!)
  return { ...message, attachments: message.attachments.map((a) => ({ ...a })) }
}

/** Only the fields an import actually has (the stored JSON stays free of `undefined` keys). */
function definedFields(mail: MailFields | undefined): MailFields {
  const fields: MailFields = {}
  if (!mail) return fields
  for (const [key, value] of Object.entries(mail) as [keyof MailFields, unknown][]) {
    if (value !== undefined && value !== null)
      (fields as Record<string, unknown>)[key] = structuredClone(value)
  }
  return fields
}

export interface CreateThreadInput {
  subject: string
  contact: { displayName: string; relayAddress: string }
  orderNumber?: string | null
  order?: Order
}

function validOrderNumber(value: string): string {
  if (!ORDER_NUMBER_PATTERN.test(value)) {
    throw new ComptoirError(
      'BAD_REQUEST',
      `Order numbers have 17 digits written 3-7-7, e.g. 405-1234567-1234567 (got "${value}").`,
    )
  }
  return value
}

/** A new conversation started by a counterpart (or the demo): the contact is found by relay address. */
export function createThread(context: StoreContext, change: Change, input: CreateThreadInput): ThreadSummary {
  const { index, parts } = context
  const subject = requireText(input.subject, 'The subject', 500)
  // Names arrive with mail: invisible and direction characters are dropped rather than losing it.
  const displayName = requireText(
    typeof input.contact?.displayName === 'string'
      ? stripHiddenCharacters(input.contact.displayName)
      : input.contact?.displayName,
    'The contact name',
    200,
  )
  const relayAddress = requireText(input.contact?.relayAddress, 'The relay address', 320)
  const order = input.order
  if (order && !(ORDER_STATUSES as readonly string[]).includes(order.status)) {
    throw new ComptoirError('BAD_REQUEST', `Unknown order status: ${order.status}`)
  }
  const orderNumber = order
    ? validOrderNumber(order.orderNumber)
    : input.orderNumber
      ? validOrderNumber(input.orderNumber)
      : null
  const count = parts.partitionCount
  let contact = index.contactsByRelay.get(relayAddress.toLowerCase())
  if (!contact) {
    contact = { id: newId('c'), displayName, relayAddress, blocked: false }
    const partition = partitionOf(contact.id, count)
    partitionData(context, partition).contacts.push(contact)
    index.addContact(contact)
    touchContact(change, contact.id, partition)
  }
  if (order) {
    const stored = { ...order, items: order.items.map((item) => ({ ...item })) }
    const partition = partitionOf(order.orderNumber, count)
    const orders = partitionData(context, partition).orders
    const at = orders.findIndex((o) => o.orderNumber === order.orderNumber)
    const known = at >= 0 ? orders[at]! : undefined
    // An order imported from the marketplace's reports is the reference: a copy carried by a new
    // thread never replaces it (the reports' newest-wins merge decides its changes).
    if (!known?.reportFacts && !known?.shipments) {
      if (known)
        orders[at] = stored // a fresher copy of a known order
      else orders.push(stored)
      index.orders.set(order.orderNumber, stored)
      touchOrder(change, order.orderNumber, partition)
    }
  }
  const record: StoredThread = {
    id: newId('t'),
    subject,
    contactId: contact.id,
    orderNumber,
    folderId: null,
    labelIds: [],
    archived: false,
    trashed: false,
    noResponseNeeded: false,
    createdAt: context.now().toISOString(),
  }
  const partition = partitionOf(record.id, count)
  partitionData(context, partition).threads.push(record)
  const entry = index.addThread(record)
  touchThread(context, change, entry)
  return index.summary(entry)
}
