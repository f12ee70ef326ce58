/**
 * French phone numbers spelled in words: "zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit",
 * "zéro six quarante-sept vingt et un quatre-vingt-huit trente-cinq". After "zéro" and a digit, the words
 * are read as the two-digit groups a French number is said in (vingt et un, soixante-dix-huit, quatre-vingt-
 * dix, and the Belgian and Swiss septante, huitante, nonante); ten digits in the national format that
 * libphonenumber accepts make a phone number. Each "zéro" reads at most five groups of at most four words.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { Span, Token } from './text'

const UNITS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
  }),
)
const TEENS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
  }),
)
const TENS: ReadonlyMap<string, number> = new Map(
  Object.entries({
    vingt: 20,
    trente: 30,
    quarante: 40,
    cinquante: 50,
    soixante: 60,
    septante: 70,
    octante: 80,
    huitante: 80,
    nonante: 90,
  }),
)
/** libphonenumber calls per message. */
const BUDGET = 20

/** 10 to 19 at tokens[i] ("dix-sept" is two words): [value, next index]. */
function teen(word: (k: number) => string | undefined, i: number): [number, number] | null {
  const w = word(i)
  if (w === undefined || TEENS.get(w) === undefined) return null
  const u = UNITS.get(word(i + 1) ?? '')
  if (w === 'dix' && u !== undefined && u >= 7) return [10 + u, i + 2]
  return [TEENS.get(w) as number, i + 1]
}

/** One group said as a number from 0 to 99 at tokens[i]: [value, next index], or null. */
function group(word: (k: number) => string | undefined, i: number): [number, number] | null {
  const w = word(i)
  if (w === undefined) return null
  if (w === 'zero') {
    const u = UNITS.get(word(i + 1) ?? '')
    return u !== undefined ? [u, i + 2] : [0, i + 1]
  }
  const t = teen(word, i)
  if (t) return t
  let base = TENS.get(w)
  let j = i + 1
  if (w === 'quatre' && (word(j) === 'vingt' || word(j) === 'vingts')) {
    base = 80
    j++
  }
  if (base === undefined) {
    const u = UNITS.get(w)
    return u !== undefined ? [u, i + 1] : null
  }
  // "soixante-douze", "quatre-vingt-dix-huit"
  if (base === 60 || (base === 80 && TENS.get(w) === undefined)) {
    if (word(j) === 'et' && word(j + 1) === 'onze' && base === 60) return [71, j + 2]
    const tn = teen(word, j)
    if (tn) return [base + tn[0], tn[1]]
  }
  if (word(j) === 'et' && word(j + 1) === 'un' && base !== 80) return [base + 1, j + 2]
  const u = UNITS.get(word(j) ?? '')
  return u !== undefined ? [base + u, j + 1] : [base, j]
}

/** Digit words read one digit each (English, German, French); "oh" is English for zero inside a number. */
export const DIGIT_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    zero: '0',
    oh: '0',
    o: '0',
    nought: '0',
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    null: '0',
    eins: '1',
    ein: '1',
    zwei: '2',
    zwo: '2',
    drei: '3',
    vier: '4',
    funf: '5',
    sechs: '6',
    sieben: '7',
    acht: '8',
    neun: '9',
    un: '1',
    deux: '2',
    trois: '3',
    quatre: '4',
    cinq: '5',
    sept: '7',
    huit: '8',
    neuf: '9',
  }),
)
const HUNDRED = new Set(['cent', 'cents', 'hundred', 'hundert'])
const REPEAT: ReadonlyMap<string, number> = new Map([
  ['double', 2],
  ['triple', 3],
  ['doppel', 2],
])
/** National formats a spelled number must fit (leading 0), tried in this order. */
const COUNTRIES = ['FR', 'GB', 'DE', 'BE', 'CH'] as const

/** Only spaces, commas, dashes and dots between two tokens of one spoken number. */
function joined(text: string, a: Token, b: Token): boolean {
  // spaces, commas, dots, dashes (also "0 6 – 2 8") and slashes ("O2/47/61/38/90") between digits
  return b.start - a.end <= 3 && /^[\s,.\-\u2013\u2014/]*$/.test(text.slice(a.end, b.start))
}

/** A zero written as the letter O glued to digits ("O2/47…", "oh113"): the digits it stands for. */
function letterZero(norm: string): string | undefined {
  const m = /^(?:o|oh)(\d{1,4})$/.exec(norm)
  return m ? '0' + (m[1] as string) : undefined
}

function validNational(digits: string, budget: { n: number }): boolean {
  if (!/^0[1-9]\d{7,11}$/.test(digits)) return false
  for (const country of COUNTRIES) {
    if (budget.n-- <= 0) return false
    if (parsePhoneNumberFromString(digits, country)?.isValid()) return true
  }
  return false
}

/**
 * A number said digit by digit: digit words in English, German or French ("zero six one two…", "oh
 * seven seven double oh nine…", "null eins sieben eins…"), mixed with digits ("zéro six 12 34 56 78"),
 * or every digit spaced out ("0 6 1 2 3 4 5 6 7 8"). It must make a valid national number.
 */
