/** Formatting helpers never throw on bad stored data (issue 11, item 5): they say "unknown". */
import { describe, expect, it } from 'vitest'
import { formatDateTime, formatDay, formatDuration, formatListTime, formatMoney, formatSize } from './index'

describe('formatting stored values', () => {
  for (const language of ['fr', 'en'] as const) {
    it(`never throws on a bad date, amount or currency (${language})`, () => {
      for (const bad of ['pas une date', '', '31/02/2025', undefined, null, 'Infinity']) {
        expect(formatDateTime(bad, language)).toBe(language === 'fr' ? 'date inconnue' : 'unknown date')
        expect(formatListTime(bad, language)).toBe(language === 'fr' ? 'date inconnue' : 'unknown date')
        expect(formatDay(bad, language)).toBe(language === 'fr' ? 'date inconnue' : 'unknown date')
      }
      expect(formatDuration(Number.NaN, language)).toBe('—')
      expect(formatSize(Number.NaN, language)).toBe('—')
      expect(formatMoney('beaucoup', 'EUR', language)).toBe('—')
      expect(formatDay('2026-11-24', language)).toMatch(/24/)
      expect(formatMoney(4990, 'EURO!', language)).toMatch(/49[.,]90 EURO!/)
      expect(formatMoney(4990, 'EUR', language)).toMatch(/49[.,]90\s?€|€49\.90/)
    })
  }
})

describe('durations, written one way in each language', () => {
  const min = 60_000
  it.each([
    [64 * min, 'fr', '1 h 04 min'],
    [64 * min, 'en', '1 h 04 min'],
    [22 * 60 * min + 55 * min, 'fr', '22 h 55 min'],
    [45 * min, 'fr', '45 min'],
    [3 * 60 * min, 'en', '3 h'],
    [(2 * 24 + 4) * 60 * min, 'fr', '2 j 4 h'],
    [(2 * 24 + 4) * 60 * min, 'en', '2 d 4 h'],
    [59.9 * min, 'fr', '59 min'],
  ] as const)('%d ms in %s is "%s"', (ms, language, expected) => {
    // A no-break space ties each number to its unit; parts are separated by a plain space.
    expect(formatDuration(ms, language).replace(/(\d)\u00a0/g, '$1 ')).toBe(expected)
    expect(formatDuration(ms, language)).toMatch(/^\d+\u00a0/)
  })
  it('keeps hours below two days for the reply clock', () => {
    expect(formatDuration(30 * 60 * min, 'fr', { maxHours: 48 }).replace(/\u00a0/g, ' ')).toBe('30 h')
    expect(formatDuration(-90 * min, 'en', { maxHours: 48 }).replace(/\u00a0/g, ' ')).toBe('1 h 30 min')
  })
})
