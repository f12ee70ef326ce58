/**
 * Phone numbers. A linear scan cuts the text into runs of digits and phone separators; each run (or a
 * whitespace-delimited part of it) is validated by libphonenumber-js: international numbers (+33, 0033)
 * for any country, national ones (leading 0) for France and the neighbouring marketplaces, North American
 * ones only when formatted as such. Order numbers, tracking numbers, barcodes, dates, times, prices and
 * references are rejected by shape, by context words, or because no numbering plan accepts them.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import type { CountryCode } from 'libphonenumber-js/max'
import type { Lang } from './types'
import type { Span } from './text'
import { fold, isWordChar, overlapsAny } from './text'

/** National formats tried for numbers with a leading 0, with the digit counts they allow. */
const NATIONAL: ReadonlyArray<[CountryCode, RegExp]> = [
  ['FR', /^0[1-9]\d{8}$/],
  ['BE', /^0[1-9]\d{7,8}$/],
  ['CH', /^0[1-9]\d{8}$/],
  ['GB', /^0[1-9]\d{8,9}$/],
  // German and Austrian numbers vary in length: only numbers in an allocated range count (see isPhone)
  ['DE', /^0[1-9]\d{6,11}$/],
  ['AT', /^0[1-9]\d{6,11}$/],
]
/** Countries whose national numbers must be VALID (not merely possible) even when laid out in groups. */
const STRICT_NATIONAL = new Set<CountryCode>(['DE', 'AT'])
/** Calls to libphonenumber per message; beyond it a plain French-format check is used (adversarial input). */
const PARSE_BUDGET = 400

// middle dots and bullets too: "06 · 59 · 31 · 74 · 28"
const SEPARATORS = new Set([
  ' ',
  '.',
  '-',
  '(',
  ')',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u2013',
  '\u00b7',
  '\u2022',
  '\u2219',
  // look-alike dots: hyphenation point, katakana middle dot, dot operator, half- and full-width dots
  '\u2027',
  '\u30fb',
  '\u22c5',
  '\uff65',
  '\u2024',
  '\uff0e',
])
const isDigit = (c: string): boolean => c >= '0' && c <= '9'
const SLASHED = /0[1-9](?:\/\d\d){4}/g
/** Belgian layout, the zone before a slash: "0470/12.34.56", "02/511 22 33" (a date has no leading 0 zone of 3+). */
const ZONE_SLASH = /0\d{1,3}\/\d{2,3}(?:[ .]?\d{2,3}){1,3}/g
/** German layout, the area code before a slash: "030/12345678", "0171/234 5678", "089 / 2154 7760". */
const DE_SLASH = /0[1-9]\d{1,3} ?\/ ?\d{3,8}(?:[ -]\d{2,5})?/g
const YEAR = /^(19|20)\d\d$/
/**
 * The layouts people write phone numbers in: French pairs (06 12 34 56 78), an international prefix, a
 * trunk code then the subscriber number (07700 900123, 0171 2345678). Next to order or tracking words
 * only these count: a complete number in such a layout is a phone number, a reference is not.
 */
const PHONE_LAYOUT =
  /^(?:0[1-9](?:[ .-]\d\d){4}|\+\d[\d .()/-]{7,}|\(\+\d{1,3}\)[\d .-]{7,}|0\d{2,4}[ /-]\d{6,8}|0\d{2,3}[ .-]\d{3,4}[ .-]\d{4}|0\d{4}[ .-]\d{3}[ .-]\d{3})$/

/** Words before a number that make it a phone number. */
const PHONE_CONTEXT =
  /(telephone|tel\b|tél|phone|portable|mobile|cellulaire|cell\b|gsm|fixe|appel|call|joindre|joignable|reach|contact|sms|texto|texte[rz]?\b|\btext\b|whatsapp|numero perso|mon numero|numero direct|ligne directe|my number|ring|dial|anruf|ruf|handy|telefon|erreichbar|durchwahl|festnetz|kundendienst|kundenservice|hotline|service client)/
