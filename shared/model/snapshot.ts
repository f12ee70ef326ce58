import type { Contact, Folder, Label, Message, Order, OwnerRole, Report } from './mailbox'

/** A thread as stored/imported: its state, without derived fields (counts, previews, needsReply). */
export interface ThreadRecord {
  id: string
  subject: string
  contactId: string
  orderNumber: string | null
  folderId: string | null
  labelIds: string[]
  archived: boolean
  trashed: boolean
  noResponseNeeded: boolean
}

/**
 * A whole mailbox as plain data: the demo mailbox's file format and the store's import format.
 * Messages reference attachments by SHA-256 id; the blobs travel beside the snapshot.
 */
export interface MailboxSnapshot {
  version: 1
  owner: { role: OwnerRole; displayName: string }
  contacts: Contact[]
  orders: Order[]
  folders: Folder[]
  labels: Label[]
  threads: ThreadRecord[]
  messages: Message[]
  reports: Report[]
}
