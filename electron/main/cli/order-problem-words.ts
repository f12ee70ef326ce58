/**
 * The order import's refused rows in English and French for the command line's last line (`reason`,
 * `reason_fr`): the CLI words the problems the service reports as data (the app words them itself).
 */
import type { OrderRowProblem } from '../../../shared/model/orders-import'

export function orderProblemWords(problem: OrderRowProblem): { en: string; fr: string } {
  switch (problem.code) {
    case 'empty-file':
      return { en: 'The file is empty.', fr: 'Le fichier est vide.' }
    case 'not-a-report':
      return {
        en: `Not an order report: the header has no ${problem.missing.join(' or ')} column.`,
        fr: `Ce n’est pas un rapport de commandes : l’en-tête n’a pas de colonne ${problem.missing.join(' ni ')}.`,
      }
    case 'column-count':
      return {
        en: `The row has ${problem.columns} columns where the header has ${problem.header}.`,
        fr: `La ligne a ${problem.columns} colonnes alors que l’en-tête en a ${problem.header}.`,
      }
    case 'order-number':
      return {
        en: `"${problem.value}" is not an order number (17 digits written 3-7-7).`,
        fr: `« ${problem.value} » n’est pas un numéro de commande (17 chiffres écrits 3-7-7).`,
      }
    case 'empty-column':
      return { en: `The ${problem.column} is empty.`, fr: `La colonne ${problem.column} est vide.` }
    case 'impossible-date':
      return {
        en: `${problem.column}: not a real date: "${problem.value}".`,
        fr: `${problem.column} : date impossible : « ${problem.value} ».`,
      }
    case 'date-without-zone':
      return {
        en: `${problem.column}: not a date with its time zone: "${problem.value}".`,
        fr: `${problem.column} : pas une date avec son fuseau horaire : « ${problem.value} ».`,
      }
    case 'unknown-zone':
      return {
        en: `${problem.column}: unknown time zone "${problem.zone}" in "${problem.value}".`,
        fr: `${problem.column} : fuseau horaire inconnu « ${problem.zone} » dans « ${problem.value} ».`,
      }
    case 'amount':
      return {
        en: `${problem.column}: "${problem.value}" is not an amount.`,
        fr: `${problem.column} : « ${problem.value} » n’est pas un montant.`,
      }
    case 'quantity':
      return {
        en: `The quantity "${problem.value}" is not a whole number.`,
        fr: `La quantité « ${problem.value} » n’est pas un nombre entier.`,
      }
    case 'currency':
      return {
        en: `"${problem.value}" is not a currency code.`,
        fr: `« ${problem.value} » n’est pas un code de devise.`,
      }
    case 'no-product':
      return {
        en: 'The row names no product (product-name, sku or asin).',
        fr: 'La ligne ne nomme aucun produit (product-name, sku ou asin).',
      }
    case 'mixed-currency':
      return {
        en: `The currency ${problem.currency} differs from ${problem.expected} on the other rows of order ${problem.order}.`,
        fr: `La devise ${problem.currency} diffère de ${problem.expected} sur les autres lignes de la commande ${problem.order}.`,
      }
    case 'more-rows':
      return {
        en: `${problem.count} more rows could not be read (not listed).`,
        fr: `${problem.count} autres lignes n’ont pas pu être lues (non listées).`,
      }
  }
}
