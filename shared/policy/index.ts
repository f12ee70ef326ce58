/** Public API of the policy checker (pure: runs in the renderer for live highlighting and in main on send). */
export { checkPolicy, blockingFindings } from './check'
export type { CheckOptions } from './check'
export { detectLanguage } from './lang'
export { BLOCKING_RULES, LANGS, WARNING_RULES } from './types'
export type { BlockingRule, Finding, Lang, Severity, WarningRule } from './types'
