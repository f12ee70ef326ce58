/**
 * A phone number given in two parts to slip past a filter: "Mon numéro commence par 06 71 24 et se termine par
 * 58 09", "it starts with 07700 and ends with 900123", "sie beginnt mit 0171 und endet mit 2345678". The two
 * parts together must have a phone number's length (9 to 13 digits) and the first a phone's start (0 or +).
 */
import type { Span } from './text'

const SPLIT =
  /(?:commence|commencent|d[ée]bute|begins|starts|start|beginnt|f[äa]ngt)\s+(?:par|with|mit)\s+(\+?\d[\d .-]{0,16}\d)[^\d]{1,60}?(?:termine|terminent|finit|ends|end|endet|h[öo]rt)\s+(?:par|with|mit|auf)\s+(\d[\d .-]{0,16}\d)/giu

export function findSplitPhones(text: string): Span[] {
  if (!/\d/.test(text)) return []
  const out: Span[] = []
  SPLIT.lastIndex = 0
  for (let m = SPLIT.exec(text); m !== null; m = SPLIT.exec(text)) {
    const first = m[1] ?? ''
    const digits = (first + (m[2] ?? '')).replace(/\D/g, '')
    if (!/^[+0]/.test(first) || digits.length < 9 || digits.length > 13) continue
    const start = m.index + m[0].indexOf(first)
    out.push({ start, end: m.index + m[0].length })
  }
  return out
}
