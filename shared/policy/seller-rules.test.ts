import { describe, expect, it } from 'vitest'
import { blockingFindings, checkPolicy, sellerPatternProblem } from './index'
import type { SellerRule } from './index'

const rule = (pattern: string, severity: 'warning' | 'error' = 'error', note = ''): SellerRule => ({
  id: pattern,
  pattern,
  severity,
  note,
})
const sellerFindings = (text: string, rules: SellerRule[]) =>
  checkPolicy(text, { sellerRules: rules }).filter((f) => f.rule === 'seller-rule')

describe("the seller's own rules", () => {
  it('match words without case or accents, a stem with *, and several words in a row', () => {
    const rules = [rule('Boutique Rivale'), rule('rembours*', 'warning'), rule('éco-cuir')]
    const text = 'Voyez chez BOUTIQUE  rivale ; remboursement possible, housse en eco cuir.'
    const found = sellerFindings(text, rules).map((f) => [text.slice(f.start, f.end), f.severity])
    expect(found).toEqual([
      ['BOUTIQUE  rivale', 'error'],
      ['remboursement', 'warning'],
      ['eco cuir', 'error'],
    ])
  })

  it('do not match across a sentence end or inside a longer word', () => {
    expect(sellerFindings('La boutique. Rivale de rien.', [rule('boutique rivale')])).toEqual([])
    expect(sellerFindings('Un remboursement.', [rule('rembourse')])).toEqual([])
  })

  it('block only when the seller chose so, with an explanation in the language of the text', () => {
    const blocking = rule('garantie à vie', 'error', 'promesse interdite')
    const [fr] = sellerFindings('Nous offrons la garantie à vie.', [blocking])
    expect(fr?.message).toContain('« garantie à vie »')
    expect(fr?.message).toContain('promesse interdite')
    const [en] = sellerFindings('We offer a lifetime warranty.', [rule('lifetime warranty', 'warning')])
    expect(en?.message).toMatch(/your own list/)
    expect(
      blockingFindings(
        checkPolicy('We offer a lifetime warranty.', { sellerRules: [rule('lifetime warranty', 'warning')] }),
      ),
    ).toEqual([])
    const [de] = sellerFindings('Wir bieten eine lebenslange Garantie für das Produkt.', [
      rule('lebenslange Garantie'),
    ])
    expect(de?.message).toMatch(/eigenen Liste/)
  })

  it('refuse patterns that are empty, too long, all wildcard or misplaced wildcards', () => {
    expect(sellerPatternProblem('  ')).toBe('empty')
    expect(sellerPatternProblem('*')).toBe('bad-wildcard')
    expect(sellerPatternProblem('a*')).toBe('bad-wildcard')
    expect(sellerPatternProblem('re*mb')).toBe('bad-wildcard')
    expect(sellerPatternProblem('un deux trois quatre cinq six sept huit neuf')).toBe('too-many-words')
    expect(sellerPatternProblem('x'.repeat(81))).toBe('too-long')
    expect(sellerPatternProblem('!!!')).toBe('no-letters')
    expect(sellerPatternProblem('(a+)+$')).toBeNull() // words only: parentheses and + are not syntax
  })

  it('read regex-looking input as words, many rules over a long text', () => {
    const rules = Array.from({ length: 199 }, (_, i) => rule(`aa${i}* (a+)+`))
    rules.push(rule('aa aa aa'))
    const text = 'aa '.repeat(3_000)
    // word matching only: "aa aa aa" occurs at every word but the last two, merged into one finding
    expect(sellerFindings(text, rules)).toHaveLength(1)
  })
})
