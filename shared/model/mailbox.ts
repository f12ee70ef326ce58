/**
 * The mailbox domain, shared by main (which owns it) and renderer (which shows it).
 * Pure data types: no behaviour, no I/O. Dates cross every boundary as ISO-8601 strings.
 */
import type { AttachmentRefusal } from './attachments'
import type { StoredMailWarning } from './mail-import'

/** Who owns this mailbox: a seller answering buyers, or a buyer reviewing their threads. */
export type OwnerRole = 'seller' | 'buyer'

/** Whose mailbox this is: chosen at first run; the name fills the templates' signature. */
export interface Owner {
  role: OwnerRole
  displayName: string
}

export type Direction = 'in' | 'out'

/** A 17-digit marketplace order number written 3-7-7, e.g. 405-1234567-1234567. */
export const ORDER_NUMBER_PATTERN = /^\d{3}-\d{7}-\d{7}$/

export interface Contact {
  id: string
  displayName: string
  /** The marketplace relay address (the real address is never shown to the other party). */
  relayAddress: string
  blocked: boolean
}

export interface OrderItem {
  title: string
  quantity: number
  asin?: string
  sku?: string
  /** Price in the smallest currency unit (cents) to avoid float rounding (the demo's orders). */
  priceCents?: number
  /**
   * Line price as an exact decimal string in `currency`, as the marketplace's report gives it
   * (e.g. "39.80" for the whole quantity): never a float. Imported orders carry this, not priceCents.
   */
  price?: string
  currency?: string
}

export const ORDER_STATUSES = [
  'pending',
  'shipped',
  'delivered',
  'returned',
  'refunded',
  'cancelled',
  /** A marketplace status Comptoir does not know: `marketplaceStatus` holds its words. */
  'other',
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** One parcel of an order, as a shipments report (e.g. "Amazon Fulfilled Shipments") names it. */
export interface OrderShipment {
  /** What tells this shipment apart within its order: the shipment id, or carrier + tracking number. */
  key: string
  carrier: string | null
  trackingNumber: string | null
  /** ISO 8601 with the report's offset, as given. */
  shippedAt: string | null
  estimatedArrival: string | null
  /** The report time this shipment's facts come from: a newer one replaces them, an older one never. */
  reportedAt: string
  items: { title: string; sku?: string; quantity: number; price?: string; currency?: string }[]
}

/** Sums of an imported order, exact decimal strings in `currency` (see docs/architecture.md). */
export interface OrderTotals {
  currency: string
  items: string
  shipping: string
  /** Items + shipping + gift wrap − promotions, taxes included as the report's prices include them. */
  total: string
}

/**
 * The order-level facts of an order report ("All Orders"): status, items, totals. Kept as imported so
 * that merging with a newer or older report is decided on them, never on what was derived.
 */
export interface OrderReportFacts {
  /** `last-updated-date`, ISO 8601 with its offset: the version of these facts. */
  updatedAt: string
  marketplaceStatus: string
  status: OrderStatus
  items: OrderItem[]
  totals: OrderTotals | null
  shipServiceLevel: string | null
  salesChannel: string | null
}

export interface Order {
  orderNumber: string
  items: OrderItem[]
  status: OrderStatus
  /** Carrier and tracking number of the latest shipment (what templates fill in). */
  carrier: string | null
  trackingNumber: string | null
  orderedAt: string
  /** Present on orders imported from the marketplace's reports (absent on the demo's). */
  marketplaceStatus?: string | null
  totals?: OrderTotals | null
  shipServiceLevel?: string | null
  salesChannel?: string | null
  shipments?: OrderShipment[]
  /** The order report facts the fields above were derived from (null: only shipments are known). */
  reportFacts?: OrderReportFacts | null
}

export const ATTACHMENT_TYPES = ['txt', 'pdf', 'jpg', 'gif', 'png', 'doc', 'docx'] as const
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number]

