/** French or English? A vote of frequent function words; French wins ties (French first). */
import type { Lang } from './types'
import { tokenize } from './text'
import type { Token } from './text'

const FR = new Set(
  (
    'le la les un une des du de d l et est sont pas ne n que qu qui je j vous votre vos nous notre nos il elle ' +
    'ce cet cette ces sur dans pour avec au aux en se sa son ses mon ma mes ton ta tes bonjour merci cordialement ' +
    'colis commande tres mais ou donc si avez etes sera ete bien aussi par plus moi toi y c s m t lui leur'
  ).split(' '),
)
const EN = new Set(
  (
    'the an and is are not no that which who i you your we our it he she this these those in for with to ' +
    'of at by from my be been was were will would can could have has had do does did hello hi thanks thank ' +
    'regards order please if but or so very also more us its there their they what when'
  ).split(' '),
)
// Words in both lists (e.g. "a" is also French "à" folded) count for neither.
for (const w of FR)
  if (EN.has(w)) {
    FR.delete(w)
    EN.delete(w)
  }

export function languageOfTokens(tokens: readonly Token[]): Lang {
  let fr = 0
  let en = 0
  const n = Math.min(tokens.length, 400)
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token
    if (FR.has(t.norm)) fr++
    else if (EN.has(t.norm)) en++
    if (!t.ascii && t.word) fr += 0.5 // accented letters
  }
  return en > fr ? 'en' : 'fr'
}

export function detectLanguage(text: string): Lang {
  return languageOfTokens(tokenize(text.length > 4000 ? text.slice(0, 4000) : text))
}
