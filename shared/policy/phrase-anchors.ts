/**
 * What a pattern's match must start with: its anchor words (so the matcher files each pattern under the
 * words its first token can be, and only a few patterns are tried at each token), the first-token test
 * of each element, and a per-text cache of where such a test passes in a sentence.
 */
import { addStem, newTok } from './phrase-compiler'
import type { Node, TokNode } from './phrase-compiler'
import type { Token } from './text'

export interface Anchors {
  exact: string[]
  stems: string[]
  raw: string[]
  num: boolean
}

export function anchorsOf(seq: readonly Node[], acc: Anchors): boolean {
  const n = seq[0]
  if (!n) return false
  if (n.k === 'tok') {
    if (n.opt) return false
    acc.exact.push(...n.exact)
    acc.stems.push(...n.stems)
    acc.raw.push(...n.rawExact)
    acc.num ||= n.num
    return true
  }
  if (n.k === 'grp' && !n.opt) return n.alts.every((alt) => anchorsOf(alt, acc))
  return false
}

const firstTokCache = new WeakMap<Node, TokNode | null>()

/** A token test for what the node's match must start with, or null when that cannot be said. */
export function firstTok(n: Node): TokNode | null {
  if (n.k === 'tok') return n.opt ? null : n
  if (n.k !== 'grp' || n.opt) return null
  const hit = firstTokCache.get(n)
  if (hit !== undefined) return hit
  const acc: Anchors = { exact: [], stems: [], raw: [], num: false }
  let out: TokNode | null = null
  if (n.alts.every((alt) => anchorsOf(alt, acc))) {
    out = newTok(false)
    for (const w of acc.exact) out.exact.add(w)
    for (const w of acc.raw) out.rawExact.add(w)
    for (const st of new Set(acc.stems)) addStem(out, st)
    out.num = acc.num
  }
  firstTokCache.set(n, out)
  return out
}

/**
 * A text's words, indexed once per text and shared by the rule and exception matchers: each distinct
 * spelling, and per spelling the sentences it stands in with its last place there.
 */
export class Occurrences {
  /** Sentence of each token. */
  readonly sentOf: Int32Array
  readonly sentenceCount: number
  /** Word id → one token of that spelling. */
  readonly words: Token[] = []
  /** Word id → pairs (sentence, last token index of the word in that sentence), flattened. */
  readonly lastInSentence: number[][] = []
  /** Per matcher's required tests, where they pass (computed on first use). */
  readonly rows = new Map<RequiredTests, Rows>()

  constructor(toks: readonly Token[]) {
    this.sentOf = new Int32Array(toks.length)
    const idByRaw = new Map<string, number>()
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i] as Token
      this.sentOf[i] = t.sent
      let id = idByRaw.get(t.raw)
      if (id === undefined) {
        id = this.words.length
        idByRaw.set(t.raw, id)
        this.words.push(t)
        this.lastInSentence.push([t.sent, i])
        continue
      }
      const pairs = this.lastInSentence[id] as number[]
      // tokens come in order: the same sentence as the last pair moves its last place on
      if (pairs[pairs.length - 2] === t.sent) pairs[pairs.length - 1] = i
      else pairs.push(t.sent, i)
    }
    this.sentenceCount = toks.length ? (toks[toks.length - 1] as Token).sent + 1 : 0
  }
}

/** Per required test, per sentence, the index of the last token the test accepts plus one (0 when none). */
export interface Rows {
  /** Test id → offset of its row in `cells`, or -1 when the test passes nowhere in the text. */
  rowOf: Int32Array
  cells: Int32Array
  sentOf: Int32Array
}

/**
 * The tests a matcher's patterns require after their first token ("every later required word occurs
 * further on in the sentence"), indexed by the words they accept. A text is then read the other way
 * round: each of its few hundred spellings looks up the tests it passes, instead of each test looking
 * up its (sometimes hundred) words in the text; tests none of whose words occur cost nothing.
 */
export class RequiredTests {
  private readonly ids = new Map<TokNode, number>()
  private readonly byWord = new Map<string, number[]>()
  private readonly byRaw = new Map<string, number[]>()
  private readonly byStem = new Map<string, Array<[string, number]>>()
  private readonly numeric: number[] = []

  /** The id of a test (registered on first sight). */
  idOf(node: TokNode): number {
    let id = this.ids.get(node)
    if (id !== undefined) return id
    id = this.ids.size
    this.ids.set(node, id)
    for (const w of node.exact) push(this.byWord, w, id)
    for (const w of node.rawExact) push(this.byRaw, w, id)
    for (const st of new Set(node.stems)) push(this.byStem, st.slice(0, 2), [st, id] as [string, number])
    if (node.num) this.numeric.push(id)
    return id
  }

  /** Per folded spelling, the tests it passes by word or stem (a text repeats its words; so does typing). */
  private readonly testsByNorm = new Map<string, readonly number[]>()

  private testsOf(norm: string): readonly number[] {
    const known = this.testsByNorm.get(norm)
    if (known) return known
    const tests = [...(this.byWord.get(norm) ?? [])]
    for (const [st, test] of this.byStem.get(norm.slice(0, 2)) ?? [])
      if (norm.startsWith(st)) tests.push(test)
    if (norm.length <= 64) {
      if (this.testsByNorm.size >= 20_000) this.testsByNorm.clear()
      this.testsByNorm.set(norm, tests)
    }
    return tests
  }

  /** Where each test passes in the text (cached on the text's index). */
  rowsIn(occ: Occurrences): Rows {
    const known = occ.rows.get(this)
    if (known) return known
    const n = occ.sentenceCount
    const rowOf = new Int32Array(this.ids.size).fill(-1)
    // a cell holds the last index plus one, so a fresh (zeroed) row already says "none"
    let cells = new Int32Array(Math.max(1, n) * 128)
    let used = 0
    const mark = (test: number, pairs: readonly number[]): void => {
      let row = rowOf[test] as number
      if (row < 0) {
        if (used + n > cells.length) {
          const grown = new Int32Array(cells.length * 2 + n)
          grown.set(cells)
          cells = grown
        }
        row = used
        used += n
        rowOf[test] = row
      }
      for (let k = 0; k < pairs.length; k += 2) {
        const at = row + (pairs[k] as number)
        const last = (pairs[k + 1] as number) + 1
        if (last > (cells[at] as number)) cells[at] = last
      }
    }
    occ.words.forEach((t, id) => {
      const pairs = occ.lastInSentence[id] as number[]
      for (const test of this.testsOf(t.norm)) mark(test, pairs)
      const raw = this.byRaw.get(t.raw)
      if (raw) for (const test of raw) mark(test, pairs)
      if (t.num) for (const test of this.numeric) mark(test, pairs)
    })
    const rows: Rows = { rowOf, cells, sentOf: occ.sentOf }
    occ.rows.set(this, rows)
    return rows
  }
}

/** Whether a token after `ti`, in the same sentence, passes the required test `test`. */
export function passesAfter(rows: Rows, test: number, ti: number): boolean {
  const row = rows.rowOf[test] as number
  return row >= 0 && (rows.cells[row + (rows.sentOf[ti] as number)] as number) > ti + 1
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
