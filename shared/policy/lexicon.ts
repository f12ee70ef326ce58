/**
 * Phrase rules for the marketing, review-manipulation and contact-social checks, as data.
 *
 * The syntax is described in phrases.ts. Words are matched folded (no case, no accents, œ → oe), the
 * tokenizer splits elisions (l'avis → l avis, jusqu'à → jusqu a) and hyphens (laissez-nous → laissez
 * nous, 5-star → 5 star), so the patterns below spell words that way. Inflections are written as stems
 * (laiss*) or suffix lists (satisfait{,e,s,es}). Patterns describe the *kind* of request (verb + object
 * + qualifier, within one sentence), never particular sentences.
 */
import type { BlockingRule, Lang } from './types'
import type { MessageId } from './messages'
import type { PhraseSets } from './phrases'
import { REVIEW_EXCEPTION, REVIEW_RULES, REVIEW_RULES_AFTER_REVIEW, REVIEW_SETS } from './lexicon-reviews'
import { MARKETING_EXCEPTION, MARKETING_RULES, MARKETING_SETS } from './lexicon-marketing'
import { SOCIAL_EXCEPTION, SOCIAL_RULES, SOCIAL_SETS } from './lexicon-social'

export interface PhraseRule {
  id: MessageId
  rule: BlockingRule
  /** Only applied to texts in this language (when the words are ambiguous in the other one). */
  lang?: Lang
  patterns: readonly string[]
  /**
   * Only counts when a review was named in the same sentence or one of the two before: a pronoun or a
   * condition that refers back to it ("We saw your 3-star review. Would you consider raising it?").
   */
  afterReview?: boolean
}

export interface PhraseException {
  rules: readonly BlockingRule[]
  /** A finding of one of `rules` lying entirely inside a match of one of these patterns is dropped. */
  patterns: readonly string[]
}

// The lexicon is split by rule (lexicon-reviews.ts, lexicon-marketing.ts, lexicon-social.ts); set names
// are shared across the modules (marketing and social patterns may name review sets and the reverse).
export const PHRASE_SETS: PhraseSets = { ...REVIEW_SETS, ...MARKETING_SETS, ...SOCIAL_SETS }

export const PHRASE_RULES: readonly PhraseRule[] = [
  ...REVIEW_RULES,
  ...REVIEW_RULES_AFTER_REVIEW,
  ...MARKETING_RULES,
  ...SOCIAL_RULES,
]

export const PHRASE_EXCEPTIONS: readonly PhraseException[] = [
  REVIEW_EXCEPTION,
  MARKETING_EXCEPTION,
  SOCIAL_EXCEPTION,
]
