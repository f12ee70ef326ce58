/**
 * A small phrase matcher over folded tokens, so that the marketing, review and social rules are written
 * as data (see lexicon.ts) rather than as regular expressions.
 *
 * Pattern syntax (tokens separated by spaces; words are folded like the text: no case, no accents):
 *   word          one token equal to `word`
 *   stem*         one token starting with `stem` (inflections: laiss* → laisser, laissez, laissé…)
 *   note{,s}      suffix alternatives: note | notes
 *   a|b*|c        one token, any of the alternatives
 *   =Signal       one token written exactly so (case and accents kept)
 *   #             one token made of digits
 *   @NAME         any of the patterns of the named set
 *   ( p | q )     group of alternative sequences; `(…)?` or `word?` makes an element optional
 *   !( p )        negative look-ahead: the sequence p must not follow here
 *   ~N            up to N arbitrary tokens (never across a sentence end)
 * Matching is bounded: gaps and optional elements are small and every check has a step budget.
 */
import { fold } from './text'
import type { Token } from './text'

type Node =
  | { k: 'tok'; exact: Set<string>; stems: string[]; rawExact: Set<string>; num: boolean; opt: boolean }
  | { k: 'gap'; max: number }
  | { k: 'grp'; alts: Node[][]; opt: boolean }
  | { k: 'not'; alts: Node[][] }

export interface CompiledPattern {
  source: string
  seq: Node[]
  /** Index into the caller's rule list. */
  ruleIndex: number
}

export type PhraseSets = Record<string, readonly string[]>

// ---------------------------------------------------------------------------------------------------
// Compilation

function lex(src: string): string[] {
  const out: string[] = []
  let cur = ''
  const flush = (): void => {
    if (cur) out.push(cur)
    cur = ''
  }
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i)
    if (ch === ' ' || ch === '\t' || ch === '\n') flush()
    else if (ch === '(' || ch === ')') {
      // "!(" is one lexeme; "(x|y)?" keeps its "?" on the closing parenthesis
      if (ch === '(' && cur === '!') {
        cur = ''
        out.push('!(')
        continue
      }
      flush()
      if (ch === ')' && src.charAt(i + 1) === '?') {
        out.push(')?')
        i++
      } else out.push(ch)
    } else cur += ch
  }
  flush()
  return out
}

function expandBraces(word: string): string[] {
  const open = word.indexOf('{')
  if (open < 0) return [word]
  const close = word.indexOf('}', open)
  if (close < 0) throw new Error(`unclosed { in ${word}`)
  const head = word.slice(0, open)
  const tail = word.slice(close + 1)
  const out: string[] = []
  for (const suffix of word.slice(open + 1, close).split(',')) {
    for (const rest of expandBraces(tail)) out.push(head + suffix + rest)
  }
  return out
}

class Compiler {
  private readonly setCache = new Map<string, Node[][]>()
  private readonly resolving = new Set<string>()

  constructor(private readonly sets: PhraseSets) {}

  compile(src: string): Node[] {
    const lexemes = lex(src)
    const pos = { i: 0 }
    const alts = this.parseAlts(lexemes, pos, src)
    if (pos.i !== lexemes.length) throw new Error(`unbalanced ) in pattern: ${src}`)
    if (alts.length === 1 && alts[0]) return alts[0]
    return [{ k: 'grp', alts, opt: false }]
  }

  private parseAlts(lx: string[], pos: { i: number }, src: string): Node[][] {
    const alts: Node[][] = []
    let seq: Node[] = []
    while (pos.i < lx.length) {
      const t = lx[pos.i] as string
      if (t === ')' || t === ')?') break
      pos.i++
      if (t === '|') {
        alts.push(seq)
        seq = []
      } else if (t === '(' || t === '!(') {
        const inner = this.parseAlts(lx, pos, src)
        const close = lx[pos.i]
        if (close !== ')' && close !== ')?') throw new Error(`unclosed ( in pattern: ${src}`)
        pos.i++
        if (t === '!(') seq.push({ k: 'not', alts: inner })
        else seq.push({ k: 'grp', alts: inner, opt: close === ')?' })
      } else seq.push(this.atom(t, src))
    }
    alts.push(seq)
    return alts
  }

  private atom(t: string, src: string): Node {
    let word = t
    let opt = false
    if (word.length > 1 && word.endsWith('?')) {
      opt = true
      word = word.slice(0, -1)
    }
    if (/^~\d+$/.test(word)) return { k: 'gap', max: Number(word.slice(1)) }
    if (word.includes('|') && word.split('|').some((w) => w.startsWith('@'))) {
      // "@SET|word": a group of single-element alternatives
      return { k: 'grp', alts: word.split('|').map((w) => [this.atom(w, src)]), opt }
    }
    if (word.startsWith('@')) {
      return { k: 'grp', alts: this.set(word.slice(1), src), opt }
    }
    const node = {
      k: 'tok' as const,
      exact: new Set<string>(),
      stems: [] as string[],
      rawExact: new Set<string>(),
      num: false,
      opt,
    }
    for (const alt of word.split('|')) {
      if (alt === '#') node.num = true
      else if (alt.startsWith('=')) node.rawExact.add(alt.slice(1))
      else if (alt.length > 1 && alt.endsWith('*')) {
        const stem = fold(alt.slice(0, -1))
        if (stem.length < 2) throw new Error(`stem too short: ${alt} in pattern: ${src}`)
        node.stems.push(stem)
      } else for (const w of expandBraces(alt)) node.exact.add(fold(w))
    }
    return node
  }

