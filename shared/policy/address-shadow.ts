/**
 * The text as the address scans read it: dots written with look-alike characters ("partsfinder・co・uk",
 * "piecesauto-leroux·fr") and a symbol the message itself says to replace ("retours_sav#yahoo.fr (remplacez
 * # par @)") are read as the dot or at-sign they stand for. One character for one, so offsets hold.
 */
import type { Span } from './text'

/** Characters that look like a full stop: middle dots, bullets, katakana and full-width dots. */
const LOOKALIKE_DOT = /[\u00b7\u2022\u2024\u2027\u2219\u22c5\u30fb\uff0e\uff65\u3002]/
/** A look-alike dot between labels, followed by an extension (French "client·es" is inclusive writing). */
const LOOKALIKE_IN_HOST =
  /(?<=[\p{L}\p{N}-])[\u00b7\u2022\u2024\u2027\u2219\u22c5\u30fb\uff0e\uff65\u3002](?=(?:co[\u00b7\u2022\u2024\u2027\u2219\u22c5\u30fb\uff0e\uff65\u3002.]uk|com|fr|de|net|org|eu|io|be|ch|at|it|shop|store|info|uk)(?![\p{L}\p{N}]))/giu

/** "remplacez # par @", "replace the * with a dot", "ersetzen Sie das % durch ein @". */
const SUBSTITUTION =
  /(?:rempla[cç]e[zr]?|replace|ersetze[nt]?(?: sie)?)\s{1,3}(?:(?:le|la|les|the|das|den|die|each|every|chaque|jedes?)\s{1,3})?(?:(?:signe|symbole|symbol|zeichen|caract[eè]re|character|sign)\s{1,3})?[«"'“]?\s?([#%&*+=~^|$§!?])\s?[»"'”]?\s{1,3}(?:par|by|with|durch|mit)\s{1,3}(?:(?:un|une|a|an|ein|einen|le|la|the|das|den)\s{1,3})?(?:(?:vrai|real|echtes?)\s{1,3})?[«"'“]?\s?(@|arobase|at-sign|at sign|at|ät|\.|point|dot|punkt)/giu

/** "just replace the dashes with dots", "remplacez les tirets par des points": spaced dashes stand for dots. */
const DASHES_AS_DOTS =
  /(?:rempla[cç]e[zr]?|replace|ersetze[nt]?(?: sie)?)\s{1,3}(?:the|les|die|all the|tous les)?\s{0,3}(?:dashes|hyphens|tirets|traits d'union|traits d’union|bindestriche|striche)\s{1,3}(?:par|by|with|durch)\s{1,3}(?:des\s{1,3}|a\s{1,3}|punkte|dots|points|periods|full stops)/i

export function readAsAddresses(text: string): string {
  let out = text
  if (LOOKALIKE_DOT.test(out)) out = out.replace(LOOKALIKE_IN_HOST, '.')
  if (!/rempla|replace|ersetz/i.test(out)) return out
  if (DASHES_AS_DOTS.test(out)) out = out.replace(/(?<= )[-\u2013\u2014](?= )/g, '.')
  SUBSTITUTION.lastIndex = 0
  const swaps: Array<[string, string]> = []
  for (let m = SUBSTITUTION.exec(out); m !== null; m = SUBSTITUTION.exec(out)) {
    const target = (m[2] ?? '').toLowerCase()
    swaps.push([m[1] ?? '', /^(\.|point|dot|punkt)$/.test(target) ? '.' : '@'])
  }
  for (const [symbol, by] of swaps) {
    // only where the symbol joins two words ("retours_sav#yahoo"), not in the instruction itself
    let next = ''
    for (let i = 0; i < out.length; i++) {
      const c = out.charAt(i)
      next +=
        c === symbol && /[\p{L}\p{N}_]/u.test(out.charAt(i - 1)) && /[\p{L}\p{N}]/u.test(out.charAt(i + 1))
          ? by
          : c
    }
    out = next
  }
  return out
}

/** A mailbox with its letters spaced out: "r e p a i r s @ p h o n e f i x h u b . co . uk". */
const SPACED_LETTERS_EMAIL =
  /(?<![\p{L}\p{N}])((?:[a-z0-9._-] ){2,40})@ ((?:[a-z0-9-] ?){2,60}?)((?: ?\. ?(?:(?:[a-z] ){1,3}[a-z]|[a-z]{2,4})){1,2})(?![\p{L}\p{N}])/giu

export function spacedLetterEmails(text: string, tlds: ReadonlySet<string>): Span[] {
  const out: Span[] = []
  if (!text.includes(' @ ')) return out
  SPACED_LETTERS_EMAIL.lastIndex = 0
  for (let m = SPACED_LETTERS_EMAIL.exec(text); m !== null; m = SPACED_LETTERS_EMAIL.exec(text)) {
    const labels = (m[3] ?? '').replace(/ /g, '').split('.').filter(Boolean)
    const tld = (labels[labels.length - 1] ?? '').toLowerCase()
    if (tlds.has(tld)) out.push({ start: m.index, end: m.index + m[0].length })
  }
  return out
}
