import { describe, expect, it } from 'vitest'
import { addDecimals, centsToDecimal, formatDecimal, parseDecimal } from './decimal'

const sum = (...texts: string[]) =>
  formatDecimal(
    addDecimals(
      texts.map((t) => parseDecimal(t)!),
      2,
    ),
  )

describe('exact report amounts', () => {
  it('adds without float error, in the widest scale given', () => {
    expect(sum('0.10', '0.20')).toBe('0.30')
    expect(sum('19.99', '-5', '4.90')).toBe('19.89')
    expect(sum('1.005', '2')).toBe('3.005')
    expect(sum()).toBe('0.00')
    expect(sum('-0.50')).toBe('-0.50')
  })

  it('reads a dot or a comma decimal and refuses the rest', () => {
    expect(parseDecimal('35,00')).toEqual({ units: 3500n, scale: 2 })
    expect(parseDecimal(' +12 ')).toEqual({ units: 12n, scale: 0 })
    for (const bad of ['1 234,56', '1,234.56', '€12', '1e3', '', '.5', 'NaN'])
      expect(parseDecimal(bad)).toBeNull()
  })

  it('writes the demo cents as decimals', () => {
    expect(centsToDecimal(4990)).toBe('49.90')
    expect(centsToDecimal(5)).toBe('0.05')
  })
})
