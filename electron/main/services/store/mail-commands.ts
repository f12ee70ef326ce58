/**
 * Imported mail into threads, as one store command per mail (so an interrupted import keeps every
 * mail it acknowledged, and a second run recognises them). A mail already held (same Message-ID, or
 * the same raw bytes) is a duplicate and changes nothing. Threads are keyed by order number, then by
 * the buyer's relay alias, so one order never splits into several tickets.
 */
import type { Direction, Message } from '../../../../shared/model/mailbox'
import { ComptoirError } from '../../../../shared/ipc/result'
import { relayAddressInfo } from '../../../../shared/mail/relay'
import { mailKeysOf } from './mailbox-index'
import type { ThreadEntry } from './mailbox-index'
import { partitionOf } from './layout'
import { newId, partitionData, touchContact, touchThread } from './store-context'
import type { Change, StoreContext } from './store-context'
import { appendMessage, createThread } from './thread-commands'
import type { MailFields } from './thread-commands'

export interface IngestMailInput {
  /** The thread to join: the order's, else the relay alias's. Null both: always a thread of its own. */
  orderNumber: string | null
  threadAddress: string | null
  /** In-Reply-To and References: a reply joins the thread of the mail it answers. */
  relatedMessageIds: string[]
  /** False for a pretender: it never joins (nor poisons) a real buyer's thread. */
  joinExisting: boolean
  subject: string
  /** The counterpart: the buyer (relay address), or the sender of a notice or of other mail. */
  contact: { displayName: string; relayAddress: string }
  /** True when the contact is a buyer's relay alias (a notice's sender gives way to the buyer later). */
  contactIsBuyer: boolean
  direction: Direction
  body: string
  html: string | null
  attachments: Message['attachments']
  sentAt: string
  readAt: string | null
  mail: MailFields
  /** Announce the message (notification) as a new one: live sync yes, bulk import of old mail no. */
  announce: boolean
}

export interface IngestMailResult {
  status: 'imported' | 'duplicate'
  threadId: string
  messageId: string
  threadCreated: boolean
}

/** The message already holding one of these keys, if any. */
export function findMailByKeys(
  context: StoreContext,
  keys: string[],
): { threadId: string; messageId: string } | null {
  for (const key of keys) {
    const found = context.index.mailKeys.get(key)
    if (found) return found
  }
  return null
}

function isLive(entry: ThreadEntry): boolean {
  return !entry.record.trashed
}

/** The thread a mail belongs to: latest live thread of its order, else of its relay alias. */
function threadFor(context: StoreContext, input: IngestMailInput): ThreadEntry | null {
  if (!input.joinExisting) return null
  const { ordered } = context.index
  if (input.orderNumber !== null) {
    const byOrder = ordered.find((e) => isLive(e) && e.record.orderNumber === input.orderNumber)
    if (byOrder) return byOrder
  }
  for (const id of input.relatedMessageIds) {
    const known = context.index.mailKeys.get(`id:${id.toLowerCase()}`)
    const entry = known ? context.index.threads.get(known.threadId) : undefined
    if (entry && isLive(entry)) return entry
  }
  if (input.threadAddress !== null) {
    const address = input.threadAddress.toLowerCase()
    // A thread about another order is another conversation, even with the same buyer.
    return (
      ordered.find(
        (e) =>
          isLive(e) &&
          e.contact.relayAddress.toLowerCase() === address &&
          (input.orderNumber === null || e.record.orderNumber === null),
      ) ?? null
    )
  }
  return null
}

/** The thread learns what the mail adds: its order number, and its buyer once one writes. */
function completeThread(
  context: StoreContext,
  change: Change,
  entry: ThreadEntry,
  input: IngestMailInput,
): void {
  let changed = false
  if (entry.record.orderNumber === null && input.orderNumber !== null) {
    entry.record.orderNumber = input.orderNumber
    changed = true
  }
  // A thread opened by a notice (its contact the marketplace's sender) takes the buyer once one writes.
  if (input.contactIsBuyer && relayAddressInfo(entry.contact.relayAddress) === null) {
    entry.record.contactId = contactFor(context, change, input.contact).id
    entry.contact = context.index.contacts.get(entry.record.contactId)!
    changed = true
  }
  if (changed) touchThread(context, change, entry)
}

function contactFor(context: StoreContext, change: Change, contact: IngestMailInput['contact']) {
  const { index, parts } = context
  const known = index.contactsByRelay.get(contact.relayAddress.toLowerCase())
  if (known) return known
  const created = {
    id: newId('c'),
    displayName: contact.displayName,
    relayAddress: contact.relayAddress,
    blocked: false,
  }
  const partition = partitionOf(created.id, parts.partitionCount)
  partitionData(context, partition).contacts.push(created)
  index.addContact(created)
  touchContact(change, created.id, partition)
  return created
}

const MAX_SUBJECT = 500

export function ingestMail(context: StoreContext, change: Change, input: IngestMailInput): IngestMailResult {
  const duplicate = findMailByKeys(context, mailKeysOf(input.mail))
  if (duplicate) return { status: 'duplicate', ...duplicate, threadCreated: false }
  if (mailKeysOf(input.mail).length === 0) {
    throw new ComptoirError('BAD_REQUEST', 'An imported mail needs a Message-ID or its raw original.')
  }
  let entry = threadFor(context, input)
  let threadCreated = false
  if (entry) {
    completeThread(context, change, entry, input)
  } else {
    const subject = input.subject.trim().slice(0, MAX_SUBJECT) || '(sans objet)'
    const summary = createThread(context, change, {
      subject,
      contact: input.contact,
      orderNumber: input.orderNumber,
    })
    entry = context.index.threads.get(summary.id)!
    threadCreated = true
  }
  const message = appendMessage(context, change, {
    threadId: entry.record.id,
    direction: input.direction,
    body: input.body,
    html: input.html,
    attachments: input.attachments,
    sentAt: input.sentAt,
    readAt: input.readAt,
    mail: input.mail,
  })
  if (!input.announce) delete change.newMessage
  return { status: 'imported', threadId: entry.record.id, messageId: message.id, threadCreated }
}
