/**
 * What a language brings to the checker, as data: the function words that recognise it, the letters
 * only it uses, and the explanation of every finding. Adding a language (Italian, Spanish…) is adding a
 * file like ./de.ts and one line in ./index.ts; the phrase words themselves go into the lexicon sets.
 */
export const MESSAGE_IDS = [
  'link',
  'link-disguised',
  'link-shortener',
  'link-lookalike',
  'link-allowed',
  'email',
  'phone',
  'social-platform',
  'social-handle',
  'marketing-promo',
  'marketing-future',
  'marketing-newsletter',
  'marketing-products',
  'review-positive',
  'review-satisfied',
  'review-incentive',
  'review-change',
  'card',
  'iban',
  'password',
  'national-id',
  'emoji',
  'shouting',
  'thanks-only',
  'seller-rule',
  'seller-rule-note',
] as const
export type MessageId = (typeof MESSAGE_IDS)[number]

export interface LanguageData {
  /** Frequent short words of the language, folded (no case, no accents), separated by spaces. */
  functionWords: string
  /** Letters that point to the language (é, ß…), tested on the text as written. */
  letters: RegExp
  /**
   * Why each finding is a problem and what to write instead. `seller-rule` and `seller-rule-note`
   * explain a seller's own rule: {term} is the word or pattern, {note} the seller's reason.
   */
  messages: Record<MessageId, string>
}
