/**
 * The seller's own rules: words or short phrases a seller wants flagged (a brand name, a competitor's
 * shop, words their account manager warned about), as a warning or as a blocking finding. They are
 * checked like the built-in rules, with the same explanation format.
 *
 * Patterns come from the user, so they are never regular expressions: a pattern is up to eight words,
 * matched word by word on folded text (no case, no accents, like the phrase rules); a word may end in
 * `*` to match any ending ("rembours*" → rembourse, remboursement). Matching is a bounded comparison per
 * token, so no input can make it slow.
 */
import type { Span, Token } from './text'
import { fold, tokenize } from './text'

export type SellerRuleSeverity = 'warning' | 'error'

export interface SellerRule {
  id: string
  /** Words as the seller typed them; `*` at the end of a word matches any ending. */
  pattern: string
  severity: SellerRuleSeverity
  /** Why the seller flags it (shown in the explanation); may be empty. */
  note: string
}

export const SELLER_RULE_LIMITS = { patternChars: 80, words: 8, noteChars: 120, rules: 200 } as const

export type SellerPatternProblem = 'empty' | 'too-long' | 'too-many-words' | 'bad-wildcard' | 'no-letters'

/** One word of a compiled pattern: its folded tokens; the last may be a prefix (`*`). */
interface CompiledWord {
  norm: string
  prefix: boolean
}

export interface CompiledSellerRule {
  rule: SellerRule
  words: CompiledWord[]
}

/** The problem with a pattern, or null when it can be used. */
export function sellerPatternProblem(pattern: string): SellerPatternProblem | null {
  const trimmed = pattern.trim()
  if (trimmed === '') return 'empty'
  if (trimmed.length > SELLER_RULE_LIMITS.patternChars) return 'too-long'
  // "*" only at the end of a word, after at least two letters or digits ("*" alone would match all)
  for (const word of trimmed.split(/\s+/)) {
    const star = word.indexOf('*')
    if (star >= 0 && (star !== word.length - 1 || word.replace(/[^\p{L}\p{N}]/gu, '').length < 2))
      return 'bad-wildcard'
  }
  const words = compileWords(trimmed)
  if (words.length === 0) return 'no-letters'
  if (words.length > SELLER_RULE_LIMITS.words) return 'too-many-words'
  return null
}

function compileWords(pattern: string): CompiledWord[] {
  const out: CompiledWord[] = []
  for (const word of pattern.trim().split(/\s+/)) {
    const prefix = word.endsWith('*')
    const tokens = tokenize(prefix ? word.slice(0, -1) : word).filter((t) => t.word)
    tokens.forEach((t, i) => out.push({ norm: fold(t.norm), prefix: prefix && i === tokens.length - 1 }))
  }
  return out
}

/** Compiles the usable rules (a rule whose pattern has a problem is skipped, never thrown on). */
export function compileSellerRules(rules: readonly SellerRule[]): CompiledSellerRule[] {
  const out: CompiledSellerRule[] = []
  for (const rule of rules.slice(0, SELLER_RULE_LIMITS.rules)) {
    if (sellerPatternProblem(rule.pattern) !== null) continue
    out.push({ rule, words: compileWords(rule.pattern) })
  }
  return out
}

const wordMatches = (w: CompiledWord, t: Token): boolean =>
  t.word && (w.prefix ? t.norm.startsWith(w.norm) : t.norm === w.norm)

/** Every place a rule's words occur in a row (within one sentence). */
export function matchSellerRules(
  tokens: readonly Token[],
  compiled: readonly CompiledSellerRule[],
): Array<Span & { rule: SellerRule }> {
  const out: Array<Span & { rule: SellerRule }> = []
  const words = tokens.filter((t) => t.word)
  for (const c of compiled) {
    const first = c.words[0] as CompiledWord
    for (let i = 0; i + c.words.length <= words.length; i++) {
      if (!wordMatches(first, words[i] as Token)) continue
      let k = 1
      while (k < c.words.length) {
        const t = words[i + k] as Token
        if (t.sent !== (words[i] as Token).sent || !wordMatches(c.words[k] as CompiledWord, t)) break
        k++
      }
      if (k === c.words.length)
        out.push({ start: (words[i] as Token).start, end: (words[i + k - 1] as Token).end, rule: c.rule })
    }
  }
  return out
}
