/** Non-blocking warnings: emoji, shouting in capitals, a message that only says thank you. */
import type { MessageId } from './messages'
import type { WarningRule } from './types'
import type { Span, Token } from './text'

export interface WarningHit extends Span {
  rule: WarningRule
  message: MessageId
}

/** Pictographic emoji with their modifiers and joiners; ©, ® and ™ are not counted. */
const EMOJI =
  /(?![©®™])\p{Extended_Pictographic}(?:\u{FE0F}|\u{200D}|\p{Emoji_Modifier}|\p{Extended_Pictographic})*/gu

const THANKS_WORDS = new Set(
  (
    'merci thank thanks you so much very beaucoup infiniment encore mille fois pour votre vos ton achat commande ' +
    'confiance for your order purchase trust bonjour bonsoir hello hi dear cher chere madame monsieur client cliente ' +
    'customer cordialement sincerement bien a vous regards kind best sincerely warm bonne belle journee soiree ' +
    'semaine have a nice great good day evening week the team l equipe de du et and many again all'
  ).split(' '),
)

export function findWarnings(text: string, tokens: readonly Token[]): WarningHit[] {
  const out: WarningHit[] = []
  let emojiCount = 0
  EMOJI.lastIndex = 0
  for (let m = EMOJI.exec(text); m !== null && emojiCount < 200; m = EMOJI.exec(text)) {
    out.push({ rule: 'emoji', message: 'emoji', start: m.index, end: m.index + m[0].length })
    emojiCount++
  }

  // shouting: three or more words in a row written in capitals (10 letters at least)
  let runStart = -1
  let runWords = 0
  let runLetters = 0
  let runEnd = 0
  const flush = (): void => {
    if (runWords >= 3 && runLetters >= 10)
      out.push({ rule: 'shouting', message: 'shouting', start: runStart, end: runEnd })
    runStart = -1
    runWords = 0
    runLetters = 0
  }
  for (const t of tokens) {
    if (t.num || !t.word) continue
    if (t.raw === t.norm) {
      flush() // a lower-case word
      continue
    }
    const upper = t.raw.toUpperCase()
    if (upper === t.raw.toLowerCase()) continue // no cased letters (digits, symbols)
    if (t.raw === upper && t.raw.length >= 2) {
      if (runStart < 0) runStart = t.start
      runWords++
      runLetters += t.raw.length
      runEnd = t.end
    } else flush()
  }
  flush()

  // thanks-only: short, and every word is a thank-you or a greeting
  if (tokens.length > 0 && tokens.length <= 25) {
    const allThanks = tokens.every((t) => THANKS_WORDS.has(t.norm))
    const hasThanks = tokens.some((t) => t.norm === 'merci' || t.norm === 'thank' || t.norm === 'thanks')
    if (allThanks && hasThanks) {
      const first = tokens[0] as Token
      const last = tokens[tokens.length - 1] as Token
      out.push({ rule: 'thanks-only', message: 'thanks-only', start: first.start, end: last.end })
    }
  }
  return out
}
