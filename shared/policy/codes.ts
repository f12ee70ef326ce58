/**
 * Discount codes named without a promotional word: "the code ETE24 still works", "mit dem Code HERBST15".
 * A code word followed closely by a token written like a voucher code (capitals with digits, or a long
 * run of capitals) is marketing, unless the words around say what else the code is (a tracking, return,
 * PIN, postcode or product code) or that the buyer is the one who used it.
 */
import type { Span, Token } from './text'

const CODE_WORDS = new Set([
  'code',
  'codes',
  'coupon',
  'coupons',
  'voucher',
  'gutschein',
  'gutscheincode',
  'codice',
  'codigo',
  'cupon',
])
/** Words that make it another kind of code. */
const OTHER_CODE = new Set(
  (
    'retour return returns ruckgabe ruckversand suivi tracking sendung sendungs verfolgung pin puk postal postcode zip ' +
    'postleitzahl activation aktivierung qr barre bar barcode erreur error fehler article artikel produit product produkt ' +
    'colis parcel paket depot retrait pickup abhol locker consigne casier securite security sicherheit confirmation ' +
    'bestatigung verification verifizierung acces access zugang zugangs device appareil gerat serial serie modele model ' +
    'modell ref reference wifi wlan porte door tur couleur color colour farbe taille size grosse ean sku asin imei'
  ).split(' '),
)
/** The buyer speaking of a code they used or were given elsewhere. */
const BUYER = new Set(['i', 'je', 'j', 'ich', 'my', 'mon', 'mein', 'meinen'])
const CODE_SHAPE = /^(?=[A-Z0-9]{4,16}$)(?=(?:.*[A-Z]){2})(?:(?=.*\d)|[A-Z]{5,})/

/**
 * Verbs that apply a code at a till ("use WELCOME5 at checkout", "geben Sie SOMMER10 im Warenkorb ein"): a
 * code-shaped word right after one counts when the sentence is about buying.
 */
const APPLY_WORDS = new Set(
  (
    'use enter apply redeem type utilisez utiliser utilise entrez entrer saisissez saisir tapez taper appliquez ' +
    'verwenden verwende nutzen nutze gib geben eingeben usa usate introduce'
  ).split(' '),
)
/** Words that put a sentence at the till. */
const SHOPPING = new Set(
  (
    'checkout caisse paiement panier kasse warenkorb bezahlen basket cart order orders commande achat achats purchase ' +
    'bestellung einkauf site website shop boutique store onlineshop webshop off rabatt reduction remise discount'
  ).split(' '),
)
/** An Amazon product number, not a code: B08N5WRWNW. */
const ASIN = /^B0[A-Z0-9]{8}$/

function appliedCode(tokens: readonly Token[], i: number): Token | null {
  const t = tokens[i] as Token
  let hit: Token | null = null
  for (let k = i + 1; k <= i + 2 && k < tokens.length; k++) {
    const c = tokens[k] as Token
    if (c.sent !== t.sent) return null
    if (CODE_SHAPE.test(c.raw) && !ASIN.test(c.raw)) {
      hit = c
      break
    }
  }
  if (!hit) return null
  for (let k = Math.max(0, i - 12); k < Math.min(tokens.length, i + 14); k++) {
    const w = tokens[k] as Token
    if (w.sent === t.sent && (SHOPPING.has(w.norm) || w.raw === '%')) return hit
  }
  return null
}

/** Past participles of using a code: "the coupon SPRING10 you entered was applied". */
const USED = new Set(
  (
    'used entered applied redeemed typed utilise utilisee saisi entre applique appliquee tape benutzt verwendet ' +
    'eingelost eingegeben genutzt angewendet abgezogen'
  ).split(' '),
)
/** Words that put the participle in the past or on the buyer: "you entered", "hast du benutzt", "was applied". */
const USED_BY = new Set(
  'you vous tu du sie ihr hast habt haben avez as was were been ete wurde wurden ist a has have'.split(' '),
)

/**
 * A code the seller tells back as already used on this order ("the coupon SPRING10 you entered at checkout
 * was applied", "den Code HERBST10 hast du ja schon benutzt"): a participle of using it, after the buyer or
 * an auxiliary, within the next eight words of the sentence.
 */
function toldBackAsUsed(tokens: readonly Token[], at: number): boolean {
  const sent = (tokens[at] as Token).sent
  let by = false
  for (let k = at + 1; k < Math.min(tokens.length, at + 9); k++) {
    const w = tokens[k] as Token
    if (w.sent !== sent) return false
    if (USED.has(w.norm) && by) return true
    if (USED_BY.has(w.norm)) by = true
  }
  return false
}

export function findBareCodes(tokens: readonly Token[]): Span[] {
  const out: Span[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (APPLY_WORDS.has(t.norm)) {
      const applied = appliedCode(tokens, i)
      if (applied) out.push({ start: applied.start, end: applied.end })
      continue
    }
    if (!CODE_WORDS.has(t.norm)) continue
    let hit: Token | null = null
    for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
      const c = tokens[k] as Token
      if (c.sent !== t.sent) break
      if (OTHER_CODE.has(c.norm)) break
      if (CODE_SHAPE.test(c.raw)) {
        hit = c
        break
      }
    }
    if (!hit) continue
    let other = false
    for (let k = Math.max(0, i - 4); k < i; k++) {
      const b = tokens[k] as Token
      if (b.sent === t.sent && (OTHER_CODE.has(b.norm) || BUYER.has(b.norm))) other = true
    }
    // "use code WELCOME5 once you have entered your address" is still an invitation to use it
    const invited = i > 0 && APPLY_WORDS.has((tokens[i - 1] as Token).norm)
    // told back after the code ("SPRING10 you entered was applied") or between the word and it ("the code
    // you used, SPRING10, …")
    const toldBack = toldBackAsUsed(tokens, tokens.indexOf(hit)) || toldBackAsUsed(tokens, i)
    if (!other && (invited || !toldBack)) out.push({ start: t.start, end: hit.end })
  }
  return out
}
