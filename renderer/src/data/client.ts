import { QueryClient } from '@tanstack/react-query'

/**
 * Server state lives here. Nothing goes stale on a timer: main pushes `store:changed` naming what
 * changed, and `applyStoreChange` patches or invalidates exactly that.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: Infinity, gcTime: 5 * 60_000, retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  })
}
