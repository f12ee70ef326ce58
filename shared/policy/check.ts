/** The policy checker: runs every rule over a message and returns the findings sorted by position. */
import { LANGS } from './types'
import type { Finding, Lang, Severity } from './types'
import { PHRASE_EXCEPTIONS, PHRASE_RULES, PHRASE_SETS } from './lexicon'
import { findBareCodes } from './codes'
import { findSplitPhones } from './split-phones'
import { findNamedMailboxes } from './mailbox-named'
import { languageOfTokens } from './lang'
import { findLegalIds } from './legal-ids'
import { scanLinks } from './links'
import { messageFor } from './messages'
import { isNegated } from './negation'
import type { MessageId } from './messages'
import { findPhones, findVanityPhones } from './phones'
import { Occurrences } from './phrase-anchors'
import { PhraseMatcher } from './phrases'
import { compileSellerRules, matchSellerRules } from './seller-rules'
import type { CompiledSellerRule, SellerRule } from './seller-rules'
import { findSensitive } from './sensitive'
import { findSpelledCards } from './spelled-cards'
import { findSpelledPhones } from './spelled-phones'
import { isWordChar, overlapsAny, tokenize } from './text'
import type { Span, Token } from './text'
import { findWarnings } from './warnings'

export interface CheckOptions {
  /** Language of the explanations; detected from the text when absent. */
  lang?: Lang
  /** The seller's own rules (see seller-rules.ts), checked like the built-in ones. */
  sellerRules?: readonly SellerRule[]
}

/** The last compiled list of seller rules: live checking passes the same array at every keystroke. */
let sellerCache: { rules: readonly SellerRule[]; compiled: CompiledSellerRule[] } | null = null

function compiledSellerRules(rules: readonly SellerRule[]): CompiledSellerRule[] {
  if (sellerCache?.rules !== rules) sellerCache = { rules, compiled: compileSellerRules(rules) }
  return sellerCache.compiled
}

let phraseMatcher: PhraseMatcher | null = null
let exceptionMatcher: PhraseMatcher | null = null

/** The compiled phrase rules (compiled once, on first use). */
export function phraseMatchers(): { rules: PhraseMatcher; exceptions: PhraseMatcher } {
  phraseMatcher ??= new PhraseMatcher(PHRASE_RULES, PHRASE_SETS)
  exceptionMatcher ??= new PhraseMatcher(PHRASE_EXCEPTIONS, PHRASE_SETS)
  return { rules: phraseMatcher, exceptions: exceptionMatcher }
}

/** "@handle" not preceded by a word character (that would be an e-mail address). */
const HANDLE = /@([A-Za-z0-9_][A-Za-z0-9_.]{0,29})/g

const AT_SHORTHAND = new Set(['bientot', 'demain', 'tout', 'toute', 'plus', 'tantot', 'lundi', 'bientt'])

function findHandles(text: string, emails: readonly Span[]): Span[] {
  const out: Span[] = []
  if (!text.includes('@')) return out
  HANDLE.lastIndex = 0
  for (let m = HANDLE.exec(text); m !== null; m = HANDLE.exec(text)) {
    const prev = text.charAt(m.index - 1)
    if (isWordChar(text, m.index - 1) || prev === '.' || prev === '@' || prev === '_') continue
    const handle = (m[1] ?? '').replace(/\.+$/, '')
    if (!/[A-Za-z]/.test(handle) || /^\d+h\d*$/i.test(handle)) continue
    const end = m.index + 1 + handle.length
    if (overlapsAny(emails, m.index, end)) continue
    // "@bientôt", "@+", "@demain": the French shorthand for "à …", not a handle (nor one cut by an accent)
    if (/\p{L}/u.test(text.charAt(end)) || AT_SHORTHAND.has(handle.toLowerCase())) continue
    out.push({ start: m.index, end })
  }
  return out
}

/**
 * A zero typed as the letter O at the start of a number ("O6.12.34.56.78"): read as a digit for the phone
 * scan only (same length, so offsets hold).
 */
const LETTER_ZERO = /(?<![\p{L}\p{N}])[Oo](?=[1-9](?:[ ./-]?\d){7})/gu
/** The same letter between digits of a number ("O6 88 12 4O 55"). */
const INNER_LETTER_ZERO = /(?<=\d[ ./-]?)[Oo](?=[ ./-]?\d)/g
/** A letter l or capital I written for a one between digits ("O7 l5 33 9O 48"). */
const LETTER_ONE = /(?<=\d[ ./-]?)[lI](?=\d)/g
/** The word zero glued to the digits that follow ("zéro6 33 19 84 02"), read as a 0 at its end. */
const WORD_ZERO = /(?<![\p{L}\p{N}])(?:z[ée]ro|null)(?=\d)/giu
/** A symbol or emoji standing between digit groups ("02 40 25 ☎ 61 77"): a separator, as wide as itself. */
const SYMBOL_IN_NUMBER = /(?<=\d[ \u00a0]?)[\p{So}\p{Extended_Pictographic}\uFE0F\u200D]+(?=[ \u00a0]?\d)/gu

