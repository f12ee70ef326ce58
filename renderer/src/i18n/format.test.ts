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
