/**
 * Exact money arithmetic on decimal strings ("19.99", "-5.00"): a price read from a report is kept
 * as written and summed with BigInt in its smallest unit, never through a float (0.1 + 0.2 ≠ 0.3).
 */

/** A decimal as an integer count of 10^-scale units: "19.99" → { units: 1999n, scale: 2 }. */
export interface Decimal {
  units: bigint
  scale: number
}

const DECIMAL = /^([+-])?(\d{1,15})(?:[.,](\d{1,6}))?$/

/**
 * Reads a report's amount: digits with an optional sign and one decimal separator (a dot, or the
 * comma some European reports use). Returns null for anything else (thousands separators, currency
 * signs, exponents), so the row is named in the errors instead of being guessed.
 */
export function parseDecimal(text: string): Decimal | null {
  const match = DECIMAL.exec(text.trim())
  if (!match) return null
  const fraction = match[3] ?? ''
  const units = BigInt(match[2]! + fraction) * (match[1] === '-' ? -1n : 1n)
  return { units, scale: fraction.length }
}

function rescale(value: Decimal, scale: number): bigint {
  return value.units * 10n ** BigInt(scale - value.scale)
}

export function addDecimals(values: readonly Decimal[], minimumScale = 0): Decimal {
  const scale = Math.max(minimumScale, ...values.map((v) => v.scale))
  let units = 0n
  for (const value of values) units += rescale(value, scale)
  return { units, scale }
}

export function negate(value: Decimal): Decimal {
  return { units: -value.units, scale: value.scale }
}

export function absolute(value: Decimal): Decimal {
  return value.units < 0n ? negate(value) : value
}

/** "1999"/2 → "19.99"; always a dot, as Intl.NumberFormat reads exact decimal strings. */
export function formatDecimal(value: Decimal): string {
  const negative = value.units < 0n
  const digits = (negative ? -value.units : value.units).toString().padStart(value.scale + 1, '0')
  const whole = digits.slice(0, digits.length - value.scale)
  const fraction = value.scale > 0 ? `.${digits.slice(-value.scale)}` : ''
  return `${negative ? '-' : ''}${whole}${fraction}`
}

/** The demo's cents as a decimal string, so every price is shown the same way. */
export function centsToDecimal(cents: number): string {
  return formatDecimal({ units: BigInt(Math.round(cents)), scale: 2 })
}
