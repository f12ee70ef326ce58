/**
 * What a pattern's match must start with: its anchor words (so the matcher files each pattern under the
 * words its first token can be, and only a few patterns are tried at each token), the first-token test
 * of each element, and a per-text cache of where such a test passes in a sentence.
 */
import { addStem, newTok } from './phrase-compiler'
import type { Node, TokNode } from './phrase-compiler'
import { tokOk } from './phrase-run'
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

/** Per-text cache: for a token test and a sentence, the index of the last token of the sentence it accepts. */
export class Occurrences {
  private readonly sentStart: number[] = []
  private readonly sentEnd: number[] = []
  private readonly last = new Map<TokNode, Int32Array>()
  /** Token index → id of its spelling: a message repeats its words, so each test runs once per word. */
  private readonly wordIds: Int32Array
  private readonly wordCount: number
  /** Per test, per word id: 0 not tried yet, 1 fails, 2 passes. */
  private readonly verdicts = new Map<TokNode, Uint8Array>()

  constructor(private readonly toks: readonly Token[]) {
    const ids = new Map<string, number>()
    this.wordIds = new Int32Array(toks.length)
    toks.forEach((t, i) => {
      if (this.sentStart[t.sent] === undefined) this.sentStart[t.sent] = i
      this.sentEnd[t.sent] = i + 1
      let id = ids.get(t.raw)
      if (id === undefined) ids.set(t.raw, (id = ids.size))
      this.wordIds[i] = id
    })
    this.wordCount = ids.size
  }

  /** tokOk, remembered per spelling (a token's test depends on its raw text only). */
  private passes(node: TokNode, i: number): boolean {
    let verdicts = this.verdicts.get(node)
    if (!verdicts) this.verdicts.set(node, (verdicts = new Uint8Array(this.wordCount)))
    const id = this.wordIds[i] as number
    let verdict = verdicts[id]
    if (!verdict) verdicts[id] = verdict = tokOk(node, this.toks[i] as Token) ? 2 : 1
    return verdict === 2
  }

  /** Whether a token after `ti`, in the same sentence, passes the test. */
  after(node: TokNode, ti: number): boolean {
    const sent = (this.toks[ti] as Token).sent
    let arr = this.last.get(node)
    if (!arr) this.last.set(node, (arr = new Int32Array(this.sentEnd.length).fill(-2)))
    let last = arr[sent] ?? -1
    if (last === -2) {
      last = -1
      const from = this.sentStart[sent] ?? 0
      for (let i = (this.sentEnd[sent] ?? 0) - 1; i >= from; i--) {
        if (this.passes(node, i)) {
          last = i
          break
        }
      }
      arr[sent] = last
    }
    return last > ti
  }
}
