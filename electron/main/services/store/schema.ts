/**
 * What the store keeps on disk (schema v1) and the structural checks applied when a file is read.
 * A file that fails them is treated as damaged: set aside, never trusted, never deleted.
 */
import type { Contact, Folder, Label, Message, Order, Owner, Report } from '../../../../shared/model/mailbox'
import type { ThreadRecord } from '../../../../shared/model/snapshot'

export const SCHEMA_VERSION = 1
export const MANIFEST_FORMAT = 'comptoir-mailbox'

export type { Owner }

/** A thread as stored: the snapshot record plus its creation time (the activity of an empty thread). */
export interface StoredThread extends ThreadRecord {
  createdAt: string
  /**
   * Time of the latest message when the owner marked "no response needed": those messages stay
   * answered when a new one clears the flag, so the reply clock restarts at the new one.
   */
  dismissedThrough?: string | null
}

/**
 * One partition. Threads, their messages and reports live in the partition of the thread id; contacts
 * in that of the contact id; orders in that of the order number. So a state change rewrites one file.
 */
export interface PartitionData {
  threads: StoredThread[]
  messages: Message[]
  contacts: Contact[]
  orders: Order[]
  reports: Report[]
}

/** The small, rarely written part: who owns the mailbox, the folder tree and the labels. */
export interface MetaData {
  owner: Owner | null
  folders: Folder[]
  labels: Label[]
}

/** The commit point of the layout: which generation of partitions is live, and how many there are. */
export interface Manifest {
  format: typeof MANIFEST_FORMAT
  schemaVersion: number
  generation: number
  partitionCount: number
  /**
   * Every partition file of the generation is on disk, empty ones included, so a missing one was lost
   * (absent in stores written before this was recorded: their empty partitions have no file).
   */
  everyPartitionWritten?: boolean
}

export const emptyPartition = (): PartitionData => ({
  threads: [],
  messages: [],
  contacts: [],
  orders: [],
  reports: [],
})

export const emptyMeta = (): MetaData => ({ owner: null, folders: [], labels: [] })

type Kind = 'string' | 'boolean' | 'number' | 'array' | 'string|null'
type Shape = Record<string, Kind>

function fieldOk(field: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'array':
      return Array.isArray(field)
    case 'string|null':
      return field === null || typeof field === 'string'
    default:
      return typeof field === kind
  }
}

/** Checks run on ~100k records at every open: the field list is precomputed, nothing is allocated. */
function hasShape(value: unknown, shape: Shape): boolean {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  for (const key in shape) {
    if (!fieldOk(record[key], shape[key]!)) return false
  }
  return true
}

function everyHas(items: unknown, shape: Shape): boolean {
  if (!Array.isArray(items)) return false
  for (const item of items) if (!hasShape(item, shape)) return false
  return true
}

const THREAD_SHAPE: Shape = {
  id: 'string',
  subject: 'string',
  contactId: 'string',
  orderNumber: 'string|null',
  folderId: 'string|null',
  labelIds: 'array',
  archived: 'boolean',
  trashed: 'boolean',
  noResponseNeeded: 'boolean',
}
const MESSAGE_SHAPE: Shape = {
  id: 'string',
  threadId: 'string',
  direction: 'string',
  body: 'string',
  html: 'string|null',
  attachments: 'array',
  sentAt: 'string',
  readAt: 'string|null',
}
const CONTACT_SHAPE: Shape = {
  id: 'string',
  displayName: 'string',
  relayAddress: 'string',
  blocked: 'boolean',
}
const ORDER_SHAPE: Shape = { orderNumber: 'string', items: 'array', status: 'string' }
const REPORT_SHAPE: Shape = { id: 'string', messageId: 'string', threadId: 'string', reason: 'string' }
const FOLDER_SHAPE: Shape = { id: 'string', name: 'string', parentId: 'string|null' }
const LABEL_SHAPE: Shape = { id: 'string', name: 'string', color: 'string', kind: 'string' }

/** The records every layout version holds, checked the same way (v0's single file included). */
export function hasValidRecords(value: Record<string, unknown>, threadShape: Shape = THREAD_SHAPE): boolean {
  return (
    everyHas(value.threads, threadShape) &&
    everyHas(value.messages, MESSAGE_SHAPE) &&
    everyHas(value.contacts, CONTACT_SHAPE) &&
    everyHas(value.orders, ORDER_SHAPE) &&
    everyHas(value.reports, REPORT_SHAPE)
  )
}

const STORED_THREAD_SHAPE: Shape = { ...THREAD_SHAPE, createdAt: 'string' }

export function isPartitionData(value: unknown): value is PartitionData {
  return (
    typeof value === 'object' &&
    value !== null &&
    hasValidRecords(value as Record<string, unknown>, STORED_THREAD_SHAPE)
  )
}

function isOwner(value: unknown): value is Owner | null {
  return value === null || hasShape(value, { role: 'string', displayName: 'string' })
}

export function isMetaData(value: unknown): value is MetaData {
  if (typeof value !== 'object' || value === null) return false
  const meta = value as Record<string, unknown>
  return isOwner(meta.owner) && everyHas(meta.folders, FOLDER_SHAPE) && everyHas(meta.labels, LABEL_SHAPE)
}

export function isManifest(value: unknown): value is Manifest {
  return (
    hasShape(value, {
      format: 'string',
      schemaVersion: 'number',
      generation: 'number',
      partitionCount: 'number',
    }) &&
    (value as Manifest).format === MANIFEST_FORMAT &&
    Number.isInteger((value as Manifest).partitionCount) &&
    (value as Manifest).partitionCount > 0
  )
}

/**
 * Layout v0: the first release kept everything in one lowdb file, `db.json`, without a version, and
 * threads had no creation time.
 */
export interface LegacyV0Data extends Omit<PartitionData, 'threads'> {
  threads: ThreadRecord[]
  owner: Owner | null
  folders: Folder[]
  labels: Label[]
}

export function isLegacyV0Data(value: unknown): value is LegacyV0Data {
  return isMetaData(value) && hasValidRecords(value as unknown as Record<string, unknown>)
}
