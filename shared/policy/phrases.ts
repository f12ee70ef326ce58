/**
 * A small phrase matcher over folded tokens, so that the marketing, review and social rules are written
 * as data (see lexicon.ts) rather than as regular expressions.
 *
 * Pattern syntax (tokens separated by spaces; words are folded like the text: no case, no accents):
 *   word          one token equal to `word`
 *   stem*         one token starting with `stem` (inflections: laiss* → laisser, laissez, laissé…)
 *   note{,s}      suffix alternatives: note | notes
 *   a|b*|c        one token, any of the alternatives (outside parentheses)
 *   =Signal       one token written exactly so (case and accents kept)
 *   ^word ^@SET ^(a|b)  the token must open its sentence ("Satisfait ? Laissez un avis" is a
 *                 condition, "Nous sommes ravis…" is not); only on a single-token test
 *   #             one token made of digits
 *   @NAME         any of the patterns of the named set
 *   (p q|r)       group of alternative sequences ("|" inside parentheses separates sequences);
 *                 `(…)?` or `word?` makes an element optional
 *   !( p )        negative look-ahead: the sequence p must not follow here
 *   ~N            up to N arbitrary tokens (never across a sentence end)
 * Matching is bounded: gaps and optional elements are small and every check has a step budget.
 */
import { fold } from './text'
import type { Token } from './text'

interface TokNode {
  k: 'tok'
  exact: Set<string>
  stems: string[]
  /** stems by their first two letters, for a fast test */
  stemIndex: Map<string, string[]>
  rawExact: Set<string>
  num: boolean
  opt: boolean
  /** Must be the first token of its sentence. */
  bos: boolean
}

type Node =
  | TokNode
  | { k: 'gap'; max: number }
  | { k: 'grp'; alts: Node[][]; opt: boolean }
  | { k: 'not'; alts: Node[][] }

export interface CompiledPattern {
  source: string
  seq: Node[]
  /** Index into the caller's rule list. */
  ruleIndex: number
  /** First-token tests of the later required elements: each must match somewhere after the start. */
  requires: TokNode[]
  /** Last (text, token) key this pattern was tried at. */
  tried: number
}

export type PhraseSets = Record<string, readonly string[]>

// ---------------------------------------------------------------------------------------------------
// Compilation

