import type { ThreadSummary } from './mailbox'

/** System views are a closed set; folders and labels are data. */
export const SYSTEM_VIEWS = ['inbox', 'needs-reply', 'sent', 'archive', 'trash', 'blocked'] as const
export type SystemView = (typeof SYSTEM_VIEWS)[number]

export const THREAD_SORTS = ['activity', 'time-left'] as const
export type ThreadSort = (typeof THREAD_SORTS)[number]

/**
 * Filters that combine freely (logical AND). Every field is optional; an empty query is "everything
 * not trashed and not blocked" (the Inbox plus archived threads is *not* implied — see `view`).
 */
export interface ThreadQuery {
  view?: SystemView
  folderId?: string
  /** With `folderId`: also match threads in any descendant folder. Default true. */
  includeSubfolders?: boolean
  labelId?: string
  unread?: boolean
  needsReply?: boolean
  /** Threads holding at least one outbound message. */
  sent?: boolean
  /** Threads holding at least one inbound message. */
  received?: boolean
  archived?: boolean
  /** Inclusive lower bound on last activity (ISO date or date-time). */
  from?: string
  /** Inclusive upper bound on last activity (ISO date or date-time; a bare date means the whole day). */
  to?: string
  /** Full or partial order number; digits only are compared, so "1234567" and "405-1234567" both work. */
  order?: string
  /** Words matched case- and accent-insensitively over subject, body, counterpart and order number. */
  keywords?: string
  /** Row order: latest activity first (default), or least time left on the reply clock first. */
  sort?: ThreadSort
  /** Opaque cursor from a previous page. */
  cursor?: string
  /** Page size, 1..500, default 50. */
  limit?: number
}

export interface ThreadPage {
  threads: ThreadSummary[]
  nextCursor: string | null
  /** How many threads match the query in all (for "n results"). */
  total: number
}

export interface CountPair {
  total: number
  unread: number
}

/** Counts for the sidebar. */
export interface ViewCounts {
  views: Record<SystemView, CountPair>
  folders: Record<string, CountPair>
  labels: Record<string, CountPair>
}
