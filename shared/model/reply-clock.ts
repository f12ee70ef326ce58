/**
 * The 24-hour reply clock. Marketplaces count calendar time (nights, weekends and holidays included)
 * from the buyer's first unanswered message; we do the same, in elapsed milliseconds, so DST changes
 * neither add nor remove an hour. The clock stops when the owner replies or marks the thread "no
 * response needed", and starts again at the next inbound message.
 */
import type { Direction, ThreadSummary } from './mailbox'

export const HOUR_MS = 3_600_000
export const REPLY_WINDOW_MS = 24 * HOUR_MS
/** The last stretch of the window, shown as a warning. */
export const WARNING_WINDOW_MS = 6 * HOUR_MS

export type ClockState = 'ok' | 'warning' | 'overdue'

export interface ReplyClock {
  startedAt: number
  deadline: number
  /** Negative once overdue. */
  remainingMs: number
  state: ClockState
}

export function clockFrom(startedAt: number, nowMs: number): ReplyClock {
  const deadline = startedAt + REPLY_WINDOW_MS
  // A screen clock ticks every few seconds: a message newer than its "now" still has 24 h, not more.
  const remainingMs = deadline - Math.max(nowMs, startedAt)
  const state: ClockState = remainingMs < 0 ? 'overdue' : remainingMs <= WARNING_WINDOW_MS ? 'warning' : 'ok'
  return { startedAt, deadline, remainingMs, state }
}

/** The clock of a thread as the list shows it, or null when nobody is waiting for the owner. */
export function replyClockOf(
  thread: Pick<ThreadSummary, 'waitingSince' | 'needsReply' | 'blocked' | 'trashed'>,
  nowMs: number,
): ReplyClock | null {
  if (!thread.needsReply || thread.blocked || thread.trashed || thread.waitingSince === null) return null
  const startedAt = Date.parse(thread.waitingSince)
  return Number.isNaN(startedAt) ? null : clockFrom(startedAt, nowMs)
}

export interface TimelineMessage {
  direction: Direction
  /** Epoch milliseconds. */
  at: number
}

/**
 * Start of the current wait on a timeline (messages oldest first): the first inbound message after
 * both the owner's last reply and the last "no response needed" (`dismissedThrough`, the time of the
 * latest message when the owner marked it). Null when nobody waits.
 */
export function waitStartOf(
  messages: readonly TimelineMessage[],
  dismissedThrough: number | null,
  noResponseNeeded: boolean,
): number | null {
  if (noResponseNeeded) return null
  let start: number | null = null
  for (const message of messages) {
    if (message.direction === 'out') start = null
    else if (dismissedThrough === null || message.at > dismissedThrough) start ??= message.at
  }
  return start
}

export interface DurationParts {
  days: number
  hours: number
  minutes: number
}

/** Whole days, hours and minutes of |ms|, rounded down to the minute (a clock never shows more time). */
export function durationParts(ms: number): DurationParts {
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000)
  return {
    days: Math.floor(totalMinutes / 1440),
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
  }
}
