/** Types of the policy checker; the rule ids are fixed by ../shared/CONTRACTS.md. */

export const BLOCKING_RULES = [
  'external-link',
  'contact-email',
  'contact-phone',
  'contact-social',
  'marketing',
  'review-manipulation',
  'sensitive-data',
] as const
export type BlockingRule = (typeof BLOCKING_RULES)[number]

export type Severity = 'error' | 'warning' | 'info'
/** The languages of the explanations and of language detection (data in ./languages). */
export const LANGS = ['fr', 'en', 'de'] as const
export type Lang = (typeof LANGS)[number]

export interface Finding {
  /** One of BLOCKING_RULES, or the id of a non-blocking warning rule (e.g. 'shouting'). */
  rule: string
  severity: Severity
  /** UTF-16 offsets into the checked text, end > start. */
  start: number
  end: number
  /** Why it is a problem and what to write instead, in the message's language. */
  message: string
}

/** Non-blocking warning rules (severity `warning`). */
export const WARNING_RULES = ['emoji', 'shouting', 'thanks-only'] as const
export type WarningRule = (typeof WARNING_RULES)[number]
