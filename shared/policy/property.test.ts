import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blockingFindings, checkPolicy, detectLanguage } from './index'
import type { Finding } from './index'
import { BLOCKING_RULES, WARNING_RULES } from './types'

const RULES = new Set<string>([...BLOCKING_RULES, ...WARNING_RULES])

function assertWellFormed(text: string, findings: Finding[]): void {
  let previous = -1
  for (const f of findings) {
    expect(Number.isInteger(f.start) && Number.isInteger(f.end)).toBe(true)
    expect(f.start).toBeGreaterThanOrEqual(0)
    expect(f.end).toBeGreaterThan(f.start)
    expect(f.end).toBeLessThanOrEqual(text.length)
    expect(f.start).toBeGreaterThanOrEqual(previous)
    previous = f.start
    expect(RULES.has(f.rule)).toBe(true)
    expect(['error', 'warning', 'info']).toContain(f.severity)
    expect(f.message.length).toBeGreaterThan(0)
  }
}

/** Pieces that exercise every scanner: digits, separators, at-signs, dots, brackets, keywords. */
const PIECES = [
  ' ',
  '.',
  '@',
  '0',
  '06',
  '+33',
  '00',
  '-',
  '/',
  '(',
  ')',
  '[.]',
  '(at)',
  ' dot ',
  ' point ',
  'arobase',
  'www.',
  'http://',
  '.fr',
  '.com',
  'amazon',
  'gmail',
  'FR76',
  '4242',
  'é',
  'É',
  '’',
  "'",
  '5 étoiles',
  'avis',
  'laissez',
  'si vous êtes satisfait',
  'code promo',
  '%',
  '€',
  '⭐',
  '😀',
  '\u00a0',
  '\n',
  '?',
  'mot de passe :',
  'insta',
  '\uD83D', // lone surrogate
]

describe('checkPolicy on arbitrary input', () => {
  it('never throws and returns valid, sorted spans (any string)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'binary' }), (text) => {
        assertWellFormed(text, checkPolicy(text))
      }),
      { numRuns: 400 },
    )
  })

  it('never throws and returns valid, sorted spans (text built from tricky pieces)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }),
        fc.constantFrom('fr', 'en', undefined),
        (parts, lang) => {
          const text = parts.join('')
          const findings = checkPolicy(text, lang ? { lang } : {})
          assertWellFormed(text, findings)
          expect(blockingFindings(findings).every((f) => f.severity === 'error')).toBe(true)
          expect(['fr', 'en']).toContain(detectLanguage(text))
        },
      ),
      { numRuns: 400 },
    )
  })

  it('is deterministic', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (parts) => {
        const text = parts.join('')
        expect(checkPolicy(text)).toEqual(checkPolicy(text))
      }),
      { numRuns: 100 },
    )
  })

  it('finishes quickly on long adversarial input', () => {
    for (const unit of [
      '0 ',
      '06 12 34 56 78 ',
      'a@',
      'a.',
      'x (at) y (dot) ',
      '4242 ',
      'laissez 5 étoiles ',
    ]) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000)
      // CPU time, not wall time: the test machine is shared. Generous bound; the benchmark figures
      // (npm run policy:bench) are in docs/benchmarks.md
      const t0 = process.cpuUsage()
      const findings = checkPolicy(text)
      const used = process.cpuUsage(t0)
      expect((used.user + used.system) / 1000).toBeLessThan(2_000)
      assertWellFormed(text, findings)
    }
  })
})
