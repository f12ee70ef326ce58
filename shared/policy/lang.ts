/**
 * Which language is the text in? A vote of frequent function words and of letters only one language uses
 * (the data is in ./languages); the first language listed (French) wins a tie.
 */
import { LANGUAGES } from './languages'
import { LANGS } from './types'
import type { Lang } from './types'
import { tokenize } from './text'
import type { Token } from './text'

/** Each word, with the languages it belongs to; words shared by several languages count for none. */
const WORDS = new Map<string, Lang | null>()
for (const lang of LANGS)
  for (const word of LANGUAGES[lang].functionWords.split(' ')) {
    const seen = WORDS.get(word)
    WORDS.set(word, seen === undefined || seen === lang ? lang : null)
  }

export function languageOfTokens(tokens: readonly Token[]): Lang {
  const score = new Map<Lang, number>(LANGS.map((l) => [l, 0]))
  const n = Math.min(tokens.length, 400)
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token
    const lang = WORDS.get(t.norm)
    if (lang) score.set(lang, (score.get(lang) ?? 0) + 1)
    else if (!t.ascii && t.word)
      for (const l of LANGS) if (LANGUAGES[l].letters.test(t.raw)) score.set(l, (score.get(l) ?? 0) + 0.5)
  }
  let best: Lang = LANGS[0]
  for (const l of LANGS) if ((score.get(l) ?? 0) > (score.get(best) ?? 0)) best = l
  return best
}

export function detectLanguage(text: string): Lang {
  return languageOfTokens(tokenize(text.length > 4000 ? text.slice(0, 4000) : text))
}
