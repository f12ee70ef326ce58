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

/**
 * Per-text cache: for a token test and a sentence, the index of the last token of the sentence it accepts.
 * A message repeats its words, so the tests are decided per spelling (word id), and for all spellings of
 * the text at once: a test of a few words looks those words up in the text's own index rather than
 * trying every word of the text (most tests name a handful of words; a text has hundreds of spellings).
 */
export class Occurrences {
  private readonly sentStart: number[] = []
  private readonly sentEnd: number[] = []
  private readonly last = new Map<TokNode, Int32Array>()
  /** Token index → id of its spelling. */
  private readonly wordIds: Int32Array
  /** Word id → one token of that spelling. */
  private readonly words: Token[] = []
  private readonly idsByNorm = new Map<string, number[]>()
  private readonly idByRaw = new Map<string, number>()
  private readonly idsByPre = new Map<string, number[]>()
  private readonly numberIds: number[] = []
  /** Per test, per word id: 1 fails, 2 passes (decided for every spelling of the text at once). */
  private readonly verdicts = new Map<TokNode, Uint8Array>()

  constructor(private readonly toks: readonly Token[]) {
    this.wordIds = new Int32Array(toks.length)
    toks.forEach((t, i) => {
      if (this.sentStart[t.sent] === undefined) this.sentStart[t.sent] = i
      this.sentEnd[t.sent] = i + 1
      let id = this.idByRaw.get(t.raw)
      if (id === undefined) {
        id = this.words.length
        this.idByRaw.set(t.raw, id)
        this.words.push(t)
        push(this.idsByNorm, t.norm, id)
        push(this.idsByPre, t.pre, id)
        if (t.num) this.numberIds.push(id)
      }
      this.wordIds[i] = id
    })
  }

  /** tokOk of the test for every spelling of the text: 2 where it passes, 1 where it fails. */
  private verdictsOf(node: TokNode): Uint8Array {
    let v = this.verdicts.get(node)
    if (v) return v
    v = new Uint8Array(this.words.length).fill(1)
    const lookups = node.exact.size + node.rawExact.size + node.stemIndex.size
    if (lookups < this.words.length) {
      for (const w of node.exact) for (const id of this.idsByNorm.get(w) ?? []) v[id] = 2
      for (const w of node.rawExact) {
        const id = this.idByRaw.get(w)
        if (id !== undefined) v[id] = 2
      }
      for (const [pre, stems] of node.stemIndex)
        for (const id of this.idsByPre.get(pre) ?? []) {
          const norm = (this.words[id] as Token).norm
          if (stems.some((st) => norm.startsWith(st))) v[id] = 2
        }
      if (node.num) for (const id of this.numberIds) v[id] = 2
    } else for (let id = 0; id < v.length; id++) if (tokOk(node, this.words[id] as Token)) v[id] = 2
    this.verdicts.set(node, v)
    return v
  }

  /** Whether a token after `ti`, in the same sentence, passes the test. */
  after(node: TokNode, ti: number): boolean {
    const sent = (this.toks[ti] as Token).sent
    let arr = this.last.get(node)
    if (!arr) this.last.set(node, (arr = new Int32Array(this.sentEnd.length).fill(-2)))
    let last = arr[sent] ?? -1
    if (last === -2) {
      last = -1
      const verdicts = this.verdictsOf(node)
      const ids = this.wordIds
      const from = this.sentStart[sent] ?? 0
      for (let i = (this.sentEnd[sent] ?? 0) - 1; i >= from; i--) {
        if (verdicts[ids[i] as number] === 2) {
          last = i
          break
        }
      }
      arr[sent] = last
    }
    return last > ti
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key)
  if (list) list.push(id)
  else map.set(key, [id])
}
