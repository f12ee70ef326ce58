/**
 * What the learned second opinion sees of a sentence: its folded words, their first five letters (so
 * inflections and compounds share a feature across the three languages) and the pairs of neighbouring
 * words. Numbers are one word, "#": the model judges wording, the rules judge numbers.
 */
import type { Token } from '../text'

/** Token ranges [from, to) of the sentences, skipping the quoted lines (the other side's words). */
export function sentenceRanges(
  tokens: readonly Token[],
  quoted: (pos: number) => boolean,
): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = -1
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i]
    const own = t !== undefined && !quoted(t.start)
    const newSentence = t === undefined || from < 0 || (tokens[from] as Token).sent !== t.sent || !own
    if (newSentence && from >= 0) {
      out.push([from, i])
      from = -1
    }
    if (own && from < 0) from = i
  }
  return out
}

export function sentenceFeatures(tokens: readonly Token[], from: number, to: number): string[] {
  const out = new Set<string>()
  let prev = '^'
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token
    const w = t.num ? '#' : t.norm
    out.add('w:' + w)
    if (w.length > 5) out.add('s:' + w.slice(0, 5))
    out.add('b:' + prev + '_' + w)
    prev = w
  }
  out.add('b:' + prev + '_$')
  return [...out]
}
