/**
 * Thread commands as seen from the cache: flag changes (read, labels, no reply needed) show at once
 * (optimistic) and are rolled back if main refuses; the change event then confirms them. Placement
 * changes (archive, trash, move) wait for the event, which patches the lists that hold the thread.
 */
import { useMemo } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { api, call } from '../bridge'
import type { ThreadSummary } from '../../../shared/model/mailbox'
import { patchSummaries } from './store-events'

export function useThreadCommands() {
  const client = useQueryClient()
  return useMemo(() => {
    const optimistic = async <T>(
      ids: string[],
      edit: (summary: ThreadSummary) => ThreadSummary,
      run: () => Promise<T>,
    ): Promise<T> => {
      const rollback = patchSummaries(client, ids, edit)
      try {
        return await run()
      } catch (error) {
        rollback()
        throw error
      }
    }
    return {
      markRead: (ids: string[], read: boolean) =>
        optimistic(
          ids,
          (t) => ({ ...t, unreadCount: read ? 0 : Math.max(1, t.unreadCount) }),
          () => call(api.threads.markRead(ids, read)),
        ),
      label: (ids: string[], labelId: string, on: boolean) =>
        optimistic(
          ids,
          (t) => ({
            ...t,
            labelIds: on ? [...new Set([...t.labelIds, labelId])] : t.labelIds.filter((id) => id !== labelId),
          }),
          () => call(api.threads.label(ids, labelId, on)),
        ),
      noResponseNeeded: (ids: string[], on: boolean) =>
        optimistic(
          ids,
          (t) => ({ ...t, noResponseNeeded: on, ...(on ? { needsReply: false } : {}) }),
          () => call(api.threads.noResponseNeeded(ids, on)),
        ),
    }
  }, [client])
}