/** Words before a number that make it something else. */
const OTHER_CONTEXT =
  /(commande|order|suivi|tracking|colis|parcel|envoi|shipment|facture|invoice|\bean|isbn|gtin|\bupc|\basin|\bsku|ref\b|reference|\blot\b|serie|serial|siret|siren|\btva|\bvat\b|iban|\brib\b|\bbic\b|swift|compte|account|carte|card|transaction|dossier|ticket|\bcase|\brma\b|article|code|barre|barcode|montant|amount|total|prix|price|client|customer|contrat|contract|adherent|membre|member|abonne|licen[cs]e|imei|modele|model|bestell|sendung|rechnung|kunden|artikel|vorgang)/

interface Chunk {
  start: number
  end: number
  digits: string
}

interface Scan {
  budget: number
  memo: Map<string, Level>
}

/**
 * VALID: in an allocated range. POSSIBLE: the right length for its country but in no allocated range,
 * such as the numbers people make up or copy from fiction (+44 7700 900123, (555) 123-4567); a number
 * written with a "+" or in a phone layout is still a phone number. NONE: neither.
 */
const NONE = 0
const POSSIBLE = 1
const VALID = 2
type Level = 0 | 1 | 2

/** Validations shared across calls: live checking re-checks the same numbers at every keystroke. */
const sharedMemo = new Map<string, Level>()

function phoneLevel(s: Scan, key: string, text: string, country?: CountryCode): Level {
  const hit = s.memo.get(key)
  if (hit !== undefined) return hit
  let level: Level
  const shared = sharedMemo.get(key)
  if (shared !== undefined) level = shared
  else if (s.budget-- > 0) {
    const n = parsePhoneNumberFromString(
      text,
      country ? { defaultCountry: country, extract: false } : { extract: false },
    )
    level = n === undefined ? NONE : n.isValid() ? VALID : n.isPossible() ? POSSIBLE : NONE
    if (sharedMemo.size >= 5_000) sharedMemo.clear()
    sharedMemo.set(key, level)
  } else {
    level = /^(\+33[1-9]\d{8}|0[1-9]\d{8})$/.test(text) ? VALID : NONE
  }
  s.memo.set(key, level)
  return level
}

