/**
 * Text helpers shared by the policy rules: case and accent folding, and a tokenizer that keeps the
 * UTF-16 offsets of every token in the original text.
 */

export interface Token {
  /** UTF-16 offsets of the token in the original text. */
  start: number
  end: number
  /** The token as written. */
  raw: string
  /** Lower-cased, accents removed, ligatures expanded (œ → oe). */
  norm: string
  /** Index of the sentence the token belongs to (phrase matches never cross sentences). */
  sent: number
  /** Made of ASCII digits only. */
  num: boolean
  /** A word (letters or digits), not a symbol token such as % or €. */
  word: boolean
  /** Only ASCII characters. */
  ascii: boolean
  /** The first two characters of `norm` (index key of the phrase matcher). */
  pre: string
}

const PLAIN = /^[a-z0-9]*$/
const MARKS = /\p{M}/gu
const foldCache = new Map<string, string>()

/** Lower-case, strip diacritics, expand ligatures: "Évaluée" → "evaluee", "œil" → "oeil". */
export function fold(word: string): string {
  const lower = word.toLowerCase()
  if (PLAIN.test(lower)) return lower
  const hit = foldCache.get(lower)
  if (hit !== undefined) return hit
  const out = lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
  if (lower.length <= 64) {
    if (foldCache.size > 20_000) foldCache.clear()
    foldCache.set(lower, out)
  }
  return out
}

/**
 * Words are runs of letters, digits and combining marks; apostrophes (elisions: l', d', qu') and hyphens
 * separate words. A few symbols are tokens of their own: % € $ £ / * and star emoji, and a minus sign
 * directly before a digit ("-10 %").
 */
// a minus before a number, also as an en dash or minus sign ("–20 %", not a range "40–60 %"), reads as one: "-"
const TOKEN = /[\p{L}\p{N}\p{M}]+|[%€$£/*⭐★]|\u{1F31F}|-(?=\d)|(?<!\d\s?)[–−](?=\d)/gu
/** Characters between two tokens that end a sentence: . ! ? ; … and line breaks. */
const SENTENCE_END_CHARS = new Set([0x2e, 0x21, 0x3f, 0x3b, 0x0a, 0x0d, 0x2026])
/** Abbreviations written with a full stop inside a sentence (folded). */
const ABBREVIATIONS = new Set(
  'bzw ggf usw evtl inkl zzgl ca vgl etc cf env resp approx mr mrs ms dr mme mlle st ref nr tel'.split(' '),
)

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  // lower-case the whole text once when that keeps the offsets (it nearly always does)
  const lower = text.toLowerCase()
  const sameLength = lower.length === text.length
  let sent = 0
  let sentTokens = 0
  let last = 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const start = m.index
    for (let i = last; i < start; i++) {
      const c = text.charCodeAt(i)
      // a short question ("Satisfait ?", "Happy with your purchase?") belongs with what follows: it is
      // often the condition of the next sentence
      // an abbreviation's full stop ("bzw.", "z. B." aside, "ca.", "Mme.") does not end the sentence
      const abbreviation =
        c === 0x2e && i === last && ABBREVIATIONS.has(tokens[tokens.length - 1]?.norm ?? '')
      // a full stop inside a word ("j.krause", "web.de") joins it, as in an address: no sentence ends there
      const inWord =
        c === 0x2e && i === last && i + 1 === start && last > 0 && /[a-z]/.test(lower.charAt(start))
      if (SENTENCE_END_CHARS.has(c) && !(c === 0x3f && sentTokens <= 6) && !abbreviation && !inWord) {
        sent++
        sentTokens = 0
        break
      }
    }
    sentTokens++
    const raw = m[0]
    const end = start + raw.length
    // one pass over the characters instead of two regular expressions per token
    let ascii = true
    let num = true
    for (let i = 0; i < raw.length; i++) {
      const c = raw.charCodeAt(i)
      if (c > 126) ascii = num = false
      else if (c < 48 || c > 57) num = false
      if (!ascii) break
    }
    const low = sameLength ? lower.slice(start, end) : raw.toLowerCase()
    const norm = ascii ? low : low === '–' || low === '−' ? '-' : fold(low)
    const c0 = raw.charCodeAt(0)
    const word = raw.length > 1 || isAsciiAlnum(c0) || (c0 > 127 && LETTER_OR_DIGIT.test(raw))
    tokens.push({ start, end, raw, norm, sent, num, word, ascii, pre: norm.slice(0, 2) })
    last = end
  }
  return tokens
}

/** True when the character code is an ASCII letter or digit. */
export function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** True when text[i] is a letter or digit in any script (false outside the string). */
export function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false
  const c = text.charCodeAt(i)
  if (c < 128) return isAsciiAlnum(c)
  return LETTER_OR_DIGIT.test(text.charAt(i))
}

export interface Span {
  start: number
  end: number
}

/** Whether [start, end) overlaps any of the spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && start < s.end) return true
  return false
}
