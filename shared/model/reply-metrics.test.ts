import { describe, expect, it } from 'vitest'
import { addDays, lastLocalDays, localDateKey, startOfLocalDay } from './local-days'
import { computeDashboardMetrics, median, waitsOf } from './reply-metrics'
import type { ThreadTimeline } from './reply-metrics'

const PARIS = 'Europe/Paris'
const H = 3_600_000
const at = (iso: string) => Date.parse(iso)

function timeline(
  threadId: string,
  messages: [direction: 'in' | 'out', iso: string][],
  extra: Partial<ThreadTimeline> = {},
): ThreadTimeline {
  return {
    threadId,
    messages: messages.map(([direction, iso]) => ({ direction, at: at(iso) })),
    noResponseNeeded: false,
    dismissedThrough: null,
    blocked: false,
    trashed: false,
    ...extra,
  }
}

describe('local days in Europe/Paris', () => {
  it('buckets instants by local date on both sides of the DST changes', () => {
    expect(localDateKey(at('2026-03-28T23:30:00Z'), PARIS)).toBe('2026-03-29') // 00:30 CET
    expect(localDateKey(at('2026-03-29T21:59:00Z'), PARIS)).toBe('2026-03-29') // 23:59 CEST
    expect(localDateKey(at('2026-03-29T22:00:00Z'), PARIS)).toBe('2026-03-30') // 00:00 CEST
    expect(localDateKey(at('2026-10-24T22:30:00Z'), PARIS)).toBe('2026-10-25') // 00:30 CEST
    expect(localDateKey(at('2026-10-25T22:30:00Z'), PARIS)).toBe('2026-10-25') // 23:30 CET
    expect(localDateKey(at('2026-10-25T23:00:00Z'), PARIS)).toBe('2026-10-26')
  })

  it('knows that 29 March lasts 23 hours and 25 October lasts 25', () => {
    const spring = startOfLocalDay('2026-03-29', PARIS)
    expect(spring).toBe(at('2026-03-28T23:00:00Z'))
    expect(startOfLocalDay('2026-03-30', PARIS) - spring).toBe(23 * H)
    const autumn = startOfLocalDay('2026-10-25', PARIS)
    expect(autumn).toBe(at('2026-10-24T22:00:00Z'))
    expect(startOfLocalDay('2026-10-26', PARIS) - autumn).toBe(25 * H)
  })

  it('lists the last n local dates across month ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(lastLocalDays(at('2026-03-01T23:30:00Z'), 3, PARIS)).toEqual([
      '2026-02-28',
      '2026-03-01',
      '2026-03-02', // 00:30 on 2 March in Paris
    ])
  })
})

describe('waits of one thread', () => {
  it('starts a wait at the first of several inbound messages in a row', () => {
    const waits = waitsOf(
      timeline('t', [
        ['in', '2026-10-26T07:00:00Z'],
        ['in', '2026-10-26T09:00:00Z'],
        ['in', '2026-10-26T11:00:00Z'],
        ['out', '2026-10-26T13:00:00Z'],
      ]),
    )
    expect(waits).toEqual([
      {
        threadId: 't',
        startedAt: at('2026-10-26T07:00:00Z'),
        outcome: 'answered',
        answeredAt: at('2026-10-26T13:00:00Z'),
      },
    ])
  })

  it('"no response needed" closes a wait uncounted; a new message opens a new one', () => {
    const thanks = '2026-10-20T08:00:00Z'
    const waits = waitsOf(
      timeline(
        't',
        [
          ['in', thanks],
          ['in', '2026-10-27T06:00:00Z'],
        ],
        { dismissedThrough: at(thanks) },
      ),
    )
    expect(waits.map((w) => [w.outcome, new Date(w.startedAt).toISOString()])).toEqual([
      ['dismissed', '2026-10-20T08:00:00.000Z'],
      ['open', '2026-10-27T06:00:00.000Z'],
    ])
  })

  it('treats a flag without a time (imported mailboxes) as covering every message', () => {
    const waits = waitsOf(timeline('t', [['in', '2026-10-20T08:00:00Z']], { noResponseNeeded: true }))
    expect(waits.map((w) => w.outcome)).toEqual(['dismissed'])
  })

  it('a reply without a question opens nothing', () => {
    expect(waitsOf(timeline('t', [['out', '2026-10-20T08:00:00Z']]))).toEqual([])
  })
})

