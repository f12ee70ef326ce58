import { describe, expect, it } from 'vitest'
import { compareInstants, parseReportDate } from './dates'

describe('report dates', () => {
  it('keeps the offset a report writes', () => {
    expect(parseReportDate('2026-11-28T14:03:11+01:00')).toEqual({
      ok: true,
      iso: '2026-11-28T14:03:11+01:00',
    })
    expect(parseReportDate('2026-11-28T14:03:11+0100')).toEqual({
      ok: true,
      iso: '2026-11-28T14:03:11+01:00',
    })
    expect(parseReportDate('2026-11-28T14:03:11Z')).toEqual({ ok: true, iso: '2026-11-28T14:03:11Z' })
    expect(parseReportDate('2026-07-01 08:00:00 PDT')).toEqual({ ok: true, iso: '2026-07-01T08:00:00-07:00' })
  })

  it('refuses a time without a zone, an unknown zone and a day that does not exist', () => {
    expect(parseReportDate('2026-11-28T14:03:11').ok).toBe(false)
    expect(parseReportDate('2026-11-28 14:03:11 XYZ').ok).toBe(false)
    expect(parseReportDate('2026-13-45T10:00:00Z').ok).toBe(false)
    expect(parseReportDate('2026-11-28').ok).toBe(false)
    expect(parseReportDate('2026-11-28', { dateOnly: true })).toEqual({ ok: true, iso: '2026-11-28' })
  })

  it('compares instants, not the text', () => {
    expect(compareInstants('2026-11-28T10:00:00+02:00', '2026-11-28T09:00:00Z')).toBeLessThan(0)
  })
})
