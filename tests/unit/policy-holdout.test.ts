/**
 * The labelled sets in tests/data/policy/*.jsonl: messages written apart from the rules, each scored at
 * first look before the rules were widened for it (history in docs/benchmarks.md), then folded in here.
 * Scored like ../shared/policy/score.mjs: per message, a rule in `expect` that is flagged (severity other
 * than info) is a true positive, one that is not is a miss; a rule in `forbid` that is flagged is a
 * false positive. Every folded set must keep precision >= 0.97 and recall >= 0.95 (FLOORS: sets still being
 * folded in, held at what the checker reaches).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkPolicy } from '../../shared/policy'

interface Row {
  id: string
  lang: string
  text: string
  expect: string[]
  forbid: string[]
}

const DATA = new URL('../data/policy/', import.meta.url)
const SETS = readdirSync(DATA)
  .filter((name) => name.endsWith('.jsonl'))
  .sort()

/**
 * Sets folded in before the checker reaches the bar on them: a floor equal to what it reaches now, so that
 * the test catches a regression without pretending the set is solved. Raise it as the set is worked
 * through; remove the entry once the set meets the bar.
 */
const FLOORS: Record<string, { precision: number; recall: number }> = {
  // round-e3 (blind, first look 0.987 / 0.950): one miss left, a French mobile mixing digits, words and dashes
  // ("zero6 - 33 - 1 4 - 7 seven - 2 8"); the checker reaches 1.000 / 0.994 (160 of 161)
  'round-e3.jsonl': { precision: 1, recall: 0.99 },
}
const BAR = { precision: 0.97, recall: 0.95 }

const load = (file: string): Row[] =>
  readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row)

it('finds the labelled sets', () => {
  expect(SETS.length).toBeGreaterThanOrEqual(4)
})

describe.each(SETS)('labelled set %s', (file) => {
  const rows = load(file)

  it('is large, multilingual and covers every rule both ways', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200)
    expect(new Set(rows.map((r) => r.lang)).size).toBeGreaterThanOrEqual(2)
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length)
    for (const rule of new Set(rows.flatMap((r) => r.expect)))
      expect(rows.some((r) => r.forbid.includes(rule))).toBe(true)
  })

  const bar = FLOORS[file] ?? BAR
  it(`scores precision >= ${bar.precision} and recall >= ${bar.recall}`, () => {
    let tp = 0
    let fn = 0
    let fp = 0
    const misses: string[] = []
    for (const row of rows) {
      const flagged = new Set(
        checkPolicy(row.text)
          .filter((f) => f.severity !== 'info')
          .map((f) => f.rule),
      )
      for (const r of row.expect) {
        if (flagged.has(r)) tp++
        else {
          fn++
          misses.push(`missed ${r}: ${row.id} ${row.text}`)
        }
      }
      for (const r of row.forbid) {
        if (!flagged.has(r)) continue
        fp++
        misses.push(`false ${r}: ${row.id} ${row.text}`)
      }
    }
    expect(tp / (tp + fp), misses.join('\n')).toBeGreaterThanOrEqual(bar.precision)
    expect(tp / (tp + fn), misses.join('\n')).toBeGreaterThanOrEqual(bar.recall)
  })
})
