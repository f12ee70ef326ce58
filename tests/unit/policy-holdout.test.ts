/**
 * The labelled sets in tests/data/policy/*.jsonl: messages written apart from the rules, each scored at
 * first look before the rules were widened for it (history in docs/benchmarks.md), then folded in here.
 * Scored like ../shared/policy/score.mjs: per message, a rule in `expect` that is flagged (severity other
 * than info) is a true positive, one that is not is a miss; a rule in `forbid` that is flagged is a
 * false positive. Every folded set must keep precision >= 0.97 and recall >= 0.95.
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

  it('scores precision >= 0.97 and recall >= 0.95', () => {
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
    expect(tp / (tp + fp), misses.join('\n')).toBeGreaterThanOrEqual(0.97)
    expect(tp / (tp + fn), misses.join('\n')).toBeGreaterThanOrEqual(0.95)
  })
})
