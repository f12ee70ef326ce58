/**
 * Keyword matching, case- and accent-insensitive ("rembourse" finds "remboursé", "COLIS" finds "colis").
 *
 * Why regexes and not a folded copy of every body: folding 40 MB of text at load costs ~300 ms of the
 * 800 ms budget and doubles the text in memory, while V8 scans raw text with a case-insensitive regex of
 * accent classes at ~2 GB/s. So only the *query* is folded, then turned into one regex per word.
 */

/** Base letter → every accented form it stands for (lower case; the `i` flag covers upper case). */
const ACCENT_CLASSES: Record<string, string> = {
  a: 'aàáâãäå',
  c: 'cç',
  e: 'eèéêë',
  i: 'iìíîï',
  n: 'nñ',
  o: 'oòóôõöø',
  u: 'uùúûü',
  y: 'yýÿ',
}

/** Ligatures a French text may hold: "soeur" must find "sœur". */
const LIGATURES: Record<string, string> = { oe: 'œ', ae: 'æ' }

const APOSTROPHES = "'’‘`"

/** Lower case without diacritics or ligatures: the canonical form of a query word. */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
}

function escapeRegex(char: string): string {
  return /[.*+?^${}()|[\]\\/-]/.test(char) ? `\\${char}` : char
}

function letterPattern(char: string): string {
  const accents = ACCENT_CLASSES[char]
  if (accents) return `[${accents}]`
  if (char === "'") return `[${APOSTROPHES}]`
  return escapeRegex(char)
}

/** One regex matching `word` (already folded) in raw text, whatever its case and accents. */
function wordPattern(word: string): RegExp {
  let source = ''
  for (let i = 0; i < word.length; i++) {
    const pair = word.slice(i, i + 2)
    const ligature = LIGATURES[pair]
    if (ligature) {
      source += `(?:${letterPattern(pair[0] ?? '')}${letterPattern(pair[1] ?? '')}|${ligature})`
      i++
    } else {
      source += letterPattern(word[i] ?? '')
    }
  }
  return new RegExp(source, 'i')
}

/** Splits a keyword query into words; every word must then match somewhere (logical AND). */
export function keywordMatchers(keywords: string): RegExp[] {
  return keywordWords(keywords).map(wordPattern)
}

/** The digits of an order number or an order query, so "405-1234567" and "4051234567" compare equal. */
export function digitsOf(text: string): string {
  return text.replace(/\D/g, '')
}

/*
 * The search index stores "chunks": the runs of text between whitespace. A query word holds no
 * whitespace, and none of its regex's parts matches whitespace, so a word matches a text exactly when
 * it matches one of the text's chunks. Most chunks hold only "plain" characters, for which the regex
 * of a folded word matches exactly when the folded chunk contains the word as a substring: those are
 * stored folded and searched with `indexOf`. Any other chunk (œ, ø, ß, Greek, emoji, combining marks…)
 * is stored as it is and tested with the very regex `keywordMatchers` builds, so results never change.
 * text-match.test.ts checks both claims character by character.
 */
const PLAIN_LETTERS = 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝŸ'
/** Caseless symbols French and English mail is full of: folding and case leave them as they are. */
const PLAIN_SYMBOLS = '’‘«»€£§°±·×÷¿¡…–—•©®™'
const PLAIN_CHUNK = new RegExp(`^[\\x21-\\x7e${PLAIN_LETTERS}${PLAIN_SYMBOLS}]+$`)
const PLAIN_WORD = new RegExp(`^[\\x21-\\x7e${PLAIN_SYMBOLS}]+$`)

/** Whether a chunk of text (no whitespace) may be stored folded. */
export const isPlainChunk = (chunk: string): boolean => PLAIN_CHUNK.test(chunk)

/** Whether a folded query word can only match plain chunks through their folded form. */
export const isPlainWord = (word: string): boolean => PLAIN_WORD.test(word) && !/[A-Z]/.test(word)

/** The folded form of a plain chunk (ASCII chunks, the usual case, skip Unicode normalisation). */
export function foldPlainChunk(chunk: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(chunk)) {
    const lower = chunk.toLowerCase()
    return lower.includes('`') ? lower.replace(/`/g, "'") : lower
  }
  return foldText(chunk)
}

/** The folded words of a keyword query, as `keywordMatchers` splits them (same order). */
export function keywordWords(keywords: string): string[] {
  return foldText(keywords)
    .split(/\s+/)
    .filter((word) => word.length > 0)
}

/** The regex `keywordMatchers` builds for one folded word. */
export const keywordMatcher = (word: string): RegExp => wordPattern(word)