  private set(name: string, src: string): Node[][] {
    const hit = this.setCache.get(name)
    if (hit) return hit
    const list = this.sets[name]
    if (!list) throw new Error(`unknown set @${name} in pattern: ${src}`)
    if (this.resolving.has(name)) throw new Error(`recursive set @${name}`)
    this.resolving.add(name)
    const alts = list.map((p) => this.compile(p))
    this.resolving.delete(name)
    this.setCache.set(name, alts)
    return alts
  }
}

// ---------------------------------------------------------------------------------------------------
// Matching

interface Ctx {
  toks: readonly Token[]
  sent: number
  steps: number
}

const STEP_LIMIT = 4_000

function tokOk(n: Extract<Node, { k: 'tok' }>, t: Token): boolean {
  if (n.exact.has(t.norm) || n.rawExact.has(t.raw)) return true
  if (n.num && /^\d+$/.test(t.raw)) return true
  for (const s of n.stems) if (t.norm.startsWith(s)) return true
  return false
}

function run(seq: readonly Node[], i: number, ti: number, c: Ctx, k: (ti: number) => boolean): boolean {
  if (++c.steps > STEP_LIMIT) return false
  if (i === seq.length) return k(ti)
  const n = seq[i] as Node
  switch (n.k) {
    case 'tok': {
      const t = c.toks[ti]
      if (t && t.sent === c.sent && tokOk(n, t) && run(seq, i + 1, ti + 1, c, k)) return true
      return n.opt && run(seq, i + 1, ti, c, k)
    }
    case 'gap': {
      for (let g = 0; g <= n.max; g++) {
        if (g > 0) {
          const skipped = c.toks[ti + g - 1]
          if (!skipped || skipped.sent !== c.sent) break
        }
        if (run(seq, i + 1, ti + g, c, k)) return true
      }
      return false
    }
    case 'grp': {
      const next = (t2: number): boolean => run(seq, i + 1, t2, c, k)
      for (const alt of n.alts) if (run(alt, 0, ti, c, next)) return true
      return n.opt && run(seq, i + 1, ti, c, k)
    }
    case 'not': {
      for (const alt of n.alts) if (run(alt, 0, ti, c, () => true)) return false
      return run(seq, i + 1, ti, c, k)
    }
  }
}

/** Index of the first token after the match of `seq` starting at token `ti`, or -1. */
function matchAt(seq: readonly Node[], toks: readonly Token[], ti: number): number {
  const first = toks[ti]
  if (!first) return -1
  const c: Ctx = { toks, sent: first.sent, steps: 0 }
  let end = -1
  run(seq, 0, ti, c, (t) => {
    if (t <= ti) return false
    end = t
    return true
  })
  return end
}

// ---------------------------------------------------------------------------------------------------
// Index: every pattern is filed under the words its first token can be, so only a few patterns are
// tried at each token.

interface Anchors {
  exact: string[]
  stems: string[]
  raw: string[]
  num: boolean
}

function anchorsOf(seq: readonly Node[], acc: Anchors): boolean {
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

export interface PhraseMatch {
  ruleIndex: number
  /** Token indices [from, to). */
  from: number
  to: number
  source: string
}

export class PhraseMatcher {
  private readonly byWord = new Map<string, CompiledPattern[]>()
  private readonly byRaw = new Map<string, CompiledPattern[]>()
  private readonly byStem = new Map<string, Array<[string, CompiledPattern]>>()
  private readonly byNumber: CompiledPattern[] = []
  /** Patterns whose first token could not be indexed (tried everywhere; the unit tests keep it empty). */
  readonly unanchored: CompiledPattern[] = []
  readonly size: number

  constructor(rules: ReadonlyArray<{ patterns: readonly string[] }>, sets: PhraseSets) {
    const compiler = new Compiler(sets)
    let size = 0
    rules.forEach((rule, ruleIndex) => {
      for (const source of rule.patterns) {
        const p: CompiledPattern = { source, seq: compiler.compile(source), ruleIndex }
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
  matchAll(toks: readonly Token[]): PhraseMatch[] {
    const out: PhraseMatch[] = []
    const tried = new Set<CompiledPattern>()
    for (let ti = 0; ti < toks.length; ti++) {
      const t = toks[ti] as Token
      tried.clear()
      const attempt = (p: CompiledPattern): void => {
        if (tried.has(p)) return
        tried.add(p)
        const end = matchAt(p.seq, toks, ti)
        if (end > ti) out.push({ ruleIndex: p.ruleIndex, from: ti, to: end, source: p.source })
      }
      for (const p of this.byWord.get(t.norm) ?? []) attempt(p)
      for (const p of this.byRaw.get(t.raw) ?? []) attempt(p)
      for (const [stem, p] of this.byStem.get(t.norm.slice(0, 2)) ?? [])
        if (t.norm.startsWith(stem)) attempt(p)
      if (this.byNumber.length && /^\d+$/.test(t.raw)) for (const p of this.byNumber) attempt(p)
      for (const p of this.unanchored) attempt(p)
    }
    return out
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}
