/**
 * The held-out sets (holdout.jsonl, and holdout-2.jsonl written later by someone else in another style:
 * longer messages, texting spellings, mixed languages, buyers quoting sellers; holdout-3.jsonl, a third
 * round written to resemble the shared corpus: short messages, about three in four in French, a third
 * clean): messages written apart from the rules and the other tests, labelled by hand, in the shared corpus's format. Scored like ../shared/policy/score.mjs: per message, a rule in
 * `expect` that is flagged (severity other than info) is a true positive, one that is not is a miss; a
 * rule in `forbid` that is flagged is a false positive.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkPolicy } from './index'

interface Row {
  id: string
  lang: 'fr' | 'en'
  text: string
  expect: string[]
  forbid: string[]
}

const load = (file: string): Row[] =>
  readFileSync(new URL(file, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Row)

describe.each(['./holdout.jsonl', './holdout-2.jsonl', './holdout-3.jsonl'])('held-out set %s', (file) => {
  const rows = load(file)

  it('is large, bilingual and covers every rule both ways', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200)
    const fr = rows.filter((r) => r.lang === 'fr').length
    expect(fr / rows.length).toBeGreaterThan(0.5)
    expect(fr / rows.length).toBeLessThan(0.8)
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
    const precision = tp / (tp + fp)
    const recall = tp / (tp + fn)
    expect(precision, misses.join('\n')).toBeGreaterThanOrEqual(0.97)
    expect(recall, misses.join('\n')).toBeGreaterThanOrEqual(0.95)
  })
})
