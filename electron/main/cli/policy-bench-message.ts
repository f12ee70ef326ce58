/**
 * The realistic message the policy benchmarks time: French and English seller sentences with order and
 * tracking numbers, dates, prices, an e-mail, a phone number, links, a review request and a promo code.
 */
const SENTENCES = [
  'Bonjour, merci pour votre commande n° 405-1234567-1234567 passée le 12/03/2025 à 10:45. ',
  'Votre colis a été remis à Colissimo ce matin, numéro de suivi 6A12345678901, livraison prévue sous 48 h. ',
  'Le montant de 59,90 € a bien été débité ; la facture n° 2025-0456 est jointe au format PDF. ',
  "Si l'article ne convient pas, vous pouvez le retourner gratuitement depuis votre espace Amazon. ",
  'Nous restons à votre disposition pour toute question concernant le montage ou la garantie du produit. ',
  'Hello, your order has shipped today and should arrive between Tuesday and Thursday, tracking 1Z999AA10123456784. ',
  "Le code-barres 5449000000996 figure sur l'emballage, la référence B08N5WRWNW sur la notice. ",
  'Pour toute question, écrivez à service.client@laposte.net ou appelez le 06 12 34 56 78. ',
  'Voir aussi https://www.amazon.fr/returns et notre site jardin-plus . fr pour la notice. ',
  'Si vous êtes satisfait, merci de nous laisser 5 étoiles ; -10 % sur votre prochaine commande avec le code MERCI10. ',
]

export function message(length: number): string {
  let s = ''
  for (let i = 0; s.length < length; i++) s += SENTENCES[i % SENTENCES.length]
  return s.slice(0, length)
}
