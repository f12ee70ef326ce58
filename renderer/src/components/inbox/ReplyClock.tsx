import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ThreadSummary } from '../../../../shared/model/mailbox'
import { replyClockOf } from '../../../../shared/model/reply-clock'
import { formatDateTime, formatDuration } from '../../i18n'
import type { Language } from '../../i18n'
import '../primitives/reply-tools.css'
import { useRole } from '../../state/role'

/**
 * Hours and minutes within two days ("24 h", "23 h 59 min", "overdue by 30 h"), as marketplaces count
 * them; days beyond. Rounded down, so the clock never shows more time than is left.
 */
export function formatClockTime(ms: number, language: Language): string {
  return formatDuration(ms, language, { maxHours: 48 })
}

/** The current time, refreshed every `periodMs` so clocks count down without a reload. */
export function useNow(periodMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), periodMs)
    return () => window.clearInterval(timer)
  }, [periodMs])
  return now
}

interface Props {
  thread: Pick<ThreadSummary, 'waitingSince' | 'needsReply' | 'blocked' | 'trashed'>
  language: Language
  /** `row`: a short chip for the thread list; `full`: with the deadline, for the thread view. */
  variant?: 'row' | 'full'
}

/**
 * Time left to answer within 24 hours: neutral, then a warning in the last 6 hours, then "overdue by…".
 * Nothing when nobody waits for the owner.
 */
export function ReplyClock({ thread, language, variant = 'row' }: Props) {
  const { t } = useTranslation()
  const now = useNow()
  const role = useRole()
  const clock = replyClockOf(thread, now)
  if (!clock || role === 'buyer') return null
  const duration = formatClockTime(clock.remainingMs, language)
  const overdue = clock.state === 'overdue'
  const deadline = formatDateTime(clock.deadline, language)
  const text =
    variant === 'full'
      ? t(overdue ? 'clock.overdueLong' : 'clock.leftLong', { duration, deadline })
      : t(overdue ? 'clock.overdue' : 'clock.left', { duration })
  return (
    <span
      className={`reply-clock reply-clock-${clock.state} reply-clock-${variant}`}
      title={t('clock.title')}
      data-testid={variant === 'full' ? 'thread-clock' : 'reply-clock'}
      data-state={clock.state}
      data-deadline={new Date(clock.deadline).toISOString()}
    >
      <span aria-hidden="true">{overdue ? '⚠' : '◷'}</span> {text}
    </span>
  )
}

/** In the Needs reply view: least time left first, or latest activity first. */
export function TimeLeftSortToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation()
  return (
    <div className="sort-toggle">
      <button
        type="button"
        aria-pressed={on}
        onClick={() => onChange(!on)}
        data-testid="sort-time-left"
        className={on ? 'active' : ''}
      >
        {on ? t('clock.sortActivity') : t('clock.sortTimeLeft')}
      </button>
    </div>
  )
}
