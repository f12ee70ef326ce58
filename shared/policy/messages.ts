/** Explanations shown with each finding: why it is a problem and what to write instead, in FR and EN. */
import type { Lang } from './types'

export const MESSAGES = {
  link: {
    fr: "Lien vers un site extérieur : la marketplace bloque les messages qui renvoient hors de sa plateforme. Retirez le lien et donnez l'information directement dans le message (ou en pièce jointe PDF).",
    en: 'Link to an outside website: the marketplace blocks messages that send buyers off its platform. Remove the link and give the information in the message itself (or as a PDF attachment).',
  },
  'link-disguised': {
    fr: "Adresse de site déguisée (points remplacés, espaces) : elle est traitée comme un lien extérieur et bloque le message. Retirez-la et donnez l'information directement dans le message.",
    en: 'Disguised website address (dots replaced or spaced out): it counts as an outside link and blocks the message. Remove it and give the information in the message itself.',
  },
  'link-shortener': {
    fr: 'Lien raccourci : il cache sa destination et la marketplace le bloque. Retirez-le ; pour un suivi de colis, indiquez le transporteur et le numéro de suivi.',
    en: 'Shortened link: it hides where it leads and the marketplace blocks it. Remove it; for parcel tracking, give the carrier and the tracking number.',
  },
  'link-lookalike': {
    fr: "Ce lien imite un domaine de la marketplace ou d'un transporteur mais mène ailleurs : il est bloqué et peut passer pour de l'hameçonnage. Retirez-le ; ne citez que les adresses officielles.",
    en: 'This link imitates a marketplace or carrier domain but leads elsewhere: it is blocked and may look like phishing. Remove it; only quote the official addresses.',
  },
  'link-allowed': {
    fr: 'Lien autorisé : site de la marketplace ou du transporteur.',
    en: 'Allowed link: marketplace or carrier website.',
  },
  email: {
    fr: "Adresse e-mail : les coordonnées directes sont interdites, même déguisées (« at », « arobase », « point »). Retirez-la : l'acheteur vous répond par la messagerie de la marketplace.",
    en: "E-mail address: direct contact details are not allowed, even disguised ('at', 'dot'). Remove it: the buyer can reply through the marketplace's messaging.",
  },
  phone: {
    fr: 'Numéro de téléphone : les coordonnées directes sont interdites. Retirez-le et proposez de poursuivre par la messagerie de la marketplace.',
    en: "Phone number: direct contact details are not allowed. Remove it and offer to continue through the marketplace's messaging.",
  },
  'social-platform': {
    fr: 'Invitation à poursuivre la conversation ailleurs (réseau social, messagerie, SMS) : interdit par la marketplace. Retirez-la ; toute la conversation doit rester dans la messagerie de la marketplace.',
    en: "Invitation to continue the conversation elsewhere (social network, messaging app, text): not allowed by the marketplace. Remove it; the whole conversation must stay in the marketplace's messaging.",
  },
  'social-handle': {
    fr: "Identifiant de réseau social (@…) : c'est une coordonnée et la marketplace le bloque. Retirez-le ; la conversation doit rester dans la messagerie de la marketplace.",
    en: "Social media handle (@…): it is contact information and the marketplace blocks it. Remove it; the conversation must stay in the marketplace's messaging.",
  },
  'marketing-promo': {
    fr: 'Message promotionnel (promotion, soldes, code de réduction) : interdit dans la messagerie acheteur-vendeur. Retirez-le et ne traitez que de la commande en cours ; un geste pour cette commande (remboursement, remplacement) reste possible.',
    en: 'Promotional content (sale, discount, promo code): not allowed in buyer-seller messages. Remove it and deal only with the current order; a gesture for this order (refund, replacement) is fine.',
  },
  'marketing-future': {
    fr: "Réduction ou avantage sur une prochaine commande : c'est de la publicité, interdite par la marketplace. Retirez-le ; vous pouvez proposer un geste sur la commande en cours.",
    en: 'Discount or perk on a future order: this is advertising, which the marketplace forbids. Remove it; you may offer a gesture on the current order.',
  },
  'marketing-newsletter': {
    fr: "Invitation à une lettre d'information ou à s'abonner : interdite par la marketplace. Retirez-la.",
    en: 'Invitation to a newsletter or to subscribe: not allowed by the marketplace. Remove it.',
  },
  'marketing-products': {
    fr: "Mise en avant de vos autres produits ou de votre boutique : c'est de la publicité, interdite dans la messagerie. Retirez-la et limitez-vous à la commande en cours.",
    en: 'Promoting your other products or your store: this is advertising, not allowed in messages. Remove it and stick to the current order.',
  },
  'review-positive': {
    fr: "Demande d'avis positif ou de 5 étoiles : la marketplace interdit d'orienter l'avis. Écrivez plutôt une invitation neutre, par exemple « Vous pouvez, si vous le souhaitez, partager votre avis sur la page du produit. »",
    en: "Asking for a positive or 5-star review: the marketplace forbids steering reviews. Write a neutral invitation instead, e.g. 'You are welcome to share your experience on the product page.'",
  },
  'review-satisfied': {
    fr: "Demande d'avis réservée aux acheteurs satisfaits (ou pour détourner les avis négatifs) : interdit. Invitez tous les acheteurs de la même façon, sans condition : « Vous pouvez partager votre avis sur la page du produit. »",
    en: "Asking only satisfied buyers for a review (or diverting negative ones): not allowed. Invite every buyer the same way, without conditions: 'You are welcome to share your opinion on the product page.'",
  },
  'review-incentive': {
    fr: "Contrepartie offerte contre un avis (remboursement, cadeau, réduction) : interdit par la marketplace. Retirez le lien entre l'avis et l'avantage ; un geste commercial ne doit jamais dépendre d'un avis.",
    en: 'Offering something in exchange for a review (refund, gift, discount): not allowed by the marketplace. Remove the link between the review and the benefit; a gesture must never depend on a review.',
  },
  'review-change': {
    fr: "Demande de modifier ou de supprimer un avis : interdite, même après avoir réglé le problème. Décrivez simplement la solution apportée ; l'acheteur reste libre de son avis.",
    en: 'Asking the buyer to change or remove a review: not allowed, even once the problem is solved. Simply describe the solution; the buyer remains free to review as they wish.',
  },
  card: {
    fr: "Numéro de carte bancaire : ne l'envoyez jamais par message. Retirez-le ; les paiements et remboursements passent par la marketplace.",
    en: 'Payment card number: never send it in a message. Remove it; payments and refunds go through the marketplace.',
  },
  iban: {
    fr: 'IBAN / coordonnées bancaires : interdits dans la messagerie. Retirez-les ; les remboursements passent par la marketplace.',
    en: 'IBAN / bank details: not allowed in messages. Remove them; refunds go through the marketplace.',
  },
  password: {
    fr: 'Mot de passe ou code secret : ne le communiquez jamais par message. Retirez-le.',
    en: 'Password or secret code: never share it in a message. Remove it.',
  },
  'national-id': {
    fr: "Numéro d'identité (sécurité sociale, passeport, carte d'identité) : donnée sensible interdite. Retirez-le.",
    en: 'National ID number (social security, passport, ID card): sensitive data that is not allowed. Remove it.',
  },
  emoji: {
    fr: 'Emoji : certaines marketplaces les refusent dans les messages. Préférez un texte simple.',
    en: 'Emoji: some marketplaces reject them in messages. Prefer plain text.',
  },
  shouting: {
    fr: 'Texte en majuscules : il paraît agressif. Écrivez en minuscules.',
    en: 'Text in capitals reads as shouting. Write it in lower case.',
  },
  'thanks-only': {
    fr: "Message qui ne fait que remercier : la marketplace n'autorise pas les messages sans objet lié à la commande. Ajoutez une information utile ou ne l'envoyez pas.",
    en: 'Thank-you-only message: the marketplace does not allow messages with no purpose related to the order. Add useful information or do not send it.',
  },
} as const satisfies Record<string, Record<Lang, string>>

export type MessageId = keyof typeof MESSAGES

export function messageFor(id: MessageId, lang: Lang): string {
  return MESSAGES[id][lang]
}
