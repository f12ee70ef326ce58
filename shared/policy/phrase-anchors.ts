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
 * A message repeats its words, so the tests are decided per spelling, and for the whole text at once: a
 * test of a few words looks those words up in the text's own index and marks where they stand, rather
 * than trying every word of every sentence (most tests name a handful of words; a text has hundreds of
 * spellings and dozens of sentences).
 */
export class Occurrences {
  private readonly sentenceCount: number
  private readonly last = new Map<TokNode, Int32Array>()
  /** Word id → one token of that spelling. */
  private readonly words: Token[] = []
  /** Word id → the token indices where it stands. */
  private readonly positions: number[][] = []
  private readonly idsByNorm = new Map<string, number[]>()
  private readonly idByRaw = new Map<string, number>()
  private readonly idsByPre = new Map<string, number[]>()
  private readonly numberIds: number[] = []

  constructor(private readonly toks: readonly Token[]) {
    toks.forEach((t, i) => {
      let id = this.idByRaw.get(t.raw)
      if (id === undefined) {
        id = this.words.length
        this.idByRaw.set(t.raw, id)
        this.words.push(t)
        this.positions.push([])
        push(this.idsByNorm, t.norm, id)
        push(this.idsByPre, t.pre, id)
        if (t.num) this.numberIds.push(id)
      }
      ;(this.positions[id] as number[]).push(i)
    })
    this.sentenceCount = toks.length ? (toks[toks.length - 1] as Token).sent + 1 : 0
  }

  /** Per sentence, the index of the last token the test accepts (-1 when none). */
  private lastBySentence(node: TokNode): Int32Array {
    let last = this.last.get(node)
    if (last) return last
    const arr = new Int32Array(this.sentenceCount).fill(-1)
    const mark = (id: number): void => this.mark(arr, id)
    const lookups = node.exact.size + node.rawExact.size + node.stemIndex.size
    if (lookups < this.words.length) {
      for (const w of node.exact) for (const id of this.idsByNorm.get(w) ?? []) mark(id)
      for (const w of node.rawExact) {
        const id = this.idByRaw.get(w)
        if (id !== undefined) mark(id)
      }
      for (const [pre, stems] of node.stemIndex)
        for (const id of this.idsByPre.get(pre) ?? []) {
          const norm = (this.words[id] as Token).norm
          if (stems.some((st) => norm.startsWith(st))) mark(id)
        }
      if (node.num) for (const id of this.numberIds) mark(id)
    } else for (let id = 0; id < this.words.length; id++) if (tokOk(node, this.words[id] as Token)) mark(id)
    this.last.set(node, (last = arr))
    return last
  }

  /** Records, per sentence, the last place where the word `id` stands. */
  private mark(arr: Int32Array, id: number): void {
    for (const p of this.positions[id] as number[]) {
      const sent = (this.toks[p] as Token).sent
      if (p > (arr[sent] as number)) arr[sent] = p
    }
  }

  /** Whether a token after `ti`, in the same sentence, passes the test. */
  after(node: TokNode, ti: number): boolean {
    return (this.lastBySentence(node)[(this.toks[ti] as Token).sent] as number) > ti
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key)
  if (list) list.push(id)
  else map.set(key, [id])
}