function findDigitByDigit(text: string, tokens: readonly Token[], out: Span[], budget: { n: number }): void {
  for (let i = 0; i < tokens.length && budget.n > 0; i++) {
    const first = tokens[i] as Token
    const firstDigit = first.num
      ? first.norm.charAt(0)
      : (letterZero(first.norm)?.charAt(0) ?? DIGIT_WORDS.get(first.norm))
    if (firstDigit === undefined || first.norm === 'o' || (first.num && first.norm.length > 4)) continue
    // a North American number said in words: ten digit words, no leading 0 ("five one two, five five five…")
    if (firstDigit !== '0') {
      if (first.num || i + 9 >= tokens.length) continue
      let us = ''
      let k = i
      for (; k < tokens.length && us.length < 10; k++) {
        const t = tokens[k] as Token
        const d = DIGIT_WORDS.get(t.norm)
        if (d === undefined || t.norm === 'o' || (k > i && !joined(text, tokens[k - 1] as Token, t))) break
        us += d
      }
      // more digit words after the tenth: a card or account number said aloud, not a phone number
      const more = tokens[k]
      const longer =
        more !== undefined && DIGIT_WORDS.has(more.norm) && joined(text, tokens[k - 1] as Token, more)
      if (
        !longer &&
        us.length === 10 &&
        budget.n-- > 0 &&
        parsePhoneNumberFromString(us, 'US')?.isPossible()
      ) {
        out.push({ start: first.start, end: (tokens[k - 1] as Token).end })
      }
      i = Math.max(i, k - 1)
      continue
    }
    // read the spoken sequence once: each token's digits (a repeat word doubles or triples the next)
    const parts: string[] = []
    const ends: number[] = []
    let words = 0
    let singles = 0
    let j = i
    let repeat = 1
    let total = 0
    let prev: Token | null = null
    for (; j < tokens.length && total < 13; j++) {
      const t = tokens[j] as Token
      // a full stop between spoken groups ("zero un . 4 2 . 8 0 …") does not end the number
      if (
        prev &&
        (!joined(text, prev, t) ||
          (t.sent !== prev.sent && !/^\s?\.\s?$/.test(text.slice(prev.end, t.start))))
      )
        break
      const rep = REPEAT.get(t.norm)
      if (rep) {
        repeat = rep
        prev = t
        continue
      }
      let d: string | undefined
      if (t.norm === '/') {
        prev = t // a slash between groups, like a dash
        continue
      }
      // "zéro huit cent …", "oh eight hundred …": a digit then hundred is a group of three (0800…)
      const last = parts.length - 1
      if (HUNDRED.has(t.norm) && last >= 0 && (parts[last] as string).length === 1) {
        parts[last] += '00'
        total += 2
        prev = t
        continue
      }
      if (t.num && t.norm.length <= 4) {
        d = t.norm
        if (t.norm.length === 1) singles++
      } else {
        d = letterZero(t.norm) ?? DIGIT_WORDS.get(t.norm)
        if (d !== undefined) words++
      }
      if (d === undefined) break
      parts.push(d.repeat(repeat))
      ends.push(j)
      total += d.length * repeat
      repeat = 1
      prev = t
    }
    // the whole sequence is read once: the next start is after it (linear in the text)
    const next = Math.max(i, j - 1)
    // digits alone in groups are phones.ts's; here a word or every digit spaced out is required
    if (words === 0 && singles < 8) {
      i = next
      continue
    }
    // the longest prefix that is a valid number
    let end = -1
    let digits = parts.join('')
    for (let n = parts.length; n > 1 && digits.length >= 9; n--) {
      if (validNational(digits, budget)) {
        end = (ends[n - 1] as number) + 1
        break
      }
      digits = digits.slice(0, digits.length - (parts[n - 1] as string).length)
    }
    if (end < 0) {
      i = next
      continue
    }
    out.push({ start: first.start, end: (tokens[end - 1] as Token).end })
    i = end - 1
  }
}

/** Phone numbers spelled out in words, as spans of the original text. */
export function findSpelledPhones(tokens: readonly Token[], text = ''): Span[] {
  const out: Span[] = []
  let budget = BUDGET
  for (let i = 0; i < tokens.length && budget > 0; i++) {
    const first = tokens[i] as Token
    // "zéro six …" or "06 …" followed by French two-digit groups
    const leadNum = first.num && /^0[1-9]$/.test(first.norm)
    if (first.norm !== 'zero' && !leadNum) continue
    const next = tokens[i + 1]
    if (!next || next.sent !== first.sent) continue
    if (!leadNum && UNITS.get(next.norm) === undefined) continue
    const word = (k: number): string | undefined => {
      const t = tokens[k]
      return t && t.sent === first.sent && t.word ? t.norm : undefined
    }
    let digits = leadNum ? first.norm : '0' + String(UNITS.get(word(i + 1) ?? ''))
    let j = leadNum ? i + 1 : i + 2
    let spelled = !leadNum
    while (digits.length < 10) {
      // "zéro sept / 81 / vingt-quatre / …": a slash or dash between groups
      while (tokens[j]?.sent === first.sent && /^[/\u2013-]$/.test(tokens[j]?.raw ?? '')) j++
      const t = tokens[j]
      if (t && t.sent === first.sent && t.num && t.norm.length === 2) {
        digits += t.norm
        j++
        continue
      }
      const g = group(word, j)
      if (!g) break
      spelled = true
      digits += String(g[0]).padStart(2, '0')
      j = g[1]
    }
    if (!spelled || digits.length !== 10 || !/^0[1-9]\d{8}$/.test(digits)) continue
    budget--
    if (!parsePhoneNumberFromString(digits, 'FR')?.isValid()) continue
    out.push({ start: first.start, end: (tokens[j - 1] as Token).end })
    i = j - 1
  }
  if (text) {
    const more: Span[] = []
    findDigitByDigit(text, tokens, more, { n: BUDGET })
    for (const m of more) if (!out.some((o) => o.start < m.end && m.start < o.end)) out.push(m)
  }
  return out
}
