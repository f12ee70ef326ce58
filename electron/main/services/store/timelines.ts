/**
 * Per-thread timelines for the dashboard: message directions and times plus the flags that decide
 * whether a thread counts. Read from the in-memory index (no I/O); the metrics themselves are pure
 * functions in shared/model/reply-metrics.ts.
 */
import type { ThreadTimeline } from '../../../../shared/model/reply-metrics'
import { countsForClock, timeOf } from './mailbox-index'
import type { MailboxIndex } from './mailbox-index'
import { clockMessages } from './body-cache'

export function threadTimelines(index: MailboxIndex): ThreadTimeline[] {
  const timelines: ThreadTimeline[] = []
  for (const entry of index.threads.values()) {
    const { record } = entry
    timelines.push({
      threadId: record.id,
      // Notices, bounces and opt-outs ask nothing of the owner: they are not requests to answer.
      // A shelved thread's clock is kept beside it: the dashboard reads no body (body-cache.ts).
      messages: entry.shelved
        ? clockMessages(entry.shelved.clock)
        : entry.messages.filter(countsForClock).map((message) => ({
            direction: message.direction,
            at: timeOf(message.sentAt),
          })),
      noResponseNeeded: record.noResponseNeeded,
      dismissedThrough: record.dismissedThrough ? timeOf(record.dismissedThrough) : null,
      blocked: entry.contact.blocked,
      trashed: record.trashed,
    })
  }
  return timelines
}
