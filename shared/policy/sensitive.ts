/**
 * Sensitive data: payment card numbers (card-validator: Luhn, card brand and length), IBANs (ibantools:
 * country format and checksum), passwords given after a keyword, national ID numbers (French NIR with its
 * key, or a number after an ID keyword).
 */
import cardValidator from 'card-validator'
import { ValidationErrorsIBAN, countrySpecs, electronicFormatIBAN, validateIBAN } from 'ibantools'
import type { MessageId } from './messages'
import type { Span } from './text'
import { fold, isWordChar } from './text'

export interface SensitiveHit extends Span {
  message: MessageId
}

const CARD_CONTEXT = /(carte|card|cb\b|visa|mastercard|amex|paiement|payment|credit|debit|numero de|number)/
const PAYMENT_CONTEXT = /(carte|card|cb\b|visa|mastercard|amex|paiement|payment|credit|debit)/
const NOT_CARD_CONTEXT =
  /(commande|order|suivi|tracking|colis|parcel|envoi|shipment|facture|invoice|ean|isbn|gtin|upc|code barre|barcode|ref\b|reference|serie|serial|siret|lot\b)/

/** Digit groups separated by single spaces or dashes; the regex is unambiguous, so linear. */
const DIGIT_RUN = /\d+(?:[ \-\u00a0]\d+)*/g

function plausibleGrouping(groups: string[]): boolean {
  if (groups.length === 1) return true
  const lens = groups.map((g) => g.length)
  if (lens.slice(0, -1).every((l) => l === 4) && (lens[lens.length - 1] ?? 0) <= 4) return true // 4-4-4-4(-3)
  const key = lens.join('-')
  return key === '4-6-5' || key === '4-6-4' // Amex, Diners
}

/**
 * The Luhn checksum alone: most long digit runs (orders, tracking, barcodes) fail it, and it costs far
 * less than card-validator's brand lookup, which then confirms the ones that pass.
 */
function luhn(digits: string): boolean {
  let sum = 0
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48
    if (double && (d *= 2) > 9) d -= 9
    sum += d
  }
  return sum % 10 === 0
}

/** card-validator's verdicts, remembered: live checking re-checks the same numbers at each keystroke. */
const cardVerdicts = new Map<string, boolean>()

function validCard(digits: string): boolean {
  let ok = cardVerdicts.get(digits)
  if (ok === undefined) {
    ok = cardValidator.number(digits).isValid
    if (cardVerdicts.size > 2_000) cardVerdicts.clear()
    cardVerdicts.set(digits, ok)
  }
  return ok
}

function findCards(text: string, out: SensitiveHit[]): void {
  DIGIT_RUN.lastIndex = 0
  for (let m = DIGIT_RUN.exec(text); m !== null; m = DIGIT_RUN.exec(text)) {
    const start = m.index
    const raw = m[0]
    if (raw.length < 13) continue
    if (isWordChar(text, start - 1) || isWordChar(text, start + raw.length)) continue
    const groups = raw.split(/[ \-\u00a0]/)
    // try the whole run, then windows of groups (a card followed by an expiry date: "… 0120 03 28")
    const windows: Array<[number, number]> = [[0, groups.length]]
    if (groups.length <= 12) {
      for (let a = 0; a < groups.length; a++)
        for (let b = groups.length - 1; b > a; b--)
          if (!(a === 0 && b === groups.length)) windows.push([a, b])
    }
    for (const [a, b] of windows) {
      const part = groups.slice(a, b)
      const digits = part.join('')
      if (digits.length < 13 || digits.length > 19 || !plausibleGrouping(part)) continue
      if (!/^[2-6]/.test(digits) || !luhn(digits)) continue
      if (!validCard(digits)) continue
      const offset = groups.slice(0, a).reduce((n, g) => n + g.length + 1, 0)
      const s = start + offset
      const before = fold(text.slice(Math.max(0, s - 40), s))
      // "numéro de série", "order number": the thing numbered decides, not the word "number"
      if (NOT_CARD_CONTEXT.test(before) && !PAYMENT_CONTEXT.test(before)) continue
      // an unformatted 13-digit number is more likely an EAN barcode than an old Visa number
      if (digits.length === 13 && part.length === 1 && !CARD_CONTEXT.test(before)) continue
      out.push({ start: s, end: s + part.join(' ').length, message: 'card' })
      break
    }
  }
}

