/** French: function words, letters and the explanations of findings (see ./types.ts). */
import type { LanguageData } from './types'

export const FRENCH: LanguageData = {
  functionWords:
    'le la les un une des du de d l et est sont pas ne n que qu qui je j vous votre vos nous notre nos il elle ' +
    'ce cet cette ces sur dans pour avec au aux en se sa son ses mon ma mes ton ta tes bonjour merci cordialement ' +
    'colis commande tres mais ou donc si avez etes sera ete bien aussi par plus moi toi y c s m t lui leur',
  letters: /[éèêàçùâîôûëïœ]/i,
  messages: {
    link: "Lien vers un site extérieur : la marketplace bloque les messages qui renvoient hors de sa plateforme. Retirez le lien et donnez l'information directement dans le message (ou en pièce jointe PDF).",
    'link-disguised':
      "Adresse de site déguisée (points remplacés, espaces) : elle est traitée comme un lien extérieur et bloque le message. Retirez-la et donnez l'information directement dans le message.",
    'link-shortener':
      'Lien raccourci : il cache sa destination et la marketplace le bloque. Retirez-le ; pour un suivi de colis, indiquez le transporteur et le numéro de suivi.',
    'link-lookalike':
      "Ce lien imite un domaine de la marketplace ou d'un transporteur mais mène ailleurs : il est bloqué et peut passer pour de l'hameçonnage. Retirez-le ; ne citez que les adresses officielles.",
    'link-allowed': 'Lien autorisé : site de la marketplace ou du transporteur.',
    email:
      "Adresse e-mail : les coordonnées directes sont interdites, même déguisées (« at », « arobase », « point »). Retirez-la : l'acheteur vous répond par la messagerie de la marketplace.",
    phone:
      'Numéro de téléphone : les coordonnées directes sont interdites. Retirez-le et proposez de poursuivre par la messagerie de la marketplace.',
    'social-platform':
      'Invitation à poursuivre la conversation ailleurs (réseau social, messagerie, SMS) : interdit par la marketplace. Retirez-la ; toute la conversation doit rester dans la messagerie de la marketplace.',
    'social-handle':
      "Identifiant de réseau social (@…) : c'est une coordonnée et la marketplace le bloque. Retirez-le ; la conversation doit rester dans la messagerie de la marketplace.",
    'marketing-promo':
      'Message promotionnel (promotion, soldes, code de réduction) : interdit dans la messagerie acheteur-vendeur. Retirez-le et ne traitez que de la commande en cours ; un geste pour cette commande (remboursement, remplacement) reste possible.',
    'marketing-future':
      "Réduction ou avantage sur une prochaine commande : c'est de la publicité, interdite par la marketplace. Retirez-le ; vous pouvez proposer un geste sur la commande en cours.",
    'marketing-newsletter':
      "Invitation à une lettre d'information ou à s'abonner : interdite par la marketplace. Retirez-la.",
    'marketing-products':
      "Mise en avant de vos autres produits ou de votre boutique : c'est de la publicité, interdite dans la messagerie. Retirez-la et limitez-vous à la commande en cours.",
    'review-positive':
      "Demande d'avis positif ou de 5 étoiles : la marketplace interdit d'orienter l'avis. Écrivez plutôt une invitation neutre, par exemple « Vous pouvez, si vous le souhaitez, partager votre avis sur la page du produit. »",
    'review-satisfied':
      "Demande d'avis réservée aux acheteurs satisfaits (ou pour détourner les avis négatifs) : interdit. Invitez tous les acheteurs de la même façon, sans condition : « Vous pouvez partager votre avis sur la page du produit. »",
    'review-incentive':
      "Contrepartie offerte contre un avis (remboursement, cadeau, réduction) : interdit par la marketplace. Retirez le lien entre l'avis et l'avantage ; un geste commercial ne doit jamais dépendre d'un avis.",
    'review-change':
      "Demande de modifier ou de supprimer un avis : interdite, même après avoir réglé le problème. Décrivez simplement la solution apportée ; l'acheteur reste libre de son avis.",
    card: "Numéro de carte bancaire : ne l'envoyez jamais par message. Retirez-le ; les paiements et remboursements passent par la marketplace.",
    iban: 'IBAN / coordonnées bancaires : interdits dans la messagerie. Retirez-les ; les remboursements passent par la marketplace.',
    password: 'Mot de passe ou code secret : ne le communiquez jamais par message. Retirez-le.',
    'national-id':
      "Numéro d'identité (sécurité sociale, passeport, carte d'identité) : donnée sensible interdite. Retirez-le.",
    emoji: 'Emoji : certaines marketplaces les refusent dans les messages. Préférez un texte simple.',
    shouting: 'Texte en majuscules : il paraît agressif. Écrivez en minuscules.',
    'thanks-only':
      "Message qui ne fait que remercier : la marketplace n'autorise pas les messages sans objet lié à la commande. Ajoutez une information utile ou ne l'envoyez pas.",
    'seller-rule':
      "« {term} » figure dans vos propres règles : vous avez choisi de le signaler. Reformulez ou retirez-le avant d'envoyer.",
    'seller-rule-note':
      "« {term} » figure dans vos propres règles ({note}). Reformulez ou retirez-le avant d'envoyer.",
  },
}
