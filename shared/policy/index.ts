/** Public API of the policy checker (pure: runs in the renderer for live highlighting and in main on send). */
export { checkPolicy, blockingFindings, SELLER_RULE } from './check'
export { compileSellerRules, SELLER_RULE_LIMITS, sellerPatternProblem } from './seller-rules'
export type { SellerPatternProblem, SellerRule, SellerRuleSeverity } from './seller-rules'
export type { CheckOptions } from './check'
export { detectLanguage } from './lang'
export { BLOCKING_RULES, LANGS, WARNING_RULES } from './types'
export type { BlockingRule, Finding, Lang, Severity, WarningRule } from './types'