function lex(src: string): string[] {
  const out: string[] = []
  let cur = ''
  let depth = 0
  const flush = (): void => {
    if (cur) out.push(cur)
    cur = ''
  }
  for (let i = 0; i < src.length; i++) {
    const ch = src.charAt(i)
    if (ch === ' ' || ch === '\t' || ch === '\n') flush()
    else if (ch === '|' && depth > 0) {
      // inside parentheses "|" separates sequences: (a b|c) = "a b" or "c"
      flush()
      out.push('|')
    } else if (ch === '(' || ch === ')') {
      depth += ch === '(' ? 1 : -1
      // "!(" and "^(" are one lexeme; "(x|y)?" keeps its "?" on the closing parenthesis
      if (ch === '(' && (cur === '!' || cur === '^')) {
        out.push(cur + '(')
        cur = ''
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

function newTok(opt: boolean): TokNode {
  return {
    k: 'tok',
    exact: new Set(),
    stems: [],
    stemIndex: new Map(),
    rawExact: new Set(),
    num: false,
    opt,
    bos: false,
  }
}

/** The same token test, anchored at the start of a sentence. */
function atSentenceStart(n: Node, src: string): TokNode {
  if (n.k !== 'tok') throw new Error(`^ needs a single-token test in pattern: ${src}`)
  return { ...n, bos: true }
}

function addStem(node: TokNode, stem: string): void {
  node.stems.push(stem)
  const key = stem.slice(0, 2)
  const list = node.stemIndex.get(key)
  if (list) list.push(stem)
  else node.stemIndex.set(key, [stem])
}

/**
 * A group; when every alternative is a single required token (a word list such as a set of verbs), the
 * alternatives are merged into one token test, which keeps matching cheap.
 */
function group(alts: Node[][], opt: boolean): Node {
  const single = alts.every((a) => a.length === 1 && a[0]?.k === 'tok' && !a[0].opt && !a[0].bos)
  if (!single) return { k: 'grp', alts, opt }
  const merged = newTok(opt)
  for (const a of alts) {
    const n = a[0] as TokNode
    for (const w of n.exact) merged.exact.add(w)
    for (const w of n.rawExact) merged.rawExact.add(w)
    for (const st of n.stems) addStem(merged, st)
    merged.num ||= n.num
  }
  return merged
}

class Compiler {
  private readonly setCache = new Map<string, Node[][]>()
  /** One node per set reference, shared by the patterns (so per-text caches are shared too). */
  private readonly setNodes = new Map<string, Node>()
  private readonly resolving = new Set<string>()

  constructor(private readonly sets: PhraseSets) {}

  compile(src: string): Node[] {
    const lexemes = lex(src)
    const pos = { i: 0 }
    const alts = this.parseAlts(lexemes, pos, src)
    if (pos.i !== lexemes.length) throw new Error(`unbalanced ) in pattern: ${src}`)
    if (alts.length === 1 && alts[0]) return alts[0]
    return [group(alts, false)]
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
      } else if (t === '(' || t === '!(' || t === '^(') {
        const inner = this.parseAlts(lx, pos, src)
        const close = lx[pos.i]
        if (close !== ')' && close !== ')?') throw new Error(`unclosed ( in pattern: ${src}`)
        pos.i++
        if (t === '!(') seq.push({ k: 'not', alts: inner })
        else if (t === '^(') seq.push(atSentenceStart(group(inner, close === ')?'), src))
        else seq.push(group(inner, close === ')?'))
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
    if (word.length > 1 && word.startsWith('^')) return atSentenceStart(this.atom(t.slice(1), src), src)
    if (word.includes('|') && word.split('|').some((w) => w.startsWith('@'))) {
      // "@SET|word": a group of single-element alternatives
      return group(
        word.split('|').map((w) => [this.atom(w, src)]),
        opt,
      )
    }
    if (word.startsWith('@')) {
      const key = word + (opt ? '?' : '')
      let node = this.setNodes.get(key)
      if (!node) this.setNodes.set(key, (node = group(this.set(word.slice(1), src), opt)))
      return node
    }
    const node = newTok(opt)
    for (const alt of word.split('|')) {
      if (alt === '#') node.num = true
      else if (alt.startsWith('=')) node.rawExact.add(alt.slice(1))
      else if (alt.length > 1 && alt.endsWith('*')) {
        const stem = fold(alt.slice(0, -1))
        if (stem.length < 2) throw new Error(`stem too short: ${alt} in pattern: ${src}`)
        addStem(node, stem)
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
  start: number
  end: number
  probe: boolean
}

/** Steps for one attempt, and for all the attempts on one text (a safety net for adversarial input). */
const STEP_LIMIT = 4_000
const TEXT_STEP_BUDGET = 3_000_000

function tokOk(n: TokNode, t: Token): boolean {
  if (n.exact.has(t.norm) || n.rawExact.has(t.raw)) return true
  if (n.num && t.num) return true
  const stems = n.stemIndex.get(t.pre)
  if (stems) for (const s of stems) if (t.norm.startsWith(s)) return true
  return false
}

/** What to match after the current sequence ends: the rest of an enclosing sequence (a linked list). */
interface Cont {
  seq: readonly Node[]
  i: number
  next: Cont | null
}

/**
 * Matches seq[i…] at token ti, then the continuation. At the very end (cont null) the match succeeds
 * when it consumed at least one token; c.end records where it stopped. A look-ahead (`not`) runs with
 * c.probe set, where reaching the end always succeeds.
 */
function run(seq: readonly Node[], i: number, ti: number, c: Ctx, cont: Cont | null): boolean {
  if (++c.steps > STEP_LIMIT) return false
  if (i === seq.length) {
    if (cont) return run(cont.seq, cont.i, ti, c, cont.next)
    if (c.probe) return true
    if (ti <= c.start) return false
    c.end = ti
    return true
  }
  const n = seq[i] as Node
  switch (n.k) {
    case 'tok': {
      const t = c.toks[ti]
      const opens = !n.bos || ti === 0 || (c.toks[ti - 1] as Token).sent !== c.sent
      if (t && t.sent === c.sent && opens && tokOk(n, t) && run(seq, i + 1, ti + 1, c, cont)) return true
      return n.opt && run(seq, i + 1, ti, c, cont)
    }
    case 'gap': {
      for (let g = 0; g <= n.max; g++) {
        if (g > 0) {
          const skipped = c.toks[ti + g - 1]
          if (!skipped || skipped.sent !== c.sent) break
        }
        if (run(seq, i + 1, ti + g, c, cont)) return true
      }
      return false
    }
    case 'grp': {
      const after: Cont = { seq, i: i + 1, next: cont }
      for (const alt of n.alts) if (run(alt, 0, ti, c, after)) return true
      return n.opt && run(seq, i + 1, ti, c, cont)
    }
    case 'not': {
      const probe = c.probe
      c.probe = true
      let found = false
      for (const alt of n.alts) if (run(alt, 0, ti, c, null)) found = true
      c.probe = probe
      return !found && run(seq, i + 1, ti, c, cont)
    }
  }
}

/** Index of the first token after the match of `seq` starting at token `ti` (or -1), and the steps used. */
function matchAt(seq: readonly Node[], toks: readonly Token[], ti: number): { end: number; steps: number } {
  const first = toks[ti]
  if (!first) return { end: -1, steps: 0 }
  const c: Ctx = { toks, sent: first.sent, steps: 0, start: ti, end: -1, probe: false }
  run(seq, 0, ti, c, null)
  return { end: c.end, steps: c.steps }
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

const firstTokCache = new WeakMap<Node, TokNode | null>()

/** A token test for what the node's match must start with, or null when that cannot be said. */
function firstTok(n: Node): TokNode | null {
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
class Occurrences {
  private readonly sentStart: number[] = []
  private readonly sentEnd: number[] = []
  private readonly last = new Map<TokNode, Int32Array>()

  constructor(private readonly toks: readonly Token[]) {
    toks.forEach((t, i) => {
      if (this.sentStart[t.sent] === undefined) this.sentStart[t.sent] = i
      this.sentEnd[t.sent] = i + 1
    })
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
        if (tokOk(node, this.toks[i] as Token)) {
          last = i
          break
        }
      }
      arr[sent] = last
    }
    return last > ti
  }
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
        const seq = compiler.compile(source)
        const requires: TokNode[] = []
        // later elements must follow the first token only when the first element always takes one
        const firstTakesToken = seq[0] !== undefined && firstTok(seq[0]) !== null
        if (firstTakesToken)
          for (const n of seq.slice(1)) {
            const t = firstTok(n)
            if (t) requires.push(t)
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
  matchAll(toks: readonly Token[], startAllowed?: Uint8Array): PhraseMatch[] {
    const out: PhraseMatch[] = []
    const occ = new Occurrences(toks)
    const state = { budget: TEXT_STEP_BUDGET, stamp: ++this.stamp }
    for (let ti = 0; ti < toks.length && state.budget > 0; ti++) {
      if (startAllowed && !startAllowed[ti]) continue
      const t = toks[ti] as Token
      const key = state.stamp * 4_294_967_296 + ti
      const byWord = this.byWord.get(t.norm)
      if (byWord) for (const p of byWord) this.attempt(p, toks, ti, key, occ, state, out)
      const byRaw = this.byRaw.size ? this.byRaw.get(t.raw) : undefined
      if (byRaw) for (const p of byRaw) this.attempt(p, toks, ti, key, occ, state, out)
      const byStem = this.byStem.get(t.pre)
      if (byStem)
        for (const [stem, p] of byStem)
          if (t.norm.startsWith(stem)) this.attempt(p, toks, ti, key, occ, state, out)
      if (t.num) for (const p of this.byNumber) this.attempt(p, toks, ti, key, occ, state, out)
      for (const p of this.unanchored) this.attempt(p, toks, ti, key, occ, state, out)
    }
    return out
  }

  private stamp = 0

  private attempt(
    p: CompiledPattern,
    toks: readonly Token[],
    ti: number,
    key: number,
    occ: Occurrences,
    state: { budget: number },
    out: PhraseMatch[],
  ): void {
    if (p.tried === key) return // reached through two index entries
    p.tried = key
    for (const r of p.requires) if (!occ.after(r, ti)) return
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
