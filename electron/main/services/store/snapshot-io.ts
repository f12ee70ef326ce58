/** Import and export of whole mailboxes (`MailboxSnapshot`: the demo mailbox, backups, tests). */
import { stripHiddenCharacters } from '../../../../shared/model/names'
import type { MailboxSnapshot } from '../../../../shared/model/snapshot'
import { ComptoirError } from '../../../../shared/ipc/result'
import { hasValidRecords, isMetaData } from './schema'
import type { MetaData, PartitionData, StoredThread } from './schema'

/** `push(...items)` overflows the call stack past ~100k items: a mailbox has millions. */
function append<T>(target: T[], items: T[]): void {
  for (const item of items) target.push(item)
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>()
  const repeated = new Set<string>()
  for (const id of ids) (seen.has(id) ? repeated : seen).add(id)
  return [...repeated]
}

function refuse(code: 'BAD_REQUEST' | 'CONFLICT', what: string, ids: string[]): never {
  throw new ComptoirError(code, `${what}: ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? '…' : ''}`)
}

/**
 * Adds a snapshot to the records of a store, in place. Nothing is changed unless the whole snapshot is
 * consistent with itself and with the store: ids must be new, references must resolve.
 */
export function mergeSnapshot(
  meta: MetaData,
  records: PartitionData,
  snapshot: MailboxSnapshot,
  now: Date,
): void {
  if (snapshot?.version !== 1 || !isMetaData(snapshot) || !hasValidRecords(snapshot as never)) {
    throw new ComptoirError('BAD_REQUEST', 'This is not a valid mailbox snapshot (version 1).')
  }
  const existing = {
    threads: new Set(records.threads.map((t) => t.id)),
    messages: new Set(records.messages.map((m) => m.id)),
    contacts: new Set(records.contacts.map((c) => c.id)),
  }
  for (const [what, ids] of [
    ['Duplicate thread ids', snapshot.threads.map((t) => t.id)],
    ['Duplicate message ids', snapshot.messages.map((m) => m.id)],
  ] as const) {
    const repeated = duplicates(ids)
    if (repeated.length > 0) refuse('BAD_REQUEST', `${what} in the snapshot`, repeated)
  }
  const clashes = [
    ...snapshot.threads.filter((t) => existing.threads.has(t.id)).map((t) => t.id),
    ...snapshot.messages.filter((m) => existing.messages.has(m.id)).map((m) => m.id),
  ]
  if (clashes.length > 0) refuse('CONFLICT', 'The mailbox already holds', clashes)

  const threadIds = new Set([...existing.threads, ...snapshot.threads.map((t) => t.id)])
  const contactIds = new Set([...existing.contacts, ...snapshot.contacts.map((c) => c.id)])
  const folderIds = new Set([...meta.folders, ...snapshot.folders].map((f) => f.id))
  const labelIds = new Set([...meta.labels, ...snapshot.labels].map((l) => l.id))
  const dangling = [
    ...snapshot.messages.filter((m) => !threadIds.has(m.threadId)).map((m) => `message ${m.id}`),
    ...snapshot.threads.filter((t) => !contactIds.has(t.contactId)).map((t) => `thread ${t.id} (contact)`),
    ...snapshot.threads
      .filter((t) => t.folderId !== null && !folderIds.has(t.folderId))
      .map((t) => `thread ${t.id} (folder)`),
    ...snapshot.threads
      .filter((t) => t.labelIds.some((l) => !labelIds.has(l)))
      .map((t) => `thread ${t.id} (label)`),
  ]
  if (dangling.length > 0) refuse('BAD_REQUEST', 'The snapshot references what it does not contain', dangling)

  const firstMessageAt = new Map<string, string>()
  for (const message of snapshot.messages) {
    const known = firstMessageAt.get(message.threadId)
    if (known === undefined || message.sentAt < known) firstMessageAt.set(message.threadId, message.sentAt)
  }
  const nowIso = now.toISOString()
  for (const thread of snapshot.threads) {
    records.threads.push({
      ...thread,
      labelIds: [...thread.labelIds],
      createdAt: firstMessageAt.get(thread.id) ?? nowIso,
    })
  }
  for (const m of snapshot.messages)
    records.messages.push({ ...m, attachments: m.attachments.map((a) => ({ ...a })) })
  append(
    records.contacts,
    // Names arrive from elsewhere: invisible and direction characters go, the contact stays.
    snapshot.contacts
      .filter((c) => !existing.contacts.has(c.id))
      .map((c) => ({ ...c, displayName: stripHiddenCharacters(c.displayName) })),
  )
  const knownOrders = new Set(records.orders.map((o) => o.orderNumber))
  append(
    records.orders,
    snapshot.orders.filter((o) => !knownOrders.has(o.orderNumber)),
  )
  append(
    records.reports,
    snapshot.reports.map((r) => ({ ...r })),
  )
  const knownFolders = new Set(meta.folders.map((f) => f.id))
  append(
    meta.folders,
    snapshot.folders.filter((f) => !knownFolders.has(f.id)).map((f) => ({ ...f })),
  )
  const knownLabels = new Set(meta.labels.map((l) => l.id))
  append(
    meta.labels,
    snapshot.labels.filter((l) => !knownLabels.has(l.id)).map((l) => ({ ...l })),
  )
  meta.owner ??= { ...snapshot.owner }
}

export function toSnapshot(meta: MetaData, records: PartitionData): MailboxSnapshot {
  const plainThread = ({ createdAt: _createdAt, ...thread }: StoredThread) => thread
  return structuredClone({
    version: 1,
    owner: meta.owner ?? { role: 'seller', displayName: '' },
    contacts: records.contacts,
    orders: records.orders,
    folders: meta.folders,
    labels: meta.labels,
    threads: records.threads.map(plainThread),
    messages: records.messages,
    reports: records.reports,
  })
}