/** A stored attachment: content-addressed by its SHA-256, the original name kept as data. */
export interface AttachmentRef {
  /** Hex SHA-256 of the content; also the stored file's name. */
  id: string
  name: string
  type: AttachmentType
  bytes: number
}

/**
 * What an imported mail is (shared/mail/relay.ts decides): a buyer's message, a marketplace notice
 * (return, cancellation, refund, claim), a bounce of one of our replies, a buyer's opt-out, a mail that
 * only pretends to come from a relay, our own reply found in the mail, or any other mail (`--all`).
 * Only a buyer message (or other mail) starts the 24-hour clock.
 */
export const MAIL_KINDS = [
  'buyer-message',
  'notice',
  'delivery-failure',
  'opt-out',
  'spoofed',
  'outbound',
  'other',
] as const
export type MailKind = (typeof MAIL_KINDS)[number]

/** Kinds that ask nothing of the owner: they join a thread without starting the reply clock. */
export const CLOCKLESS_KINDS: ReadonlySet<string> = new Set<MailKind>([
  'notice',
  'delivery-failure',
  'opt-out',
  'spoofed',
])

/**
 * An attachment of an imported mail that validation refused: shown with its reason, never stored.
 * Imported now: `refusal` (worded by the renderer). Imported by an earlier version: `reason`, its
 * sentence in both languages as it was stored (still shown, never rewritten).
 */
export interface RefusedAttachment {
  name: string
  bytes: number
  code: string
  refusal?: AttachmentRefusal
  reason?: { fr: string; en: string }
}

/** The kept original of an imported mail (content-addressed like attachments, in `raw/`). */
export interface RawMailRef {
  /** Hex SHA-256 of the raw bytes; also the stored file's name. */
  id: string
  bytes: number
}

export interface Message {
  id: string
  threadId: string
  direction: Direction
  body: string
  /** Optional HTML body; rendered only through the renderer's single DOMPurify wrapper. */
  html: string | null
  attachments: AttachmentRef[]
  sentAt: string
  readAt: string | null
  /** Imported mail only: what it is (absent for messages written in the app or the demo). */
  kind?: MailKind
  /** The RFC 5322 Message-ID (without angle brackets), for replies, threading and export. */
  mailMessageId?: string
  inReplyTo?: string
  references?: string[]
  /** The mail's From address (a relay alias for a buyer message). */
  mailFrom?: string
  raw?: RawMailRef
  refusedAttachments?: RefusedAttachment[]
  /**
   * Why a mail pretending to come from the marketplace was judged a pretender: typed since this
   * version, a sentence in both languages in stores written before (still shown as it is).
   */
  warnings?: StoredMailWarning[]
}

export interface Folder {
  id: string
  name: string
  parentId: string | null
}

export const LABEL_KINDS = ['urgency', 'priority', 'free'] as const
export type LabelKind = (typeof LABEL_KINDS)[number]

export interface Label {
  id: string
  name: string
  /** CSS colour as #rrggbb. */
  color: string
  kind: LabelKind
}

export interface Report {
  id: string
  messageId: string
  threadId: string
  reason: string
  reportedAt: string
}

/** One row of the thread list: everything the list shows without loading messages. */
export interface ThreadSummary {
  id: string
  subject: string
  contact: Contact
  orderNumber: string | null
  lastMessageAt: string
  lastDirection: Direction
  /** Start of the buyer's wait: the first inbound message not yet answered, or null. */
  waitingSince: string | null
  preview: string
  messageCount: number
  unreadCount: number
  hasAttachments: boolean
  folderId: string | null
  labelIds: string[]
  archived: boolean
  trashed: boolean
  /** True when the counterpart is blocked: the thread shows in Blocked, not in the Inbox. */
  blocked: boolean
  noResponseNeeded: boolean
  needsReply: boolean
  /** The owner reported one of its messages (a report stays on this computer). */
  reported: boolean
}

export interface ThreadDetail {
  thread: ThreadSummary
  messages: Message[]
  order: Order | null
  /** The owner's reports on this thread's messages, oldest first. */
  reports: Report[]
}
