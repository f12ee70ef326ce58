/** The renderer's reads, each a query keyed by what it reads (see keys.ts). */
import { useEffect } from 'react'
import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query'
import { api, call } from '../bridge'
import type { ThreadQuery } from '../../../shared/model/query'
import { keys } from './keys'
import { applyStoreChange } from './store-events'

export const PAGE = 100

export const useCounts = () => useQuery({ queryKey: keys.counts, queryFn: () => call(api.threads.counts()) })
export const useFolders = () => useQuery({ queryKey: keys.folders, queryFn: () => call(api.folders.list()) })
export const useLabels = () => useQuery({ queryKey: keys.labels, queryFn: () => call(api.labels.list()) })

export const useThread = (id: string | null) =>
  useQuery({
    queryKey: keys.detail(id ?? ''),
    queryFn: () => call(api.threads.get(id ?? '')),
    enabled: id !== null,
  })

/** One list per query, loaded a page at a time as the user scrolls. */
export const useThreadList = (query: ThreadQuery) =>
  useInfiniteQuery({
    queryKey: keys.list(query),
    queryFn: ({ pageParam }) =>
      call(api.threads.query({ ...query, limit: PAGE, ...(pageParam ? { cursor: pageParam } : {}) })),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
    // A new filter keeps the rows on screen until its answer arrives (no flash of an empty list).
    placeholderData: keepPreviousData,
  })

/** Subscribes the cache to main's change events for as long as the workspace is shown. */
export function useStoreEvents(): void {
  const client = useQueryClient()
  useEffect(() => {
    // Read with the workspace rather than on the first thread opened (the outbox is app-wide).
    void client.prefetchQuery({ queryKey: keys.outbox, queryFn: () => call(api.outbox.list()) })
    return api.on('store:changed', (event) => applyStoreChange(client, event))
  }, [client])
}
