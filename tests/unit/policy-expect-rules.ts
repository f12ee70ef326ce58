/**
 * The check shared by the sentence tables of the policy tests (families, kinds, negation): a text raises
 * exactly the blocking rules listed, no more and no fewer.
 */
import { expect } from 'vitest'
import { checkPolicy } from '../../shared/policy/index'
import { RULE_BY_SHORT } from '../../shared/policy/rule-names'
import type { ShortRule } from '../../shared/policy/rule-names'
import { BLOCKING_RULES } from '../../shared/policy/types'

export function expectExactlyRules(text: string, expected: readonly ShortRule[]): void {
  const flagged = new Set(
    checkPolicy(text)
      .filter((f) => f.severity === 'error')
      .map((f) => f.rule),
  )
  const want = new Set<string>(expected.map((r) => RULE_BY_SHORT[r]))
  for (const r of BLOCKING_RULES) expect(flagged.has(r), r).toBe(want.has(r))
}
