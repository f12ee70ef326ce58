/**
 * What a `store:changed` event does to the cache: the sidebar counts are replaced by the ones it
 * carries, each named thread's row is patched in every list that holds it (or removed when it no
 * longer matches that list), and only the lists a thread may have joined are refetched. Thread
 * details are patched unless messages changed. Folders and labels reload only when they changed.
 */
import type { InfiniteData, QueryClient } from '@tanstack/react-query'
import type { StoreChangedEvent } from '../../../shared/ipc/contract'
import type { Folder, ThreadDetail, ThreadSummary } from '../../../shared/model/mailbox'
import type { ThreadPage, ThreadQuery } from '../../../shared/model/query'
import { summaryMatches } from '../../../shared/model/thread-match'
import { keys } from './keys'

type ListData = InfiniteData<ThreadPage, string | null>

/** A list after a change: rows patched or dropped, and whether it must be refetched to be right. */
export function patchList(
  data: ListData,
  query: ThreadQuery,
  changed: readonly ThreadSummary[],
  removed: ReadonlySet<string>,
  folders: readonly Folder[],
): { data: ListData; refetch: boolean } {
  const byId = new Map(changed.map((t) => [t.id, t]))
  const held = new Set<string>()
  let refetch = false
  let dropped = 0
  const pages = data.pages.map((page) => ({
    ...page,
    threads: page.threads.flatMap((row) => {
      if (removed.has(row.id)) {
        dropped++
        return []
      }
      const next = byId.get(row.id)
      if (!next) return [row]
      held.add(row.id)
      if (summaryMatches(next, query, folders) === false) {
        dropped++
        return []
      }
      // A new message moves the row to the top (or changes its time left): the store orders it.
      if (next.lastMessageAt !== row.lastMessageAt || query.sort === 'time-left') refetch = true
      return [next]
    }),
  }))
  for (const summary of changed) {
    if (!held.has(summary.id) && summaryMatches(summary, query, folders) !== false) refetch = true
  }
  return {
    data: { ...data, pages: pages.map((page) => ({ ...page, total: Math.max(0, page.total - dropped) })) },
    refetch,
  }
}

export function applyStoreChange(client: QueryClient, event: StoreChangedEvent): void {
  client.setQueryData(keys.counts, event.counts)
  const kinds = new Set(event.kinds)
  if (kinds.has('all') || event.threads === null) {
    void client.invalidateQueries()
    return
  }
  if (kinds.has('folders')) void client.invalidateQueries({ queryKey: keys.folders })
  if (kinds.has('labels')) void client.invalidateQueries({ queryKey: keys.labels })
  void client.invalidateQueries({ queryKey: keys.dashboard })
  void client.invalidateQueries({ queryKey: keys.elsewhere })

  const removed = new Set(event.removed)
  const folders = client.getQueryData<Folder[]>(keys.folders) ?? []
  for (const [key, data] of client.getQueriesData<ListData>({ queryKey: keys.lists })) {
    if (!data) continue
    const query = key[2] as ThreadQuery
    const patched = patchList(data, query, event.threads, removed, folders)
    client.setQueryData(key, patched.data)
    if (patched.refetch) void client.invalidateQueries({ queryKey: key, exact: true })
  }
  for (const summary of event.threads) {
    const key = keys.detail(summary.id)
    const detail = client.getQueryData<ThreadDetail>(key)
    if (!detail) continue
    if (kinds.has('messages') || summary.messageCount !== detail.messages.length) {
      void client.invalidateQueries({ queryKey: key, exact: true })
    } else {
      client.setQueryData<ThreadDetail>(key, { ...detail, thread: summary })
    }
  }
  for (const id of removed) client.removeQueries({ queryKey: keys.detail(id), exact: true })
}

/** Every cached summary of a thread (lists first, then its detail), for commands on the selection. */
export function cachedSummary(client: QueryClient, id: string): ThreadSummary | undefined {
  for (const [, data] of client.getQueriesData<ListData>({ queryKey: keys.lists })) {
    for (const page of data?.pages ?? []) {
      const found = page.threads.find((t) => t.id === id)
      if (found) return found
    }
  }
  return client.getQueryData<ThreadDetail>(keys.detail(id))?.thread
}

/** Optimistic edit of a thread's summary everywhere it is cached; returns how to roll it back. */
export function patchSummaries(
  client: QueryClient,
  ids: readonly string[],
  edit: (summary: ThreadSummary) => ThreadSummary,
): () => void {
  const wanted = new Set(ids)
  const lists = client.getQueriesData<ListData>({ queryKey: keys.lists })
  const details = ids.map(
    (id) => [keys.detail(id), client.getQueryData<ThreadDetail>(keys.detail(id))] as const,
  )
  for (const [key, data] of lists) {
    if (!data) continue
    client.setQueryData<ListData>(key, {
      ...data,
      pages: data.pages.map((page) => ({
        ...page,
        threads: page.threads.map((t) => (wanted.has(t.id) ? edit(t) : t)),
      })),
    })
  }
  for (const [key, detail] of details) {
    if (detail) client.setQueryData<ThreadDetail>(key, { ...detail, thread: edit(detail.thread) })
  }
  return () => {
    for (const [key, data] of lists) client.setQueryData(key, data)
    for (const [key, detail] of details) if (detail) client.setQueryData(key, detail)
  }
}
