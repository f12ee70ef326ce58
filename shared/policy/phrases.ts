/**
 * A small phrase matcher over folded tokens, so that the marketing, review and social rules are written
 * as data (see lexicon.ts) rather than as regular expressions. The pattern syntax is in phrase-compiler.ts.
 * Matching is bounded: gaps and optional elements are small and every check has a step budget.
 */
import { anchorsOf, firstTok, Occurrences, passesAfter, RequiredTests } from './phrase-anchors'
import type { Anchors, Rows } from './phrase-anchors'
import { Compiler } from './phrase-compiler'
import type { Node, PhraseSets } from './phrase-compiler'
import { matchAt, TEXT_STEP_BUDGET } from './phrase-run'
import type { Token } from './text'

export type { PhraseSets } from './phrase-compiler'

export interface CompiledPattern {
  source: string
  seq: Node[]
  /** Index into the caller's rule list. */
  ruleIndex: number
  /** Ids (in the matcher's RequiredTests) of the first-token tests of the later required elements: each
   * must match somewhere after the start. */
  requires: number[]
  /** Last (text, token) key this pattern was tried at. */
  tried: number
}

export interface PhraseMatch {
  ruleIndex: number
  /** Token indices [from, to). */
  from: number
  to: number
  source: string
}

// ---------------------------------------------------------------------------------------------------
// Index: every pattern is filed under the words its first token can be, so only a few patterns are
// tried at each token.

export class PhraseMatcher {
  private readonly byWord = new Map<string, CompiledPattern[]>()
  private readonly byRaw = new Map<string, CompiledPattern[]>()
  private readonly byStem = new Map<string, Array<[string, CompiledPattern]>>()
  private readonly byNumber: CompiledPattern[] = []
  /** Patterns whose first token could not be indexed (tried everywhere; the unit tests keep it empty). */
  readonly unanchored: CompiledPattern[] = []
  readonly size: number
  private readonly required = new RequiredTests()

  constructor(rules: ReadonlyArray<{ patterns: readonly string[] }>, sets: PhraseSets) {
    const compiler = new Compiler(sets)
    let size = 0
    rules.forEach((rule, ruleIndex) => {
      for (const source of rule.patterns) {
        const seq = compiler.compile(source)
        const requires: number[] = []
        // later elements must follow the first token only when the first element always takes one
        const firstTakesToken = seq[0] !== undefined && firstTok(seq[0]) !== null
        if (firstTakesToken)
          for (const n of seq.slice(1)) {
            const t = firstTok(n)
            if (t) requires.push(this.required.idOf(t))
          }
        const p: CompiledPattern = { source, seq, ruleIndex, requires, tried: -1 }
        size++
        const acc: Anchors = { exact: [], stems: [], raw: [], num: false }
        if (!anchorsOf(p.seq, acc)) {
          this.unanchored.push(p)
          continue
        }
        for (const w of new Set(acc.exact)) push(this.byWord, w, p)
        for (const w of new Set(acc.raw)) push(this.byRaw, w, p)
        for (const s of new Set(acc.stems))
          push(this.byStem, s.slice(0, 2), [s, p] as [string, CompiledPattern])
        if (acc.num) this.byNumber.push(p)
      }
    })
    this.size = size
  }

  /** All matches, at most one per pattern and start token. */
  matchAll(
    toks: readonly Token[],
    startAllowed?: Uint8Array,
    occ: Occurrences = new Occurrences(toks),
  ): PhraseMatch[] {
    const out: PhraseMatch[] = []
    const state = { budget: TEXT_STEP_BUDGET, stamp: ++this.stamp }
    const rows = this.required.rowsIn(occ)
    for (let ti = 0; ti < toks.length && state.budget > 0; ti++) {
      if (startAllowed && !startAllowed[ti]) continue
      const t = toks[ti] as Token
      const key = state.stamp * 4_294_967_296 + ti
      const byWord = this.byWord.get(t.norm)
      if (byWord) for (const p of byWord) this.attempt(p, toks, ti, key, rows, state, out)
      const byRaw = this.byRaw.size ? this.byRaw.get(t.raw) : undefined
      if (byRaw) for (const p of byRaw) this.attempt(p, toks, ti, key, rows, state, out)
      const byStem = this.stemmed(t)
      if (byStem) for (const p of byStem) this.attempt(p, toks, ti, key, rows, state, out)
      if (t.num) for (const p of this.byNumber) this.attempt(p, toks, ti, key, rows, state, out)
      for (const p of this.unanchored) this.attempt(p, toks, ti, key, rows, state, out)
    }
    return out
  }

  private stamp = 0

  /** Per spelling, the patterns filed under a stem it starts with (a text repeats its words; so does typing). */
  private readonly stemCache = new Map<string, CompiledPattern[] | null>()

  private stemmed(t: Token): CompiledPattern[] | null {
    const known = this.stemCache.get(t.norm)
    if (known !== undefined) return known
    const byStem = this.byStem.get(t.pre)
    let list: CompiledPattern[] | null = null
    if (byStem) for (const [stem, p] of byStem) if (t.norm.startsWith(stem)) (list ??= []).push(p)
    if (t.norm.length <= 64) {
      if (this.stemCache.size >= 20_000) this.stemCache.clear()
      this.stemCache.set(t.norm, list)
    }
    return list
  }

  private attempt(
    p: CompiledPattern,
    toks: readonly Token[],
    ti: number,
    key: number,
    rows: Rows,
    state: { budget: number },
    out: PhraseMatch[],
  ): void {
    if (p.tried === key) return // reached through two index entries
    p.tried = key
    for (const r of p.requires) if (!passesAfter(rows, r, ti)) return
    const { end, steps } = matchAt(p.seq, toks, ti)
    state.budget -= steps
    if (end > ti) out.push({ ruleIndex: p.ruleIndex, from: ti, to: end, source: p.source })
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