describe('dashboard metrics (hand-computed, autumn DST week)', () => {
  // Tuesday 27 October 2026, 13:00 in Paris (UTC+1 since Sunday 25 October, 03:00 → 02:00).
  const now = at('2026-10-27T12:00:00Z')
  const timelines = [
    // Friday 18:00 → Monday 09:00: 64 h, the weekend counts.
    timeline('A', [
      ['in', '2026-10-23T16:00:00Z'],
      ['out', '2026-10-26T08:00:00Z'],
    ]),
    // Saturday 12:00 CEST → Sunday 11:30 CET: the wall clock says 23 h 30, elapsed time is 24 h 30.
    timeline('B', [
      ['in', '2026-10-24T10:00:00Z'],
      ['out', '2026-10-25T10:30:00Z'],
    ]),
    // Saturday 22:00 CEST → Sunday 20:00 CET: 23 h.
    timeline('C', [
      ['in', '2026-10-24T20:00:00Z'],
      ['out', '2026-10-25T19:00:00Z'],
    ]),
    // Three questions in a row, answered 6 h after the first (2 h after the last).
    timeline('D', [
      ['in', '2026-10-26T07:00:00Z'],
      ['in', '2026-10-26T09:00:00Z'],
      ['in', '2026-10-26T11:00:00Z'],
      ['out', '2026-10-26T13:00:00Z'],
    ]),
    // "Thanks!" marked no response needed, then a new question this morning (6 h ago: not decided).
    timeline(
      'E',
      [
        ['in', '2026-10-20T08:00:00Z'],
        ['in', '2026-10-27T06:00:00Z'],
      ],
      { dismissedThrough: at('2026-10-20T08:00:00Z') },
    ),
    // Unanswered since Sunday 10:00 CET: 51 h, overdue.
    timeline('F', [['in', '2026-10-25T09:00:00Z']]),
    // Left out: a blocked sender and a trashed thread, both overdue.
    timeline('G', [['in', '2026-10-25T09:00:00Z']], { blocked: true }),
    timeline('H', [['in', '2026-10-25T09:00:00Z']], { trashed: true }),
    // 40 days ago, answered in 30 minutes: only in the 90-day window.
    timeline('I', [
      ['in', '2026-09-17T10:00:00Z'],
      ['out', '2026-09-17T10:30:00Z'],
    ]),
  ]
  const metrics = computeDashboardMetrics(timelines, { nowMs: now, timeZone: PARIS, days: 7 })

  it('shares answered within 24 h: 2 of 5 decided waits in 7 and 30 days, 3 of 6 in 90', () => {
    expect(metrics.windows.map((w) => [w.days, w.answeredWithin24h, w.decided, w.shareWithin24h])).toEqual([
      [7, 2, 5, 0.4],
      [30, 2, 5, 0.4],
      [90, 3, 6, 0.5],
    ])
  })

  it('takes the median response time over answered waits', () => {
    // 6 h, 23 h, 24.5 h, 64 h → (23 + 24.5) / 2; with the 30-minute one: 23 h.
    expect(metrics.windows[0]!.medianResponseMs).toBe(23.75 * H)
    expect(metrics.windows[2]!.medianResponseMs).toBe(23 * H)
  })

  it('counts the waits open now and those overdue', () => {
    expect(metrics.waitingNow).toBe(2) // E (6 h) and F (51 h)
    expect(metrics.overdueNow).toBe(1)
  })

  it('counts inbound messages per local day over the selected range', () => {
    expect(metrics.receivedPerDay).toEqual([
      { date: '2026-10-21', count: 0 },
      { date: '2026-10-22', count: 0 },
      { date: '2026-10-23', count: 1 },
      { date: '2026-10-24', count: 2 }, // B at 12:00 and C at 22:00 (UTC 20:00, still the 24th)
      { date: '2026-10-25', count: 1 },
      { date: '2026-10-26', count: 3 },
      { date: '2026-10-27', count: 1 },
    ])
  })

  it('buckets response times (a bucket includes its upper bound)', () => {
    expect(Object.fromEntries(metrics.responseTimes.map((b) => [b.bucket, b.count]))).toEqual({
      lt1h: 0,
      '1to6h': 1,
      '6to12h': 0,
      '12to24h': 1,
      gt24h: 2,
    })
  })

  it('spring DST: days start at local midnight, the 23-hour Sunday included', () => {
    const spring = computeDashboardMetrics(
      [
        timeline('S', [
          ['in', '2026-03-24T22:59:00Z'], // 23:59 on the 24th: outside the 7 days
          ['in', '2026-03-24T23:00:00Z'], // 00:00 on the 25th
          ['in', '2026-03-28T23:30:00Z'], // 00:30 CET on the 29th
          ['in', '2026-03-29T21:59:00Z'], // 23:59 CEST on the 29th
          ['in', '2026-03-29T22:00:00Z'], // 00:00 CEST on the 30th
          ['out', '2026-03-30T06:00:00Z'],
        ]),
      ],
      { nowMs: at('2026-03-31T10:00:00Z'), timeZone: PARIS, days: 7 },
    )
    expect(spring.receivedPerDay.map((d) => d.count)).toEqual([1, 0, 0, 0, 2, 1, 0])
    expect(spring.receivedPerDay[0]!.date).toBe('2026-03-25')
    // The wait began at 22:59 on the 24th, before the 7-day window: only the 30-day one counts it.
    expect(spring.windows[0]!.decided).toBe(0)
    expect(spring.windows[1]!.medianResponseMs).toBe(at('2026-03-30T06:00:00Z') - at('2026-03-24T22:59:00Z'))
  })

  it('has no share when nothing is decided', () => {
    expect(median([])).toBeNull()
    const empty = computeDashboardMetrics([], { nowMs: now, timeZone: PARIS, days: 30 })
    expect(empty.windows.every((w) => w.shareWithin24h === null)).toBe(true)
    expect(empty.receivedPerDay).toHaveLength(30)
  })
})
