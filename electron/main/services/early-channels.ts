/**
 * The app opens its store early (thread summaries first, bodies in the background: see "Early open"
 * in docs/architecture.md). The store itself refuses the reads that need bodies until they are read;
 * the app must never show that refusal to the user. So every channel waits for `store.loaded` before
 * it runs, except those that answer from the summaries alone: the first screen (lists without
 * keywords, counts, folders, labels, owner, settings…) then comes at once, and anything else answers
 * as before, only once the bodies are read. A failed read reaches the caller as the store's error.
 */
import type { ThreadQuery } from '../../../shared/model/query'
import type { Channel } from '../../../shared/ipc/contract'
import type { Handlers } from './router'

/** Channels that never read a body (nor a look-up built from the bodies). */
const FROM_SUMMARIES = new Set<Channel>([
  'app:info',
  'owner:get',
  'settings:get',
  'settings:set',
  'threads:counts',
  'folders:list',
  'labels:list',
  'policy:check',
  'attachments:validate',
  'mail:overview',
  'outbox:list',
  'templates:list',
  'notifications:getSettings',
  'backup:status',
])

/** A list answers from the summaries; keywords and order numbers search the bodies. */
const needsBodies = (query: ThreadQuery | undefined) => Boolean(query?.keywords || query?.order)

/** The handlers, each made to wait for the bodies first unless it answers from the summaries. */
export function waitForBodies(handlers: Handlers, loaded: () => Promise<void>): Handlers {
  const gated: Record<string, (...args: never[]) => unknown> = {}
  for (const [channel, handler] of Object.entries(handlers) as [Channel, (...args: unknown[]) => unknown][]) {
    if (FROM_SUMMARIES.has(channel)) {
      gated[channel] = handler
    } else if (channel === 'threads:query') {
      gated[channel] = (query: ThreadQuery) =>
        needsBodies(query) ? loaded().then(() => handler(query)) : handler(query)
    } else {
      gated[channel] = async (...args: unknown[]) => {
        await loaded()
        return handler(...args)
      }
    }
  }
  return gated as unknown as Handlers
}
