/** English: function words, letters and the explanations of findings (see ./types.ts). */
import type { LanguageData } from './types'

export const ENGLISH: LanguageData = {
  functionWords:
    'the an and is are not no that which who i you your we our it he she this these those in for with to ' +
    'of at by from my be been was were will would can could have has had do does did hello hi thanks thank ' +
    'regards order please if but or so very also more us its there their they what when',
  letters: /(?!)/,
  messages: {
    link: 'Link to an outside website: the marketplace blocks messages that send buyers off its platform. Remove the link and give the information in the message itself (or as a PDF attachment).',
    'link-disguised':
      'Disguised website address (dots replaced or spaced out): it counts as an outside link and blocks the message. Remove it and give the information in the message itself.',
    'link-shortener':
      'Shortened link: it hides where it leads and the marketplace blocks it. Remove it; for parcel tracking, give the carrier and the tracking number.',
    'link-lookalike':
      'This link imitates a marketplace or carrier domain but leads elsewhere: it is blocked and may look like phishing. Remove it; only quote the official addresses.',
    'link-allowed': 'Allowed link: marketplace or carrier website.',
    email:
      "E-mail address: direct contact details are not allowed, even disguised ('at', 'dot'). Remove it: the buyer can reply through the marketplace's messaging.",
    phone:
      "Phone number: direct contact details are not allowed. Remove it and offer to continue through the marketplace's messaging.",
    'social-platform':
      "Invitation to continue the conversation elsewhere (social network, messaging app, text): not allowed by the marketplace. Remove it; the whole conversation must stay in the marketplace's messaging.",
    'social-handle':
      "Social media handle (@…): it is contact information and the marketplace blocks it. Remove it; the conversation must stay in the marketplace's messaging.",
    'marketing-promo':
      'Promotional content (sale, discount, promo code): not allowed in buyer-seller messages. Remove it and deal only with the current order; a gesture for this order (refund, replacement) is fine.',
    'marketing-future':
      'Discount or perk on a future order: this is advertising, which the marketplace forbids. Remove it; you may offer a gesture on the current order.',
    'marketing-newsletter':
      'Invitation to a newsletter or to subscribe: not allowed by the marketplace. Remove it.',
    'marketing-products':
      'Promoting your other products or your store: this is advertising, not allowed in messages. Remove it and stick to the current order.',
    'review-positive':
      "Asking for a positive or 5-star review: the marketplace forbids steering reviews. Write a neutral invitation instead, e.g. 'You are welcome to share your experience on the product page.'",
    'review-satisfied':
      "Asking only satisfied buyers for a review (or diverting negative ones): not allowed. Invite every buyer the same way, without conditions: 'You are welcome to share your opinion on the product page.'",
    'review-incentive':
      'Offering something in exchange for a review (refund, gift, discount): not allowed by the marketplace. Remove the link between the review and the benefit; a gesture must never depend on a review.',
    'review-change':
      'Asking the buyer to change or remove a review: not allowed, even once the problem is solved. Simply describe the solution; the buyer remains free to review as they wish.',
    card: 'Payment card number: never send it in a message. Remove it; payments and refunds go through the marketplace.',
    iban: 'IBAN / bank details: not allowed in messages. Remove them; refunds go through the marketplace.',
    password: 'Password or secret code: never share it in a message. Remove it.',
    'national-id':
      'National ID number (social security, passport, ID card): sensitive data that is not allowed. Remove it.',
    emoji: 'Emoji: some marketplaces reject them in messages. Prefer plain text.',
    shouting: 'Text in capitals reads as shouting. Write it in lower case.',
    'thanks-only':
      'Thank-you-only message: the marketplace does not allow messages with no purpose related to the order. Add useful information or do not send it.',
    'seller-rule':
      '"{term}" is on your own list of words to watch: you chose to flag it. Rephrase or remove it before sending.',
    'seller-rule-note':
      '"{term}" is on your own list of words to watch ({note}). Rephrase or remove it before sending.',
  },
}
