/** Short names of the blocking rules, as the tests' case tables write them. */
import type { BlockingRule } from './types'

export type ShortRule = 'link' | 'email' | 'phone' | 'social' | 'marketing' | 'review' | 'sensitive'

export const RULE_BY_SHORT: Record<ShortRule, BlockingRule> = {
  link: 'external-link',
  email: 'contact-email',
  phone: 'contact-phone',
  social: 'contact-social',
  marketing: 'marketing',
  review: 'review-manipulation',
  sensitive: 'sensitive-data',
}
