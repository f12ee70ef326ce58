import { describe, expect, it } from 'vitest'
import { PHRASE_EXCEPTIONS, PHRASE_RULES, PHRASE_SETS } from './lexicon'
import { PhraseMatcher } from './phrases'
import { tokenize } from './text'

function matches(pattern: string, text: string, sets = {}): string[] {
  const m = new PhraseMatcher([{ patterns: [pattern] }], sets)
  const toks = tokenize(text)
  return m.matchAll(toks).map((x) => text.slice(toks[x.from]?.start, toks[x.to - 1]?.end))
}

describe('phrase patterns', () => {
  it('fold case, accents and ligatures, and split elisions and hyphens', () => {
    expect(matches('jet* un oeil', 'Jetez un Œil')).toEqual(['Jetez un Œil'])
    expect(matches('laiss* nous ~2 avis', 'Laissez-nous un petit avis')).toEqual([
      'Laissez-nous un petit avis',
    ])
    expect(matches('jusqu a', 'jusqu’à')).toEqual(['jusqu’à'])
    expect(matches('evaluation{,s} positi{f,ve}', 'Évaluations POSITIVE')).toEqual(['Évaluations POSITIVE'])
  })

  it('support optional elements, groups, sets, numbers, raw words and look-ahead', () => {
    expect(matches('(votre|your)? avis', 'avis')).toEqual(['avis'])
    expect(matches('(mettre a jour|update) @R', 'Update the review', { R: ['the review'] })).toEqual([
      'Update the review',
    ])
    expect(matches('# %', 'de 10 % sur')).toEqual(['10 %'])
    expect(matches('=Signal', 'signal Signal')).toEqual(['Signal'])
    expect(matches('avis !(de passage)', 'avis de passage, avis positif')).toEqual(['avis'])
  })

  it('anchor ^ at the start of a sentence', () => {
    expect(matches('^satisfait ~3 avis', 'Satisfait ? Laissez un avis')).toEqual([
      'Satisfait ? Laissez un avis',
    ])
    expect(matches('^satisfait ~3 avis', 'Le client est satisfait, un avis')).toEqual([])
    expect(matches('^(happy|glad) ~6 review', 'Ok. Happy with it? Leave a review')).toEqual([
      'Happy with it? Leave a review',
    ])
    expect(() => matches('^(a b)', 'a b')).toThrow()
  })

  it('join a short opening question to what follows, not a long one', () => {
    expect(matches('happy ~8 review', 'Happy with your new kettle? Leave a review')).toHaveLength(1)
    expect(
      matches('happy ~12 review', 'Happy with the colour of the kettle we sent you? Leave a review'),
    ).toEqual([])
  })

  it('never cross a sentence end', () => {
    expect(matches('remboursement ~5 avis', 'Remboursement fait. Laissez un avis.')).toEqual([])
    expect(matches('remboursement ~5 avis', 'Remboursement fait, laissez un avis.')).toEqual([
      'Remboursement fait, laissez un avis',
    ])
  })

  it('reject malformed patterns', () => {
    expect(() => matches('(a b', 'a')).toThrow()
    expect(() => matches('a b)', 'a')).toThrow()
    expect(() => matches('@NOPE', 'a')).toThrow()
    expect(() => matches('a*', 'a')).toThrow()
  })

  it('compile the shipped lexicon, every pattern indexed by its first word', () => {
    const rules = new PhraseMatcher(PHRASE_RULES, PHRASE_SETS)
    const exceptions = new PhraseMatcher(PHRASE_EXCEPTIONS, PHRASE_SETS)
    expect(rules.unanchored).toEqual([])
    expect(exceptions.unanchored).toEqual([])
    expect(rules.size).toBeGreaterThan(80)
  })
})
