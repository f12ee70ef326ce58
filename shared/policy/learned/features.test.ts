import { describe, expect, it } from 'vitest'
import { tokenize } from '../text'
import { sentenceFeatures, sentenceRanges } from './features'
import { probability, secondOpinions, unpack } from './model'

describe('learned second opinion', () => {
  it('reads the sender’s sentences only, one by one', () => {
    const text = 'Merci pour votre commande.\n> Vous faites des soldes ?\nNos soldes commencent demain !'
    const tokens = tokenize(text)
    const quotedStart = text.indexOf('>')
    const quotedEnd = text.indexOf('\n', quotedStart)
    const ranges = sentenceRanges(tokens, (pos) => pos >= quotedStart && pos < quotedEnd)
    const words = ranges.map(([from, to]) => tokens.slice(from, to).map((t) => t.norm))
    expect(words).toEqual([
      ['merci', 'pour', 'votre', 'commande'],
      ['nos', 'soldes', 'commencent', 'demain'],
    ])
    expect(sentenceFeatures(tokens, ...(ranges[1] as [number, number]))).toContain('b:nos_soldes')
  })

  it('reports the most likely sentence of a rule the rules did not flag, past its threshold', () => {
    const model = unpack({ bias: -3, threshold: 0.8, packed: 'w:soldes 5\tb:nos_soldes 1' })
    const text = 'Merci pour votre commande. Nos soldes commencent demain !'
    const tokens = tokenize(text)
    expect(probability(model, ['w:soldes'])).toBeCloseTo(1 / (1 + Math.exp(-2)))
    const models = new Map([['marketing', model]])
    const [opinion] = secondOpinions(tokens, () => false, models, new Set())
    expect(text.slice(opinion?.start, opinion?.end)).toBe('Nos soldes commencent demain')
    expect(secondOpinions(tokens, () => false, models, new Set(['marketing']))).toEqual([])
  })
})
