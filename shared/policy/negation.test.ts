/**
 * Negation and the buyer's reported words, read once for every intent rule (negation.ts), and the kinds the
 * training set train-e3 showed, each written here in new words, both ways: what the seller says it does not
 * do, what the buyer suggested, urgings that only look negative ("n'hésitez pas", "don't miss"), offers
 * without a promotional word, reviews to be made more positive, channels offered in other words.
 */
import { describe, it } from 'vitest'
import { expectExactlyRules } from '../../tests/unit/policy-expect-rules'
import type { ShortRule } from './rule-names'

/** [text, the blocking rules it must raise — and no other] */
const CASES: Array<[string, ShortRule[]]> = [
  // denials: the seller says what it does not do
  ["Nous n'avons ni programme de fidélité ni lettre d'information, désolés.", []],
  ["We don't send any newsletter and we never share a discount code by message.", []],
  ['Gutscheine verschicken wir nicht, und einen Newsletter gibt es bei uns auch keinen.', []],
  ['Rest assured we will not ask you to edit your rating; we only want the kettle fixed.', []],
  // urgings and offers that only look negative
  ["N'hésitez pas à découvrir nos autres produits dans la boutique !", ['marketing']],
  ["Don't miss our winter sale: 20% off everything until Sunday.", ['marketing']],
  ['Pas de frais de port dès 60 € sur votre prochaine commande.', ['marketing']],
  ['Why not follow us on Instagram for behind-the-scenes photos?', ['social']],
  ["Vous n'êtes pas encore inscrit à notre newsletter ? Il suffit de répondre OUI.", ['marketing']],
  ['Not happy with the lamp? Message us here before you post a review.', ['review']],
  // the buyer's words reported
  ['You suggested we carry on over Telegram, but we would rather keep it here.', []],
  ['Vous proposiez de continuer sur Instagram ; restons plutôt sur la messagerie.', []],
  ['Si vous mentionnez notre boutique dans un avis 5 étoiles, on vous rembourse 5 €.', ['review']],
  // offers with no promotional word
  ['Take four more tea towels and the fifth... no wait, the third towel is on us!', ['marketing']],
  ['Notre collection de printemps arrive en mars, pensez à revenir nous voir.', ['marketing']],
  ['We also sell the matching saucers, they would complete your set nicely.', ['marketing']],
  ['Each order with us earns you points, and 200 points make a £5 credit.', ['marketing']],
  ['Le code de 15 % que vous avez utilisé a bien été pris en compte sur cette commande.', []],
  // reviews: made more positive, owed once changed, screened before posting
  ['Could you make your review a bit more positive now the parcel has arrived?', ['review']],
  ['Le remboursement sera versé une fois votre commentaire retiré.', ['review']],
  ['Wie viele Sterne wollen Sie vergeben? Sagen Sie es uns bitte vorher.', ['review']],
  // channels in other words
  ['Je peux vous ajouter sur WhatsApp pour vous montrer le montage en vidéo.', ['social']],
  ['Laissez-moi un vocal Messenger et je vous rappelle.', ['social']],
  ['The courier tried to phone you twice about the delivery.', []],
]

describe('negation, reported words and the kinds of train-e3', () => {
  it.each(CASES)('%s', (text, expected) => expectExactlyRules(text, expected))
})
