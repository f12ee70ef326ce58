/**
 * Whether a new inbound message is announced. Pure, so one rule serves the desktop notification and
 * the web notice alike. Blocked senders never notify, whatever the settings.
 */
import { localTimeOf } from '../../../../shared/model/local-days'
import type { NotificationSettings, QuietHours } from '../../../../shared/model/notifications'

export type NotificationVerdict =
  { notify: true } | { notify: false; reason: 'blocked' | 'disabled' | 'no-reply-needed' | 'quiet-hours' }

export interface InboundFacts {
  blocked: boolean
  needsReply: boolean
}

const minutesOf = (hhmm: string) => {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number)
  return hours * 60 + minutes
}

/** True when `nowMs` falls in the quiet hours, in `timeZone`; start is inclusive, end exclusive. */
export function inQuietHours(quiet: QuietHours, nowMs: number, timeZone: string): boolean {
  if (!quiet.enabled) return false
  const start = minutesOf(quiet.start)
  const end = minutesOf(quiet.end)
  if (start === end) return false // an empty range, not "all day"
  const local = localTimeOf(nowMs, timeZone)
  const now = local.hour * 60 + local.minute
  return start < end ? now >= start && now < end : now >= start || now < end
}

export function decideNotification(
  facts: InboundFacts,
  settings: NotificationSettings,
  nowMs: number,
  timeZone: string,
): NotificationVerdict {
  if (facts.blocked) return { notify: false, reason: 'blocked' }
  if (!settings.enabled) return { notify: false, reason: 'disabled' }
  if (settings.onlyNeedsReply && !facts.needsReply) return { notify: false, reason: 'no-reply-needed' }
  if (inQuietHours(settings.quietHours, nowMs, timeZone)) return { notify: false, reason: 'quiet-hours' }
  return { notify: true }
}
