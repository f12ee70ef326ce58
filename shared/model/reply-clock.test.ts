import { describe, expect, it } from 'vitest'
import { HOUR_MS, clockFrom, durationParts, replyClockOf, waitStartOf } from './reply-clock'
import type { TimelineMessage } from './reply-clock'

const at = (iso: string) => Date.parse(iso)
const msg = (direction: 'in' | 'out', iso: string): TimelineMessage => ({ direction, at: at(iso) })
const thread = (
  waitingSince: string | null,
  extra: Partial<{ needsReply: boolean; blocked: boolean }> = {},
) => ({
  waitingSince,
  needsReply: extra.needsReply ?? waitingSince !== null,
  blocked: extra.blocked ?? false,
  trashed: false,
})

describe('reply clock', () => {
  it('counts 24 hours of calendar time from the first unanswered message', () => {
    const clock = clockFrom(at('2026-11-20T10:00:00Z'), at('2026-11-20T14:30:00Z'))
    expect(clock.deadline).toBe(at('2026-11-21T10:00:00Z'))
    expect(clock.remainingMs).toBe(19.5 * HOUR_MS)
    expect(clock.state).toBe('ok')
  })

  it('never shows more than 24 hours, even when the screen clock lags behind the message', () => {
    const start = at('2026-11-20T10:00:00Z')
    expect(clockFrom(start, start - 20_000).remainingMs).toBe(24 * HOUR_MS)
  })

  it('turns to a warning in the last 6 hours and to overdue after 24 hours', () => {
    const start = at('2026-11-20T10:00:00Z')
    expect(clockFrom(start, start + 18 * HOUR_MS - 1).state).toBe('ok')
    expect(clockFrom(start, start + 18 * HOUR_MS).state).toBe('warning')
    expect(clockFrom(start, start + 24 * HOUR_MS).state).toBe('warning')
    const late = clockFrom(start, start + 26 * HOUR_MS)
    expect(late.state).toBe('overdue')
    expect(late.remainingMs).toBe(-2 * HOUR_MS)
  })

  it('runs through the weekend: Friday 18:00 is due Saturday 18:00, not Monday', () => {
    // 2026-11-20 is a Friday; Paris is UTC+1 in November.
    const clock = clockFrom(at('2026-11-20T17:00:00Z'), at('2026-11-23T08:00:00Z'))
    expect(clock.deadline).toBe(at('2026-11-21T17:00:00Z'))
    expect(clock.state).toBe('overdue')
    expect(durationParts(clock.remainingMs)).toEqual({ days: 1, hours: 15, minutes: 0 })
  })

  it('is 24 elapsed hours across DST changes (wall clock shows 25 h in spring, 23 h in autumn)', () => {
    // Saturday 28 March 2026, 12:00 in Paris (UTC+1) → due Sunday 29 March 13:00 in Paris (UTC+2).
    expect(clockFrom(at('2026-03-28T11:00:00Z'), 0).deadline).toBe(at('2026-03-29T11:00:00Z'))
    // Saturday 24 October 2026, 12:00 in Paris (UTC+2) → due Sunday 25 October 11:00 in Paris (UTC+1).
    expect(clockFrom(at('2026-10-24T10:00:00Z'), 0).deadline).toBe(at('2026-10-25T10:00:00Z'))
  })

  it('shows no clock when nobody waits, or the sender is blocked', () => {
    const now = at('2026-11-22T10:00:00Z')
    expect(replyClockOf(thread(null), now)).toBeNull()
    expect(replyClockOf(thread('2026-11-22T08:00:00Z', { needsReply: false }), now)).toBeNull()
    expect(replyClockOf(thread('2026-11-22T08:00:00Z', { blocked: true }), now)).toBeNull()
    expect(replyClockOf(thread('2026-11-22T08:00:00Z'), now)?.remainingMs).toBe(22 * HOUR_MS)
  })

  it('rounds durations down to the minute', () => {
    expect(durationParts(90_059_999)).toEqual({ days: 1, hours: 1, minutes: 0 })
    expect(durationParts(-59_999)).toEqual({ days: 0, hours: 0, minutes: 0 })
  })
})

describe('start of the wait', () => {
  it('starts at the first of several inbound messages in a row', () => {
    const messages = [
      msg('in', '2026-11-20T08:00:00Z'),
      msg('in', '2026-11-20T09:00:00Z'),
      msg('in', '2026-11-20T12:00:00Z'),
    ]
    expect(waitStartOf(messages, null, false)).toBe(at('2026-11-20T08:00:00Z'))
  })

  it('stops at a reply and restarts at the next inbound message', () => {
    const messages = [
      msg('in', '2026-11-20T08:00:00Z'),
      msg('out', '2026-11-20T10:00:00Z'),
      msg('in', '2026-11-21T09:00:00Z'),
      msg('in', '2026-11-21T11:00:00Z'),
    ]
    expect(waitStartOf(messages.slice(0, 2), null, false)).toBeNull()
    expect(waitStartOf(messages, null, false)).toBe(at('2026-11-21T09:00:00Z'))
  })

  it('"no response needed" stops it; a new message restarts it from that message', () => {
    const thanks = msg('in', '2026-11-18T08:00:00Z')
    expect(waitStartOf([thanks], thanks.at, true)).toBeNull()
    const question = msg('in', '2026-11-21T09:00:00Z')
    // The store clears the flag on the new message; the old "thanks" stays dismissed.
    expect(waitStartOf([thanks, question], thanks.at, false)).toBe(question.at)
  })
})