/**
 * Sixteen digits in the 4-4-4-4 layout handed over as one's card ("ma carte : …") or followed by an expiry
 * date or a security code are card details even when the Luhn checksum fails (a number merely labelled
 * "Card" that fails it is not): made up or mistyped, they are still
 * someone's card on its way out, as an IBAN after the word IBAN is.
 */
const CARD_LAYOUT = /(?<![\d-])([2-6]\d{3})([ -])\d{4}\2\d{4}\2\d{4}(?![\d-])/g
const CARD_FOLLOWS =
  /^\s{0,3}[,;(-]?\s{0,3}(?:exp|valid|g[üu]ltig|cvv|cvc|crypto|code de s[ée]curit|security code|\d\d\s?\/\s?\d\d\b)/i

/** Someone's card ("ma carte", "votre numéro de carte", "the full card number"), just before the digits. */
const OWN_CARD =
  /\b(?:(?:ma|mon|my|meine|votre|your|ihre)\s{1,3}(?:numero\s{1,3}de\s{1,3})?|the\s{1,3}(?:full|complete|whole|entire)\s{1,3})(?:carte|cb|card|karte|kreditkarte|visa|mastercard)\b[^.!?\n]{0,30}$/

function findCardLayouts(text: string, out: SensitiveHit[]): void {
  CARD_LAYOUT.lastIndex = 0
  for (let m = CARD_LAYOUT.exec(text); m !== null; m = CARD_LAYOUT.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    if (isWordChar(text, start - 1) || out.some((h) => h.start < end && start < h.end)) continue
    const before = fold(text.slice(Math.max(0, start - 44), start))
    // someone's own card handed over ("ma carte :", "my card number is"), not a number labelled "Card"
    const given = OWN_CARD.test(before) && !NOT_CARD_CONTEXT.test(before)
    if (given || CARD_FOLLOWS.test(text.slice(end, end + 24))) out.push({ start, end, message: 'card' })
  }
}

/**
 * A French RIB written as one line: bank (5 digits), branch (5), account (11, letters allowed), key (2).
 * After the word RIB it counts as it stands; otherwise laid out in its four groups with a valid key.
 */
const RIB_RUN = /(?<![\dA-Z])(\d{5})( ?)(\d{5})\2([0-9A-Z]{11})\2(\d{2})(?![\dA-Z])/g
const RIB_LETTER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
const RIB_LETTER_VALUE = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5, 6, 7, 8, 9]

function ribKeyOk(bank: string, branch: string, account: string, key: string): boolean {
  const digits = account.replace(/[A-Z]/g, (c) => String(RIB_LETTER_VALUE[RIB_LETTER.indexOf(c)] ?? 0))
  const rest = (89 * (Number(bank) % 97) + 15 * (Number(branch) % 97) + 3 * (Number(digits) % 97)) % 97
  return 97 - rest === Number(key)
}

function findRibs(text: string, out: SensitiveHit[]): void {
  if (!/\d{5}/.test(text)) return
  RIB_RUN.lastIndex = 0
  for (let m = RIB_RUN.exec(text); m !== null; m = RIB_RUN.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    if (out.some((h) => h.start < end && start < h.end)) continue
    const labelled = /\brib\b|identit[ée] bancaire|coordonn[ée]es bancaires/i.test(
      text.slice(Math.max(0, start - 40), start),
    )
    const laidOut = m[2] === ' ' && ribKeyOk(m[1] ?? '', m[3] ?? '', m[4] ?? '', m[5] ?? '')
    if (labelled || laidOut) out.push({ start, end, message: 'iban' })
  }
}

/** Two letters, two check digits, then 8 to 30 letters or digits with optional single spaces. */
// groups may wrap onto the next line ("IBAN: DE44 5001 0517\n5407 3249 31")
const IBAN_RUN = /[A-Za-z]{2}\d{2}(?:(?:[ \u00a0]|\r?\n)?[A-Za-z0-9]){8,30}/g

