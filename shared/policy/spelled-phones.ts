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

/** Phone numbers spelled out in French words, as spans of the original text. */
export function findSpelledPhones(tokens: readonly Token[]): Span[] {
  const out: Span[] = []
  let budget = BUDGET
  for (let i = 0; i < tokens.length && budget > 0; i++) {
    const first = tokens[i] as Token
    if (first.norm !== 'zero') continue
    const next = tokens[i + 1]
    if (!next || next.sent !== first.sent || UNITS.get(next.norm) === undefined) continue
    const word = (k: number): string | undefined => {
      const t = tokens[k]
      return t && t.sent === first.sent && t.word ? t.norm : undefined
    }
    const lead = UNITS.get(word(i + 1) ?? '')
    if (lead === undefined) continue
    let digits = '0' + lead
    let j = i + 2
    while (digits.length < 10) {
      const g = group(word, j)
      if (!g) break
      digits += String(g[0]).padStart(2, '0')
      j = g[1]
    }
    if (digits.length !== 10 || !/^0[1-9]\d{8}$/.test(digits)) continue
    budget--
    if (!parsePhoneNumberFromString(digits, 'FR')?.isValid()) continue
    out.push({ start: first.start, end: (tokens[j - 1] as Token).end })
    i = j - 1
  }
  return out
}
