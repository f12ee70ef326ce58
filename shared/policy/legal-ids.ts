/**
 * Company identifiers in a legal footer (SIRET, RCS, TVA, VAT No., HRB, USt-IdNr., Company No.…): public
 * registration numbers, neither a phone number nor sensitive data. Their spans are masked before the
 * phone and sensitive-data scans, so a footer never blocks a message; a phone number or a website in the
 * same signature is still found, since only the number right after its keyword is masked.
 */
import type { Span } from './text'

/**
 * A registration keyword, an optional label ("No.", "n°", ":", a court or city name of one word), then
 * the identifier: letters and digits with single spaces, dots or dashes. Every part is bounded.
 */
const LEGAL_ID =
  /\b(?:siret|siren|rcs|r\.c\.s\.|tva(?: intracom(?:munautaire)?)?|n° tva|vat(?: reg(?:istration)?)?(?: no\.?| number| n°| id)?|btw|hrb|hra|ust-?id(?:nr)?\.?|ust\.?-?idnr\.?|umsatzsteuer-?id(?:entifikationsnummer)?|steuernummer|st\.?-?nr\.?|handelsregister|amtsgericht|registergericht|company (?:no\.?|number|reg(?:istration)?(?: no\.?| number)?)|registered (?:in [a-z ]{3,20} )?(?:no\.?|number)|reg\.? no\.?|kvk|cif|nif|p\.? ?iva|partita iva|codice fiscale|ape|naf|eori|capital(?: social)?(?: de)?|share capital|stammkapital)\b\s{0,3}(?:[:n°#.]{1,3}\s{0,3})?(?:[\p{Lu}][\p{L}-]{2,20}\s{1,3}(?:hrb\s{0,2}|b\s{1,2})?)?([A-Z]{0,3}[ -]?\d[\d .-]{3,22}\d(?:\s?[A-Z]{1,3}\b)?)/giu

export function findLegalIds(text: string): Span[] {
  const out: Span[] = []
  if (
    !/siret|siren|rcs|tva|vat|btw|hrb|hra|ust|steuer|st\.|handels|gericht|company|registered|reg\.|kvk|cif|nif|iva|fiscale|ape|naf|eori|capital|stammkapital/i.test(
      text,
    )
  )
    return out
  LEGAL_ID.lastIndex = 0
  for (let m = LEGAL_ID.exec(text); m !== null; m = LEGAL_ID.exec(text)) {
    const value = m[1] ?? ''
    const end = m.index + m[0].length
    out.push({ start: end - value.length, end })
  }
  return out
}
