/**
 * Query keys, named by what they read: a change event refreshes exactly the entries it concerns.
 * `threads.list(query)` is one infinite list per query; `threads.detail(id)` one thread with messages.
 */
import type { ThreadQuery } from '../../../shared/model/query'

export const keys = {
  counts: ['counts'] as const,
  folders: ['folders'] as const,
  labels: ['labels'] as const,
  lists: ['threads', 'list'] as const,
  list: (query: ThreadQuery) => ['threads', 'list', query] as const,
  details: ['threads', 'detail'] as const,
  detail: (id: string) => ['threads', 'detail', id] as const,
  dashboard: ['dashboard'] as const,
  /** Replies not yet accepted by the mail server, every thread's (usually none). */
  outbox: ['outbox'] as const,
  /** Totals of a search in the other views (the hint under an empty result). */
  elsewhere: ['threads', 'elsewhere'] as const,
}