let ibanLengths: Map<string, number> | null = null
function ibanLength(country: string): number {
  if (!ibanLengths) {
    ibanLengths = new Map()
    for (const [code, spec] of Object.entries(countrySpecs)) if (spec.chars) ibanLengths.set(code, spec.chars)
  }
  return ibanLengths.get(country) ?? 0
}

// the word IBAN, or a bank transfer asked for just before ("le plus simple est un virement : FR76 …", "bitte direkt
// überweisen", "BIC …")
const labelledIban = (text: string, start: number): boolean =>
  /iban|bankverbindung|\brib\b|virement|[uü]berweis|bank transfer|\bbic\b/i.test(
    text.slice(Math.max(0, start - 30), start),
  )

function findIbans(text: string, out: SensitiveHit[]): void {
  IBAN_RUN.lastIndex = 0
  for (let m = IBAN_RUN.exec(text); m !== null; m = IBAN_RUN.exec(text)) {
    const start = m.index
    if (isWordChar(text, start - 1)) {
      IBAN_RUN.lastIndex = start + 1
      continue
    }
    const raw = m[0].replace(/\r?\n/g, (b) => ' '.repeat(b.length)) // same length: offsets hold
    // the greedy match may run into the next word: keep exactly the country's IBAN length
    const length = ibanLength(raw.slice(0, 2).toUpperCase())
    if (!length) continue
    // after the word IBAN, groups of an IBAN's shape are bank details even when the writer got the
    // length wrong ("IBAN DE79 7605 0101 0000 1234 5678", 24 characters for a 22-character plan)
    if (labelledIban(text, start)) {
      const groups =
        /^[A-Za-z]{2}\d{2}(?:[ \u00a0]?[A-Za-z0-9]{4}(?![A-Za-z0-9]))?(?:[ \u00a0]?(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{1,4}(?![A-Za-z0-9]))*/.exec(
          raw,
        )
      const shape = groups ? groups[0].replace(/[ \u00a0]/g, '').length : 0
      if (groups && shape >= 15 && shape <= 34 && !isWordChar(text, start + groups[0].length)) {
        out.push({ start, end: start + groups[0].length, message: 'iban' })
        continue
      }
    }
    let count = 0
    let end = 0
    while (end < raw.length && count < length) {
      if (raw.charAt(end) !== ' ' && raw.charAt(end) !== '\u00a0') count++
      end++
    }
    if (count < length || isWordChar(text, start + end)) continue
    const iban = electronicFormatIBAN(raw.slice(0, end).toUpperCase()) ?? ''
    // the IBAN checksum (mod 97) decides; a failed national bank/branch key (French RIB key) does not
    // make a real-looking IBAN any less sensitive
    const errors = validateIBAN(iban).errorCodes
    // after the word IBAN a mistyped or made-up checksum is still someone's bank details on their way out
    const labelled = labelledIban(text, start)
    const tolerated = (e: ValidationErrorsIBAN): boolean =>
      e === ValidationErrorsIBAN.WrongAccountBankBranchChecksum ||
      (labelled && e === ValidationErrorsIBAN.WrongIBANChecksum)
    if (errors.every(tolerated)) {
      out.push({ start, end: start + end, message: 'iban' })
    }
  }
}

/**
 * A keyword, up to five words saying what it opens ("mot de passe du wifi de la box est", "password for my
 * account is", "code de carte bleue c'est"),
 * then ":" or "is", then the value. Every repetition is bounded, so backtracking is too.
 */
const PASSWORD =
  /(mot de passe|mots de passe|mdp|password|passwort|kennwort|passwd|pwd|passcode|pass|code secret|code confidentiel|code pin|code d'acc[eè]s|code d’acc[eè]s|code (?:de (?:la |ma )?)?(?:carte|cb)|pin|cvv|cvc|cryptogramme)(?:\s{1,3}[\p{L}'’-]{1,20}){0,5}?(?:\s{0,3}[:=]|,\s{1,3}(?:ich|je|i)\s{1,3}(?:habe|hab|ai|have)(?:\s{1,3}(?:mis|set|es|it))?|,?\s{1,3}(?:est|is|c'est|c’est|was|sera|will be|ist|lautet|war|habe|hab|ai mis|set to)\b)\s{0,3}["'«“]?\s{0,2}([^\s"'»”,;]{3,64})/giu
/** No separator at all ("mdp Azerty123"): only after an unambiguous keyword, with letters and digits. */
const PASSWORD_BARE =
  /(mot de passe|mots de passe|mdp|password|passwort|kennwort|passwd|pwd|passcode)\s{1,3}(?=[^\s]{0,63}\d)(?=[^\s]{0,63}\p{L})([^\s"'»”,;]{6,64})/giu
const NOT_A_PASSWORD = new Set(
  'le la les un une des votre vos mon ma mes ton ta tes notre nos the your my our a an incorrect invalide valide correct oublie oublié required requis obligatoire expire expiré changé change changed reset reinitialise réinitialisé envoyé sent identique same different différent'.split(
    ' ',
  ),
)

function findPasswords(text: string, out: SensitiveHit[]): void {
  if (!/pass|mdp|pwd|code|pin|cvv|cvc|crypto|kennwort/i.test(text)) return
  PASSWORD.lastIndex = 0
  for (let m = PASSWORD.exec(text); m !== null; m = PASSWORD.exec(text)) {
    if (isWordChar(text, m.index - 1)) continue
    const value = m[2] ?? ''
    const explicit = /[:=]/.test(m[0].slice((m[1] ?? '').length, m[0].length - value.length))
    // a full stop after the value ends the sentence ("…est personnel."): it does not make a word strong
    const core = value.replace(/[.…)]+$/u, '')
    const strong = /\d/.test(core) || /[^\p{L}]/u.test(core) || /\p{Lu}.*\p{Ll}.*\p{Lu}/u.test(core)
    if (NOT_A_PASSWORD.has(value.toLowerCase())) continue
    if (!explicit && !strong) continue
    out.push({ start: m.index, end: m.index + m[0].length, message: 'password' })
  }
  PASSWORD_BARE.lastIndex = 0
  for (let m = PASSWORD_BARE.exec(text); m !== null; m = PASSWORD_BARE.exec(text)) {
    const end = m.index + m[0].length
    if (isWordChar(text, m.index - 1) || out.some((h) => h.start < end && m.index < h.end)) continue
    out.push({ start: m.index, end, message: 'password' })
  }
}

/** French social security number (NIR): sex, year, month, department, commune, order, key. */
const NIR = /[12][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}/g
const ID_KEYWORD =
  /(securite sociale|secu\b|n° ss|nir\b|passeport|passport|carte d.identite|carte nationale|cni\b|\bssn\b|social security|national insurance|\bnino?\b|numero fiscal|tax id|id card|identity card|permis de conduire|driving licen[cs]e|driver.s license|ausweis(?:nummer|nr\.?)?|personalausweis(?:nummer)?|reisepass(?:nummer)?|sozialversicherungsnummer|steuer-?id|steueridentifikationsnummer|fuhrerschein(?:nummer)?)[^\n]{0,64}?(?:[:n°#]|numero|number|est|is)?\s{0,3}(?=[A-Z0-9 -]{0,8}\d)([A-Z0-9][A-Z0-9 -]{5,20}[A-Z0-9])/giu

/** Words between an ID keyword and the end of the number that say the number is something else. */
const OTHER_NUMBER =
  /\b(order|commande|suivi|tracking|colis|parcel|facture|invoice|ref|reference|ean|sku|asin)\b/

/** A cheap test for the ID keywords before folding the whole text. */
const ID_HINT =
  /s[eé]cu|passe?port|identit|ssn|social|insurance|nino?\b|fiscal|tax id|id card|licen[cs]e|permis|nir\b|cni\b|n° ss|ausweis|reisepass|sozialversicherung|steuer|f[üu]hrerschein/i

function nirKeyOk(raw: string): boolean {
  const s = raw.replace(/[ .]/g, '').toUpperCase()
  if (s.length !== 15) return false
  const body = s.slice(0, 13).replace('2A', '19').replace('2B', '18')
  const key = Number(s.slice(13))
  return 97 - Number(BigInt(body) % 97n) === key
}

function findNationalIds(text: string, out: SensitiveHit[]): void {
  NIR.lastIndex = 0
  for (let m = NIR.exec(text); m !== null; m = NIR.exec(text)) {
    const end = m.index + m[0].length
    if (isWordChar(text, m.index - 1) || isWordChar(text, end)) continue
    if (nirKeyOk(m[0])) out.push({ start: m.index, end, message: 'national-id' })
  }
  if (!ID_HINT.test(text)) return
  // letters that fold to two ("Grüße" → "grusse") would shift offsets: keep them one letter long
  const sameLength = (text.length > 200_000 ? text.slice(0, 200_000) : text).replace(/[ßœæ]/gi, 's')
  const folded = fold(sameLength)
  if (folded.length !== sameLength.length) return // folding changed offsets (rare letters): NIR check only
  ID_KEYWORD.lastIndex = 0
  for (let m = ID_KEYWORD.exec(folded); m !== null; m = ID_KEYWORD.exec(folded)) {
    const value = m[2] ?? ''
    if ((value.match(/\d/g) ?? []).length < 4) continue
    const vStart = m.index + m[0].length - value.length
    // "passport photos are not needed for order 408-…": the number belongs to another word
    // only a word right before the number says what it is ("… not needed for order 408-…")
    const kwEnd = m.index + (m[1] ?? '').length
    if (OTHER_NUMBER.test(folded.slice(Math.max(kwEnd, vStart - 12), vStart + value.length))) continue
    out.push({ start: vStart, end: vStart + value.length, message: 'national-id' })
  }
  idFields(folded, out)
}

/**
 * An identity document copied as fields: "ma carte d'identité :\nNom : …\nN° de carte : 2306…". After the
 * document's name, a number field within the next lines is its number.
 */
const ID_DOCUMENT =
  /carte d.identite|carte nationale|passeport|passport|id card|identity card|ausweis|reisepass/g
const ID_FIELD =
  /(?:^|\n)[ \t]{0,4}(?:n°|no\.?|numero|number|nummer|nr\.?)(?: (?:de (?:la )?|du |of (?:the )?)?(?:carte|card|document|karte|dokument))?[ \t]{0,3}:[ \t]{0,3}([a-z0-9][a-z0-9 -]{5,20}[a-z0-9])/g

function idFields(folded: string, out: SensitiveHit[]): void {
  ID_DOCUMENT.lastIndex = 0
  let guard = 0
  for (let m = ID_DOCUMENT.exec(folded); m !== null && ++guard < 50; m = ID_DOCUMENT.exec(folded)) {
    const from = m.index + m[0].length
    const window = folded.slice(from, from + 240)
    ID_FIELD.lastIndex = 0
    const f = ID_FIELD.exec(window)
    if (!f) continue
    const value = (f[1] ?? '').trimEnd()
    if ((value.match(/\d/g) ?? []).length < 4) continue
    const start = from + f.index + f[0].length - (f[1] ?? '').length
    out.push({ start, end: start + value.length, message: 'national-id' })
  }
}

/**
 * British and American bank details, which have no checksum to test: the keyword is what makes six digits
 * a sort code ("sort code 20-00-00") or nine a routing number.
 */
const BANK_CODE =
  /\b(?:sort[ -]?code|routing (?:number|no\.?|#)|aba (?:number|no\.?|#))\s{0,3}(?:[:#=]|is)?\s{0,3}(\d{2}[- ]?\d{2}[- ]?\d{2}(?:\d{3})?)\b/gi

function findBankCodes(text: string, out: SensitiveHit[]): void {
  if (!/sort|routing|aba/i.test(text)) return
  BANK_CODE.lastIndex = 0
  for (let m = BANK_CODE.exec(text); m !== null; m = BANK_CODE.exec(text)) {
    const value = m[1] ?? ''
    const start = m.index + m[0].length - value.length
    out.push({ start, end: start + value.length, message: 'iban' })
  }
}

/**
 * Bank details given as separate fields rather than an IBAN: French RIB (banque, guichet, compte, clé),
 * British (account number and sort code), German (Kontonummer and BLZ). Two different fields with their
 * numbers within a few lines make bank details; one alone may be anything.
 */
const BANK_FIELD =
  /\b(code banque|banque|code guichet|guichet|n° de compte|num[ée]ro de compte|compte|cl[ée] rib|cl[ée]|account number|account no\.?|account|acc(?:t)?\.? no\.?|sort code|sort|kontonummer|konto-?nr\.?|konto|blz|bankleitzahl|bsb|routing)\s{0,3}(?:[:#=n°]{1,3}\s{0,3}|(?:ist|is|est|lautet)\s{1,3})?([0-9][0-9 -]{1,14}[0-9A-Z]|[0-9]{2}\b)/giu
const FIELD_KIND: ReadonlyArray<[RegExp, string]> = [
  [/^(code banque|banque|blz|bankleitzahl|bsb|routing)/i, 'bank'],
  [/^(code guichet|guichet|sort)/i, 'branch'],
  [/^(n° de compte|num|compte|account|acc|kontonummer|konto)/i, 'account'],
  [/^cl/i, 'key'],
]

function findBankFields(text: string, out: SensitiveHit[]): void {
  if (!/banque|guichet|compte|account|sort|konto|blz|bankleitzahl|bsb|routing/i.test(text)) return
  const fields: Array<{ kind: string; start: number; end: number }> = []
  BANK_FIELD.lastIndex = 0
  for (let m = BANK_FIELD.exec(text); m !== null && fields.length < 50; m = BANK_FIELD.exec(text)) {
    if (isWordChar(text, m.index - 1)) continue
    const value = (m[2] ?? '').trim()
    if ((value.match(/\d/g) ?? []).length < 2) continue
    const kind = FIELD_KIND.find(([re]) => re.test(m?.[1] ?? ''))?.[1] ?? 'account'
    const end = m.index + m[0].length
    fields.push({ kind, start: end - (m[2] ?? '').length, end })
  }
  for (let i = 0; i < fields.length; i++) {
    const a = fields[i] as (typeof fields)[number]
    const near = fields.filter((b) => Math.abs(b.start - a.start) < 160)
    if (
      new Set(near.map((b) => b.kind)).size >= 2 &&
      (a.kind === 'account' || near.some((b) => b.kind === 'account'))
    )
      out.push({ start: a.start, end: a.end, message: 'iban' })
  }
}

/**
 * A card's details asked for with the checks that go with them: "votre numéro de carte bancaire et la date
 * d'expiration", "the long card number, expiry date and the 3 digits on the back", "Kartennummer und Ablaufdatum".
 * The number alone is often the buyer's own, told back; with its expiry or security code it is being collected.
 */
const CARD_REQUEST =
  /(?:num[ée]ro de (?:votre |ta )?carte|card number|card no\b|kartennummer|kreditkartennummer)[^.!?\n]{0,60}?(?:date d['’]expiration|expiry|expiration|cryptogramme|\bcvv\b|\bcvc\b|security code|code de s[ée]curit[ée]|(?:3|three|trois|drei) (?:digits|chiffres|ziffern)|ablaufdatum|pr[üu]fziffer|g[üu]ltig bis)/gi

function findCardRequests(text: string, out: SensitiveHit[]): void {
  CARD_REQUEST.lastIndex = 0
  for (let m = CARD_REQUEST.exec(text); m !== null; m = CARD_REQUEST.exec(text)) {
    // a warning not to send them is not a request: "ne communiquez jamais votre numéro de carte …"
    const before =
      text
        .slice(Math.max(0, m.index - 60), m.index)
        .split(/[.!?\n]/)
        .pop() ?? ''
    if (/\b(?:never|jamais|nie|niemals|don['’]t|do not|pas|nicht|keine?)\b/i.test(before)) continue
    out.push({ start: m.index, end: m.index + m[0].length, message: 'card' })
  }
}

export function findSensitive(text: string): SensitiveHit[] {
  const out: SensitiveHit[] = []
  findCards(text, out)
  findCardLayouts(text, out)
  findIbans(text, out)
  findRibs(text, out)
  findBankCodes(text, out)
  findBankFields(text, out)
  findPasswords(text, out)
  findNationalIds(text, out)
  findCardRequests(text, out)
  return out
}
