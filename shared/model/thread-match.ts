/**
 * Which system view a thread belongs to, from its flags: one rule for the store's queries and counts
 * and for the renderer, which uses it to patch the lists it holds when a change event names a thread
 * (so a thread archived elsewhere leaves the Inbox list without a refetch).
 *
 * A thread filed in a folder leaves the Inbox, as in mail clients and as IMAP does (a message lives in
 * one mailbox): the Inbox is what is not yet filed, archived, trashed or blocked.
 */
import type { Folder, ThreadSummary } from './mailbox'
import type { SystemView, ThreadQuery } from './query'

export interface ThreadFlags {
  archived: boolean
  trashed: boolean
  blocked: boolean
  folderId: string | null
  needsReply: boolean
}

export function inView(view: SystemView | undefined, t: ThreadFlags, hasOutbound: boolean): boolean {
  switch (view) {
    case 'inbox':
      return !t.archived && !t.trashed && !t.blocked && t.folderId === null
    case 'needs-reply':
      return t.needsReply && !t.trashed && !t.blocked
    case 'sent':
      return hasOutbound && !t.trashed
    case 'archive':
      return t.archived && !t.trashed
    case 'trash':
      return t.trashed
    case 'blocked':
      return t.blocked && !t.trashed
    case undefined:
      return !t.trashed && !t.blocked
  }
}

/** The ids of a folder and all its descendants. */
export function folderSubtree(folders: readonly Folder[], rootId: string): Set<string> {
  const result = new Set<string>([rootId])
  let grew = true
  while (grew) {
    grew = false
    for (const folder of folders) {
      if (folder.parentId !== null && result.has(folder.parentId) && !result.has(folder.id)) {
        result.add(folder.id)
        grew = true
      }
    }
  }
  return result
}

const digitsOf = (text: string) => text.replace(/\D/g, '')

/**
 * Whether a thread summary matches a query: true or false when the summary tells, null when it cannot
 * (keywords search message bodies; "sent"/"received" need every message's direction).
 */
export function summaryMatches(
  summary: ThreadSummary,
  query: ThreadQuery,
  folders: readonly Folder[],
): boolean | null {
  let unknown = false
  // A thread whose last message is outbound surely has one; otherwise only the store knows.
  const outbound = summary.lastDirection === 'out' ? true : null
  if (query.view === 'sent') {
    if (summary.trashed) return false
    if (outbound === null) unknown = true
  } else if (!inView(query.view, summary, false)) return false
  if (query.folderId !== undefined) {
    const ids =
      query.includeSubfolders === false ? new Set([query.folderId]) : folderSubtree(folders, query.folderId)
    if (summary.folderId === null || !ids.has(summary.folderId)) return false
  }
  if (query.labelId !== undefined && !summary.labelIds.includes(query.labelId)) return false
  if (query.unread !== undefined && summary.unreadCount > 0 !== query.unread) return false
  if (query.needsReply !== undefined && summary.needsReply !== query.needsReply) return false
  if (query.archived !== undefined && summary.archived !== query.archived) return false
  if (query.order !== undefined && query.order.trim() !== '') {
    const digits = digitsOf(query.order)
    if (digits === '' || !digitsOf(summary.orderNumber ?? '').includes(digits)) return false
  }
  if (query.from !== undefined || query.to !== undefined || query.sent !== undefined) unknown = true
  if (query.received !== undefined || (query.keywords ?? '').trim() !== '') unknown = true
  return unknown ? null : true
}
