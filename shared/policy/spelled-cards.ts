/**
 * A card number said digit by digit ("quatre cinq cinq six, sept trois un deux, …", "four five five six …"):
 * thirteen to nineteen digit words in a row are a card (or account) number, not a phone number. It counts
 * when its Luhn checksum holds or when a card is named within the sentence around it ("c'est ma carte").
 */
import { DIGIT_WORDS } from './spelled-phones'
import type { Span, Token } from './text'

const CARD_WORD = /\b(?:carte|card|karte|kreditkarte|cb|visa|mastercard|amex|kartennummer|card number)\b/i

function luhn(digits: string): boolean {
  let sum = 0
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits.charAt(digits.length - 1 - i))
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2
    sum += d
  }
  return sum % 10 === 0
}

export function findSpelledCards(tokens: readonly Token[], text: string): Span[] {
  const out: Span[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!DIGIT_WORDS.has((tokens[i] as Token).norm) || (tokens[i] as Token).norm === 'o') continue
    let digits = ''
    let k = i
    for (; k < tokens.length && digits.length < 20; k++) {
      const t = tokens[k] as Token
      const d = DIGIT_WORDS.get(t.norm)
      const prev = tokens[k - 1]
      if (
        d === undefined ||
        (k > i && prev && !/^[\s,.\-\u2013\u2014]{0,3}$/.test(text.slice(prev.end, t.start)))
      )
        break
      digits += d
    }
    if (digits.length >= 13 && digits.length <= 19) {
      const start = (tokens[i] as Token).start
      const end = (tokens[k - 1] as Token).end
      const around = text.slice(Math.max(0, start - 60), Math.min(text.length, end + 60))
      if (luhn(digits) || CARD_WORD.test(around)) out.push({ start, end })
    }
    i = Math.max(i, k - 1)
  }
  return out
}