/** A digit then such a symbol: without one, SYMBOL_IN_NUMBER cannot match. */
const DIGIT_THEN_SYMBOL = /\d[ \u00a0]?[\p{So}\p{Extended_Pictographic}\uFE0F\u200D]/u

/** "mon 06 c 12 34 56 78": a one-letter "c'est" (or = and :) after the first pair of a French number. */
const WORD_IN_NUMBER = /(?<![\d.])(0[1-9]) ([cC=:]) (?=\d\d[ .-]?\d\d[ .-]?\d\d[ .-]?\d\d(?!\d))/g

/**
 * The text the phone scan reads: letter zeros and ones as digits, symbols between groups and a word inside a number
 * as spaces (offsets kept).
 */
function phoneScanText(text: string): string {
  let out = text
  if (/\d [cC=:] \d/.test(out)) out = out.replace(WORD_IN_NUMBER, (_m, pair: string) => `${pair}   `)
  if (/(?:z[ée]ro|null)\d/i.test(out)) out = out.replace(WORD_ZERO, (m) => `${' '.repeat(m.length - 1)}0`)
  if (/\d[ ./-]?[lI]\d/.test(out)) out = out.replace(LETTER_ONE, '1')
  if (/[Oo]\d|\d[ ./-]?[Oo]/.test(out)) out = out.replace(INNER_LETTER_ZERO, '0').replace(LETTER_ZERO, '0')
  // a forward search for a digit and such a symbol first: the look-behind tried at every position costs more
  if (/[^\t-\u024f]/.test(out) && DIGIT_THEN_SYMBOL.test(out))
    out = out.replace(SYMBOL_IN_NUMBER, (m) => ' '.repeat(m.length))
  return out
}

/** The phone number a messaging link dials: wa.me/33645128803, api.whatsapp.com/send?phone=…, t.me/+… */
const LINKED_NUMBER = /(?:wa\.me\/|phone=|t\.me\/|tel:)\+?(\d{8,15})(?!\d)/gi

function linkedNumbers(text: string, link: Span): Span[] {
  const out: Span[] = []
  const slice = text.slice(link.start, link.end)
  LINKED_NUMBER.lastIndex = 0
  for (let m = LINKED_NUMBER.exec(slice); m !== null; m = LINKED_NUMBER.exec(slice)) {
    const digits = m[1] ?? ''
    const end = link.start + m.index + m[0].length
    out.push({ start: end - digits.length, end })
  }
  return out
}

/** The span of `spans` (sorted, disjoint) holding `pos`, by binary search: many quoted lines stay cheap. */
export function spanAt(spans: readonly Span[], pos: number): Span | undefined {
  let lo = 0
  let hi = spans.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = spans[mid] as Span
    if (pos < s.start) hi = mid - 1
    else if (pos >= s.end) lo = mid + 1
    else return s
  }
  return undefined
}

/** Lines of a reply that quote the earlier message: their first visible character is '>'. */
const QUOTED_LINE = /^[ \t]{0,8}>[^\n]*/gm