/** Whether `raw` (a part of a run) is a phone number. */
function isPhone(
  s: Scan,
  raw: string,
  digits: string,
  chunks: Chunk[],
  lang: Lang,
  phoneContext: boolean,
  strict = false,
): boolean {
  if (digits.length < 8 || digits.length > 15) return false
  // next to order, tracking or invoice words only a complete number in a phone layout counts
  if (strict && !PHONE_LAYOUT.test(raw)) return false
  const plus = raw.startsWith('+') || raw.startsWith('(+')
  // a date inside: "01 02 2025 …" (a year after a day or a month; "0800 046 1928" is a number)
  if (chunks.length > 2) {
    for (let i = 1; i < chunks.length; i++)
      if (YEAR.test((chunks[i] as Chunk).digits) && (chunks[i - 1] as Chunk).digits.length <= 2) return false
  }
  if (plus || (digits.startsWith('00') && !digits.startsWith('000'))) {
    let intlDigits = plus ? digits : digits.slice(2)
    // "+49 (0)89 …": the national trunk 0 written in brackets is not dialled from abroad
    const trunk = /^\+\d{1,3}\s?\(0\)/.exec(raw)
    if (trunk)
      intlDigits = intlDigits.replace(/^(\d{1,3}?)0/, (all, cc: string) =>
        trunk[0].replace(/\D/g, '').startsWith(cc + '0') ? cc : all,
      )
    const intl = '+' + intlDigits
    // "00…" may also start a barcode: only numbers in service
    return intl.length >= 9 && phoneLevel(s, intl, intl) >= (plus && !strict ? POSSIBLE : VALID)
  }
  // laid out in groups, or after a phone word, a number of the right length is a phone number
  const laidOut = chunks.length > 1 || phoneContext
  if (digits.startsWith('0')) {
    // unformatted digit strings of barcode length are barcodes unless a phone word precedes
    if (chunks.length === 1 && digits.length >= 12 && !phoneContext) return false
    for (const [country, shape] of NATIONAL) {
      if (!shape.test(digits)) continue
      // German and Austrian plans accept many lengths: only in German text or after a phone word
      if (STRICT_NATIONAL.has(country) && lang !== 'de' && !phoneContext) continue
      const lenient = laidOut && !strict && !STRICT_NATIONAL.has(country)
      if (phoneLevel(s, country + digits, digits, country) >= (lenient ? POSSIBLE : VALID)) return true
    }
    return false
  }
  // North American formatting: (415) 555-2671, 415-555-2671, 415.555.2671, 1-800-555-0199
  if (strict) return false
  if ((lang === 'en' || phoneContext) && /^(?:1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/.test(raw)) {
    return phoneLevel(s, 'US' + digits, digits, 'US') >= POSSIBLE
  }
  // "tél. 6 12 34 56 78": a French number missing its 0, only after a phone word
  if (phoneContext && digits.length === 9 && chunks.length > 1)
    return phoneLevel(s, 'FR0' + digits, '0' + digits, 'FR') === VALID
  return false
}

/**
 * A number right after "to", "au", "an", "unter"… is where something is sent or who is called ("send your
 * order number to 06…", "envoyez le n° de commande au 06…"): the order word names what is sent, not the
 * number, so it does not make the number a reference.
 */
const DESTINATION_BEFORE = /(?:^|[^a-z])(?:to|at|on|via|au|a|sur|par|an|unter|auf|per)\s{0,2}:?\s{0,2}$/

function contextBefore(text: string, start: number): { phone: boolean; other: boolean } {
  const before = fold(text.slice(Math.max(0, start - 32), start))
  const other = OTHER_CONTEXT.test(before) && !DESTINATION_BEFORE.test(before)
  return { phone: PHONE_CONTEXT.test(before), other }
}

/**
 * Finds phone numbers, skipping the `masked` spans (links, e-mails, card numbers…). Linear in the text
 * length; the number of validations is bounded by PARSE_BUDGET.
 */
export function findPhones(text: string, masked: readonly Span[], lang: Lang): Span[] {
  const out: Span[] = []
  const s: Scan = { budget: PARSE_BUDGET, memo: new Map() }
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charAt(i)
    const startsRun =
      isDigit(c) || ((c === '+' || c === '(') && i + 1 < n && /[\d+]/.test(text.charAt(i + 1)))
    if (!startsRun) {
      i++
      continue
    }
    const runStart = i
    // collect the run: digits and separators (at most 3 separators in a row), '+' only in front
    const groups: Chunk[] = []
    let j = i
    let seps = 0
    const whiteBefore: boolean[] = []
    let sawSpace = false
    while (j < n) {
      const ch = text.charAt(j)
      if (isDigit(ch)) {
        let k = j
        while (k < n && isDigit(text.charAt(k))) k++
        groups.push({ start: j, end: k, digits: text.slice(j, k) })
        whiteBefore.push(sawSpace)
        sawSpace = false
        seps = 0
        j = k
      } else if (
        (SEPARATORS.has(ch) ||
          (ch === '+' && j === runStart) ||
          // "06 21 / 84 / 37", "+49 (0)89 / 2154": a slash between spaces lays out a number, "21/10" is a date
          (ch === '/' && (text.charAt(j - 1) === ' ' || text.charAt(j + 1) === ' '))) &&
        seps < 3
      ) {
        if (ch === ' ' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009') sawSpace = true
        seps++
        j++
      } else break
    }
    i = Math.max(j, runStart + 1)
    // opening hours or a unit glued to the run's last group ("04.78.62.15.30 (9h-12h)", "… 9 Uhr"): the
    // number ends before the bracket or space that opens them
    const glued = groups[groups.length - 1]
    const before = groups[groups.length - 2]
    if (glued && before && isWordChar(text, glued.end) && /[ (]/.test(text.slice(before.end, glued.start))) {
      groups.pop()
      whiteBefore.pop()
    }
    const last = groups[groups.length - 1]
    const runEnd = last ? last.end : j
    if (!last) continue
    // glued to a word or a code: "8R00123456789", "B08N5WRWNW", "ref-0612…", "59,90", "21/10/2025", "10:45"
    const prev = text.charAt(runStart - 1)
    if (isWordChar(text, runStart - 1) || prev === '_') continue
    if (/[-/.,:]/.test(prev) && isWordChar(text, runStart - 2)) continue
    const next = text.charAt(runEnd)
    if (isWordChar(text, runEnd) || next === '_' || next === '%' || next === '€' || next === '$') continue
    if (/[/,:]/.test(next) && isWordChar(text, runEnd + 1)) continue
    let total = 0
    for (const g of groups) total += g.digits.length
    if (total === 7 && /^\d{3}[-. ]\d{4}$/.test(text.slice(runStart, runEnd))) {
      // a North American local number ("555-0147") only after a phone word ("call", "reach us at")
      const ctx7 = contextBefore(text, runStart)
      if (ctx7.phone && !ctx7.other && !overlapsAny(masked, runStart, runEnd))
        out.push({ start: runStart, end: runEnd })
      continue
    }
    if (total < 8) continue
    if (overlapsAny(masked, runStart, runEnd)) continue
    const whole = text.slice(runStart, runEnd)
    if (/^\d{3}-\d{7}-\d{7}$/.test(whole)) continue // Amazon order number
    const ctx = contextBefore(text, runStart)
    // order, tracking or invoice words near a number do not cancel a complete, valid phone number
    const strict = ctx.other && !ctx.phone
    // whitespace-delimited chunks of the run (a chunk keeps its inner dots and dashes)
    const chunks: Chunk[][] = []
    groups.forEach((g, gi) => {
      const cur = chunks[chunks.length - 1]
      if (gi === 0 || whiteBefore[gi] || !cur) chunks.push([g])
      else cur.push(g)
    })
    const chunkStart = (ci: number): number => {
      const g = (chunks[ci] as Chunk[])[0] as Chunk
      let st = g.start
      while (st > runStart && /[+(]/.test(text.charAt(st - 1))) st--
      return st
    }
    let ci = 0
    while (ci < chunks.length) {
      const st = chunkStart(ci)
      const head = text.charAt(st)
      const firstDigit = ((chunks[ci] as Chunk[])[0] as Chunk).digits.charAt(0)
      let found = -1
      // next to order or tracking words only a number in a phone layout counts, and every such layout
      // opens with 0, + or (+: an order or tracking number is not even tried
      const tried = strict
        ? head === '+' || head === '(' || firstDigit === '0'
        : ci === 0 || head === '+' || head === '(' || firstDigit === '0'
      if (tried) {
        let digits = ''
        let tiny = 0
        const flat: Chunk[] = []
        // longest number: 15 digits international, 11 national (leading 0), 10 otherwise
        const intl = head === '+' || text.startsWith('(+', st) || text.startsWith('00', st)
        const max = intl ? 16 : firstDigit === '0' ? 12 : firstDigit === '1' ? 11 : 10
        // real numbers have at most 8 parts and at most two one-digit parts ("+33 6 …", "0 800 …")
        for (let cj = ci; cj < chunks.length && cj - ci < 8; cj++) {
          for (const g of chunks[cj] as Chunk[]) {
            flat.push(g)
            digits += g.digits
            if (g.digits.length === 1) tiny++
          }
          if (digits.length > max || tiny > 2) break
          if (digits.length < 8) continue
          const lastG = flat[flat.length - 1] as Chunk
          let en = lastG.end
          if (text.charAt(en) === ')' && text.slice(st, en).includes('(')) en++
          if (isPhone(s, text.slice(st, en), digits, flat, lang, ctx.phone, strict)) found = cj
        }
      }
      if (found >= 0) {
        const lastChunk = chunks[found] as Chunk[]
        out.push({ start: st, end: (lastChunk[lastChunk.length - 1] as Chunk).end })
        ci = found + 1
      } else ci++
    }
  }
  // "06/12/34/56/78": five pairs separated by slashes (a date has three parts)
  SLASHED.lastIndex = 0
  for (let m = SLASHED.exec(text); m !== null; m = SLASHED.exec(text)) {
    const end = m.index + m[0].length
    if (isWordChar(text, m.index - 1) || isWordChar(text, end) || text.charAt(end) === '/') continue
    if (text.charAt(m.index - 1) === '/' || overlapsAny(masked, m.index, end)) continue
    if (phoneLevel(s, 'FR' + m[0], m[0].replace(/\//g, ''), 'FR') === VALID) out.push({ start: m.index, end })
  }
  ZONE_SLASH.lastIndex = 0
  for (let m = ZONE_SLASH.exec(text); m !== null; m = ZONE_SLASH.exec(text)) {
    const end = m.index + m[0].length
    const digits = m[0].replace(/\D/g, '')
    if (isWordChar(text, m.index - 1) || isWordChar(text, end) || /[/.]/.test(text.charAt(m.index - 1)))
      continue
    if (digits.length < 9 || digits.length > 10 || overlapsAny(masked, m.index, end)) continue
    if (overlapsAny(out, m.index, end)) continue
    if (phoneLevel(s, 'BE' + digits, digits, 'BE') >= POSSIBLE) out.push({ start: m.index, end })
  }
  // German and Austrian numbers with the area code before a slash, in German text or after a phone word
  DE_SLASH.lastIndex = 0
  for (let m = DE_SLASH.exec(text); m !== null; m = DE_SLASH.exec(text)) {
    const end = m.index + m[0].length
    const digits = m[0].replace(/\D/g, '')
    if (isWordChar(text, m.index - 1) || isWordChar(text, end) || /[/.,]/.test(text.charAt(m.index - 1)))
      continue
    if (text.charAt(end) === '/' || digits.length < 9 || digits.length > 12) continue
    if (overlapsAny(masked, m.index, end) || overlapsAny(out, m.index, end)) continue
    const ctx = contextBefore(text, m.index)
    if (lang !== 'de' && !ctx.phone) continue
    if (['DE', 'AT'].some((c) => phoneLevel(s, c + digits, digits, c as CountryCode) === VALID))
      out.push({ start: m.index, end })
  }
  return out
}

/**
 * A North American number with letters for digits, as toll-free lines advertise themselves
 * ("1-800-FIX-LAMP", "(888) GO-CLEAN1"): a toll-free or 1- prefix, then seven letters or digits, at least
 * one a capital letter. Product codes rarely start with "1-800-"; lower-case words are prose.
 */
const VANITY =
  /(?<![\w+-])(?:\+?1[-. ]?)?\(?8(?:00|33|44|55|66|77|88)\)?[-. ](?=[A-Z0-9-]{0,8}[A-Z])[A-Z0-9]{2,4}[-. ]?[A-Z0-9]{3,5}(?![\w-])/g

export function findVanityPhones(text: string): Span[] {
  const out: Span[] = []
  if (!/8(?:00|33|44|55|66|77|88)/.test(text)) return out
  VANITY.lastIndex = 0
  for (let m = VANITY.exec(text); m !== null; m = VANITY.exec(text)) {
    // the letters and digits after the prefix make seven keypad digits
    const rest = m[0].replace(/^(?:\+?1[-. ]?)?\(?8\d\d\)?[-. ]/, '').replace(/[-. ]/g, '')
    if (rest.length === 7) out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}
