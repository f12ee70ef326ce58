/**
 * Compiles the phrase patterns (see lexicon.ts) into small match trees of token tests, gaps, groups and
 * look-aheads; word sets (`@NAME`) are compiled once and shared by the patterns that name them.
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
 */
import { fold } from './text'

export interface TokNode {
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

export type Node =
  | TokNode
  | { k: 'gap'; max: number }
  | { k: 'grp'; alts: Node[][]; opt: boolean }
  | { k: 'not'; alts: Node[][] }

export type PhraseSets = Record<string, readonly string[]>

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

export function newTok(opt: boolean): TokNode {
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

export function addStem(node: TokNode, stem: string): void {
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

export class Compiler {
  private readonly setCache = new Map<string, Node[][]>()
  /** One node per set reference, shared by the patterns (so per-text caches are shared too). */
  private readonly setNodes = new Map<string, Node>()
  private readonly resolving = new Set<string>()
  /**
   * Equal token tests are one object, whichever patterns spell them: the per-text caches (which tokens
   * of a sentence pass a test) are keyed by node, so sharing them is what keeps many patterns cheap.
   */
  private readonly tokNodes = new Map<string, TokNode>()

  private intern(n: Node): Node {
    if (n.k !== 'tok') return n
    const key = [
      n.opt ? 1 : 0,
      n.bos ? 1 : 0,
      n.num ? 1 : 0,
      [...n.exact].sort().join('|'),
      [...n.rawExact].sort().join('|'),
      [...n.stems].sort().join('|'),
    ].join('\u0000')
    const known = this.tokNodes.get(key)
    if (known) return known
    this.tokNodes.set(key, n)
    return n
  }

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
        else if (t === '^(') seq.push(this.intern(atSentenceStart(group(inner, close === ')?'), src)))
        else seq.push(this.intern(group(inner, close === ')?')))
      } else seq.push(this.intern(this.atom(t, src)))
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