export function quotedLines(text: string): Span[] {
  const out: Span[] = []
  if (!text.includes('>')) return out
  QUOTED_LINE.lastIndex = 0
  for (let m = QUOTED_LINE.exec(text); m !== null; m = QUOTED_LINE.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

/** Short names between quotation marks on one line: « … », „ … “, “ … ”, " … ", ' … '. */
const QUOTED_TITLE =
  /«[^»\n]{1,60}»|„[^“”\n]{1,60}[“”]|“[^”\n]{1,60}”|"[^"\n]{1,60}"|(?<![\p{L}\d])'[^'\n]{1,40}'(?!\p{L})/gu

function quotedTitles(text: string): Span[] {
  const out: Span[] = []
  if (!/[«„“"']/.test(text)) return out
  QUOTED_TITLE.lastIndex = 0
  for (let m = QUOTED_TITLE.exec(text); m !== null; m = QUOTED_TITLE.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

function phraseFindings(text: string, tokens: readonly Token[], lang: Lang, add: Adder): void {
  const { rules, exceptions } = phraseMatchers()
  // One per-text cache for both matchers (their token tests are distinct nodes; the words are shared).
  const occurrences = new Occurrences(tokens)
  const matches = rules.matchAll(tokens, undefined, occurrences)
  if (matches.length === 0) return
  // for each rule, reach[i] = the furthest end of an exception starting at or before token i
  const reach = new Map<string, Int32Array>()
  // exceptions only matter where they could contain a match: from its sentence start to its first token
  const starts = new Uint8Array(tokens.length)
  for (const m of matches) {
    const sent = (tokens[m.from] as Token).sent
    for (let i = m.from; i >= 0 && (tokens[i] as Token).sent === sent && !starts[i]; i--) starts[i] = 1
  }
  for (const e of exceptions.matchAll(tokens, starts, occurrences)) {
    for (const r of PHRASE_EXCEPTIONS[e.ruleIndex]?.rules ?? []) {
      let arr = reach.get(r)
      if (!arr) reach.set(r, (arr = new Int32Array(tokens.length)))
      if (e.to > (arr[e.from] ?? 0)) arr[e.from] = e.to
    }
  }
  for (const arr of reach.values())
    for (let i = 1; i < arr.length; i++) arr[i] = Math.max(arr[i] ?? 0, arr[i - 1] ?? 0)
  let reviewSentences: Set<number> | null = null
  for (const m of matches) {
    const rule = PHRASE_RULES[m.ruleIndex]
    if (!rule || (rule.lang && rule.lang !== lang)) continue
    if (rule.afterReview) {
      reviewSentences ??= sentencesNamingAReview(tokens)
      const sent = (tokens[m.from] as Token).sent
      if (!reviewSentences.has(sent) && !reviewSentences.has(sent - 1) && !reviewSentences.has(sent - 2))
        continue
    }
    if ((reach.get(rule.rule)?.[m.from] ?? 0) >= m.to) continue // inside an exception
    if (isNegated(tokens, text, m.from, m.to, lang === 'de', rule.rule === 'review-manipulation')) continue // "we don't run a newsletter"
    const first = tokens[m.from] as Token
    const last = tokens[m.to - 1] as Token
    add(rule.rule, 'error', first.start, last.end, rule.id)
  }
}

/** Words that name a review or a rating ("note" aside: it is also a written note or a bill). */
const REVIEW_WORDS = new Set(
  (
    'avis evaluation evaluations commentaire commentaires review reviews rating ratings feedback feedbacks ' +
    'bewertung bewertungen rezension rezensionen kundenbewertung sternebewertung etoile etoiles star stars ' +
    'stern sterne sternen'
  ).split(' '),
)

/** Sentences (by index) in which a review or a rating is named. */
function sentencesNamingAReview(tokens: readonly Token[]): Set<number> {
  const out = new Set<number>()
  for (const t of tokens) if (REVIEW_WORDS.has(t.norm)) out.add(t.sent)
  return out
}

type Adder = (rule: string, severity: Severity, start: number, end: number, id: MessageId) => void

/** A finding before its explanation is written. */
interface Hit {
  rule: string
  severity: Severity
  start: number
  end: number
  id: MessageId
  /** Values of the explanation's placeholders (a seller rule's words and note). */
  values?: Record<string, string>
}

/**
 * Checks a message against the marketplace communication rules. Never throws; every finding has
 * 0 <= start < end <= text.length. Findings are sorted by start (then end).
 */
export function checkPolicy(text: string, options: CheckOptions = {}): Finding[] {
  if (typeof text !== 'string' || text.length === 0) return []
  const tokens = tokenize(text)
  const lang: Lang = options.lang && LANGS.includes(options.lang) ? options.lang : languageOfTokens(tokens)
  const raw: Hit[] = []
  const add: Adder = (rule, severity, start, end, id) => {
    if (end > start) raw.push({ rule, severity, start, end, id })
  }

  const scanned = scanLinks(text)
  // a mailbox's name given after its provider is an address, not a link ("a Gmail one. The username is x.support")
  const named = findNamedMailboxes(text)
  const emails = [...scanned.emails, ...named]
  const links = named.length
    ? scanned.links.filter((l) => !overlapsAny(named, l.start, l.end))
    : scanned.links
  for (const l of links) {
    add('external-link', l.allowed ? 'info' : 'error', l.start, l.end, l.message)
    if (l.social) {
      add('contact-social', 'error', l.start, l.end, 'social-platform')
      for (const n of linkedNumbers(text, l)) add('contact-phone', 'error', n.start, n.end, 'phone')
    }
  }
  for (const e of emails) add('contact-email', 'error', e.start, e.end, 'email')

  const linkSpans: Span[] = [...links, ...emails]
  const legalIds = findLegalIds(text)
  const sensitive = findSensitive(text).filter(
    (s) => !overlapsAny(linkSpans, s.start, s.end) && !overlapsAny(legalIds, s.start, s.end),
  )
  for (const s of sensitive) add('sensitive-data', 'error', s.start, s.end, s.message)

  const spelledCards = findSpelledCards(tokens, text)
  for (const c of spelledCards) add('sensitive-data', 'error', c.start, c.end, 'card')
  for (const p of findPhones(phoneScanText(text), [...linkSpans, ...sensitive, ...legalIds], lang))
    add('contact-phone', 'error', p.start, p.end, 'phone')
  for (const p of findSpelledPhones(tokens, text))
    if (!overlapsAny(spelledCards, p.start, p.end)) add('contact-phone', 'error', p.start, p.end, 'phone')
  for (const p of findVanityPhones(text)) add('contact-phone', 'error', p.start, p.end, 'phone')
  for (const p of findSplitPhones(text)) add('contact-phone', 'error', p.start, p.end, 'phone')
  for (const h of findHandles(text, emails)) add('contact-social', 'error', h.start, h.end, 'social-handle')

  // Requests are judged on the sender's own words: a quoted line ("> …") is what the other side wrote
  // (a buyer's "Five stars!", their question about "5 étoiles"), so phrases there are not the sender's.
  const quoted = quotedLines(text)
  // A rating inside a quoted name is a product's name (the '5 Stars Deluxe' topper, „5 Sterne Hotelkissen“).
  const titles = quotedTitles(text)
  // Except a channel quoted with its number or address: the reply would send them on again.
  const linesWithContact = new Set<Span>()
  for (const h of raw)
    if (h.rule === 'contact-phone' || h.rule === 'contact-email') {
      const line = spanAt(quoted, h.start)
      if (line) linesWithContact.add(line)
    }
  const addOwn: Adder = (rule, severity, start, end, id) => {
    const line = spanAt(quoted, start)
    if (line && !(rule === 'contact-social' && linesWithContact.has(line))) return
    if (rule === 'review-manipulation' && (spanAt(titles, start)?.end ?? -1) >= end) return
    add(rule, severity, start, end, id)
  }
  phraseFindings(text, tokens, lang, addOwn)
  // a code inside a link is the link's query (a tracking page's "?code=CB123456789FR"), not a voucher
  for (const c of findBareCodes(tokens))
    if (!overlapsAny(links, c.start, c.end)) addOwn('marketing', 'error', c.start, c.end, 'marketing-promo')
  for (const w of findWarnings(text, tokens)) add(w.rule, 'warning', w.start, w.end, w.message)
  if (options.sellerRules?.length)
    for (const m of matchSellerRules(tokens, compiledSellerRules(options.sellerRules)))
      raw.push({
        rule: SELLER_RULE,
        severity: m.rule.severity,
        start: m.start,
        end: m.end,
        id: m.rule.note.trim() ? 'seller-rule-note' : 'seller-rule',
        values: { term: m.rule.pattern.trim(), note: m.rule.note.trim() },
      })

  // one finding per rule and place: merge overlapping findings of the same rule and severity
  raw.sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Hit[] = []
  const open = new Map<string, Hit>()
  for (const h of raw) {
    const key = h.rule + '\u0000' + h.severity + '\u0000' + (h.values?.term ?? '')
    const prev = open.get(key)
    if (prev && h.start < prev.end) prev.end = Math.max(prev.end, h.end)
    else {
      const copy = { ...h }
      open.set(key, copy)
      merged.push(copy)
    }
  }
  trimIntentsOffContactDetails(merged, text)
  return merged.map(({ rule, severity, start, end, id, values }) => ({
    rule,
    severity,
    start,
    end,
    message: messageFor(id, lang, values),
  }))
}

/** Rule id of the findings of the seller's own rules (a further rule id, as CONTRACTS.md allows). */
export const SELLER_RULE = 'seller-rule'

/** The findings that block sending (severity `error`). */
export function blockingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity === 'error')
}

/** Rules found from the words of a sentence rather than from a detail written in it. */
const INTENT_RULES = new Set(['contact-social', 'marketing', 'review-manipulation'])
/** Rules that flag one written detail: a number, an address, a link. */
const DETAIL_RULES = new Set(['contact-phone', 'contact-email', 'external-link'])

/**
 * An intent phrase may start on the last word of a detail ("0958 or WhatsApp" after a phone number):
 * two highlights overlapping read as one garbled finding, so the phrase starts after the detail.
 */
function trimIntentsOffContactDetails(hits: Hit[], text: string): void {
  const details = hits.filter((h) => DETAIL_RULES.has(h.rule))
  for (const hit of hits) {
    if (!INTENT_RULES.has(hit.rule)) continue
    for (const detail of details) {
      if (detail.start > hit.start || detail.end <= hit.start || detail.end >= hit.end) continue
      let start = detail.end
      while (start < hit.end && !isWordChar(text, start)) start++
      if (start < hit.end) hit.start = start
    }
  }
}
