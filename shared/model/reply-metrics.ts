/**
 * Response metrics for the dashboard, as pure functions over thread timelines (the store hands them
 * over; see electron/main/services/store/timelines.ts). Everything is hand-checkable:
 *
 * - A *wait* starts at the first inbound message after the owner's last reply (or after the last "no
 *   response needed"), and ends at the owner's next reply (answered), at a "no response needed"
 *   (dismissed: not counted) or not yet (open).
 * - "Answered within 24 h" over the last N days: among waits that started in those N local calendar
 *   days and are decided — answered, or open for more than 24 h — the share answered in ≤ 24 h of
 *   elapsed time. Open waits still under 24 h are not decided yet and are left out.
 * - Median response time: over the answered waits of the window.
 * - Overdue now: open waits older than 24 h.
 * - Messages received per day: inbound messages by local calendar date in the user's time zone.
 *
 * Threads in the Trash and threads of blocked senders are left out: they are not expected to be answered.
 */
import { REPLY_WINDOW_MS } from './reply-clock'
import type { TimelineMessage } from './reply-clock'
import { lastLocalDays, localDateKey, startOfLocalDay } from './local-days'

export interface ThreadTimeline {
  threadId: string
  /** Oldest first. */
  messages: TimelineMessage[]
  noResponseNeeded: boolean
  /** Time of the latest message when the owner marked "no response needed", if known. */
  dismissedThrough: number | null
  blocked: boolean
  trashed: boolean
}

export type WaitOutcome = 'answered' | 'dismissed' | 'open'

export interface Wait {
  threadId: string
  startedAt: number
  outcome: WaitOutcome
  /** When answered: the owner's reply time. */
  answeredAt: number | null
}

export const DASHBOARD_WINDOWS = [7, 30, 90] as const
export type DashboardWindow = (typeof DASHBOARD_WINDOWS)[number]

export interface WindowMetrics {
  days: DashboardWindow
  /** Waits started in the window and decided (answered, or open past 24 h). */
  decided: number
  answered: number
  answeredWithin24h: number
  /** answeredWithin24h / decided, from 0 to 1; null when nothing is decided yet. */
  shareWithin24h: number | null
  medianResponseMs: number | null
}

export const RESPONSE_BUCKETS = ['lt1h', '1to6h', '6to12h', '12to24h', 'gt24h'] as const
export type ResponseBucket = (typeof RESPONSE_BUCKETS)[number]
const BUCKET_LIMITS_H: Record<ResponseBucket, number> = {
  lt1h: 1,
  '1to6h': 6,
  '6to12h': 12,
  '12to24h': 24,
  gt24h: Infinity,
}

export interface DashboardMetrics {
  generatedAt: string
  timeZone: string
  windows: WindowMetrics[]
  overdueNow: number
  waitingNow: number
  /** The selected range: one entry per local date, oldest first. */
  days: DashboardWindow
  receivedPerDay: { date: string; count: number }[]
  /** Response times of the waits answered in the selected range. */
  responseTimes: { bucket: ResponseBucket; count: number }[]
}

/** Splits one thread's timeline into waits. */
export function waitsOf(timeline: ThreadTimeline): Wait[] {
  const waits: Wait[] = []
  let start: number | null = null
  const close = (outcome: WaitOutcome, answeredAt: number | null) => {
    if (start !== null) waits.push({ threadId: timeline.threadId, startedAt: start, outcome, answeredAt })
    start = null
  }
  // A flag without a time (older data, imported mailboxes) covers every message so far.
  const dismissedThrough =
    timeline.dismissedThrough ?? (timeline.noResponseNeeded ? Number.POSITIVE_INFINITY : null)
  let dismissalApplied = dismissedThrough === null
  for (const message of timeline.messages) {
    if (!dismissalApplied && message.at > dismissedThrough!) {
      close('dismissed', null)
      dismissalApplied = true
    }
    if (message.direction === 'out') close('answered', message.at)
    else start ??= message.at
  }
  if (!dismissalApplied || timeline.noResponseNeeded) close('dismissed', null)
  close('open', null)
  return waits
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function windowMetrics(waits: Wait[], days: DashboardWindow, from: number, nowMs: number): WindowMetrics {
  const responseTimes: number[] = []
  let decided = 0
  let within = 0
  for (const wait of waits) {
    if (wait.startedAt < from || wait.startedAt > nowMs || wait.outcome === 'dismissed') continue
    if (wait.outcome === 'answered') {
      const elapsed = wait.answeredAt! - wait.startedAt
      responseTimes.push(elapsed)
      decided++
      if (elapsed <= REPLY_WINDOW_MS) within++
    } else if (nowMs - wait.startedAt > REPLY_WINDOW_MS) {
      decided++
    }
  }
  return {
    days,
    decided,
    answered: responseTimes.length,
    answeredWithin24h: within,
    shareWithin24h: decided === 0 ? null : within / decided,
    medianResponseMs: median(responseTimes),
  }
}

const bucketOf = (elapsedMs: number): ResponseBucket =>
  RESPONSE_BUCKETS.find((bucket) => elapsedMs <= BUCKET_LIMITS_H[bucket] * 3_600_000)!

export function computeDashboardMetrics(
  timelines: readonly ThreadTimeline[],
  options: { nowMs: number; timeZone: string; days: DashboardWindow },
): DashboardMetrics {
  const { nowMs, timeZone } = options
  const counted = timelines.filter((t) => !t.blocked && !t.trashed)
  const waits = counted.flatMap(waitsOf)
  const windowStart = (days: number) => startOfLocalDay(lastLocalDays(nowMs, days, timeZone)[0]!, timeZone)

  const selectedDates = lastLocalDays(nowMs, options.days, timeZone)
  const perDay = new Map(selectedDates.map((date) => [date, 0]))
  const selectedFrom = windowStart(options.days)
  for (const timeline of counted) {
    for (const message of timeline.messages) {
      if (message.direction !== 'in' || message.at < selectedFrom || message.at > nowMs) continue
      const date = localDateKey(message.at, timeZone)
      const count = perDay.get(date)
      if (count !== undefined) perDay.set(date, count + 1)
    }
  }

  const buckets = new Map(RESPONSE_BUCKETS.map((bucket) => [bucket, 0]))
  for (const wait of waits) {
    if (wait.outcome !== 'answered' || wait.startedAt < selectedFrom || wait.startedAt > nowMs) continue
    const bucket = bucketOf(wait.answeredAt! - wait.startedAt)
    buckets.set(bucket, buckets.get(bucket)! + 1)
  }

  const open = waits.filter((wait) => wait.outcome === 'open' && wait.startedAt <= nowMs)
  return {
    generatedAt: new Date(nowMs).toISOString(),
    timeZone,
    windows: DASHBOARD_WINDOWS.map((days) => windowMetrics(waits, days, windowStart(days), nowMs)),
    overdueNow: open.filter((wait) => nowMs - wait.startedAt > REPLY_WINDOW_MS).length,
    waitingNow: open.length,
    days: options.days,
    receivedPerDay: selectedDates.map((date) => ({ date, count: perDay.get(date) ?? 0 })),
    responseTimes: RESPONSE_BUCKETS.map((bucket) => ({ bucket, count: buckets.get(bucket) ?? 0 })),
  }
}
