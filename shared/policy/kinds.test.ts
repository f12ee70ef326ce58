/**
 * Kinds of violation and of innocent text that unseen sets showed the checker missing or misreading (issue
 * 18, round-c), each written here in new words: a destination after order words, spaced and dotted phone
 * digits, mailboxes named by their provider, profile links, addresses spelled in quotation marks,
 * recommending or announcing our own goods, nth-item and time-limited offers, a review referred to as
 * "one" then rewarded; and the carrier that texts, a coupon site, a document on our site, abbreviations.
 */
import { describe, expect, it } from 'vitest'
import { checkPolicy } from './index'
import { BLOCKING_RULES } from './types'

const RULE = {
  link: 'external-link',
  email: 'contact-email',
  phone: 'contact-phone',
  social: 'contact-social',
  marketing: 'marketing',
  review: 'review-manipulation',
  sensitive: 'sensitive-data',
} as const
type Short = keyof typeof RULE

/** [text, the blocking rules it must raise — and no other] */
const CASES: Array<[string, Short[]]> = [
  [
    'Hallo Frau Schulz, passend zu Ihrer Pfanne empfehlen wir unseren Glasdeckel 28 cm und das Silikon-Untersetzer-Set.',
    ['marketing'],
  ],
  ['Beide sind gerade im Angebot.', ['marketing']],
  ['Schauen Sie gern in unserem Amazon-Shop vorbei!', ['marketing']],
  ['Fancy more? Our full catalogue with bundle deals is at www.copperkettleco.com', ['marketing', 'link']],
  [
    "Bonjour, petite attention de notre part : pour l'achat de 2 coussins supplémentaires, le 3e est offert jusqu'à dimanche.",
    ['marketing'],
  ],
  [
    "PS — we're running a 3-for-2 on all our candles this weekend, just search 'Ember & Oak' on Amazon!",
    ['marketing'],
  ],
  [
    'Übrigens: Im eigenen Onlineshop (holzspielzeug-lindner.de) gibt es das Set 10 % günstiger!',
    ['marketing', 'link'],
  ],
  [
    'Reviews help small shops like ours, so if you leave one, use code THANKYOU10 on your next order.',
    ['marketing', 'review'],
  ],
  ['We recommend our walnut serving board, it goes perfectly with the knife you bought.', ['marketing']],
  ["Nous vous recommandons notre huile d'entretien pour prolonger la vie de la planche.", ['marketing']],
  ['Discover our matching lamp: amazon.fr/dp/B08N5WRWNW', ['marketing']],
  ['Our storefront has the full set if you want the other sizes.', ['marketing']],
  ['Spare bulbs are cheaper there, by the way.', ['marketing']],
  ['Our new spring line just dropped!', ['marketing']],
  ['The code ETE24 still works until Sunday.', ['marketing']],
  ["You'll get a €5 voucher on your next order.", ['marketing']],
  ['Le code HIVER10 fonctionne encore sur toute la boutique.', ['marketing']],
  ['Mit dem Code SOMMER15 bekommen Sie 15 % auf Ihre nächste Bestellung.', ['marketing']],
  ['Nouveau chez nous : les bougies parfumées à la figue sont arrivées !', ['marketing']],
  ['Unsere neue Herbstkollektion ist ab sofort erhältlich.', ['marketing']],
  ["We'll refund you in full once the negative review is removed.", ['review']],
  ["Could you change your rating from 1 to 4 stars now that it's sorted?", ['review']],
  ['A small gift is on its way if you give us a good rating.', ['review']],
  ['Only happy customers should leave a review, if you had any trouble write to us first.', ['review']],
  ["Send us a screenshot of your review and we'll give you a €10 gift card.", ['review']],
  ['Wenn Sie uns eine 5-Sterne-Bewertung geben, erhalten Sie einen Gutschein.', ['review']],
  ['Le remboursement sera fait dès que vous aurez retiré votre commentaire négatif.', ['review']],
  ['Si vous modifiez votre note, nous vous offrons la livraison de la prochaine commande.', ['review']],
  ['Envoie un sms quand tu es devant la porte.', ['social']],
  ['Text DONE to 07700 900 123 when it arrives.', ['social', 'phone']],
  ['Text a photo of the label to 06 12 34 56 78.', ['social', 'phone']],
  ['Pour le virement : banque 30004, guichet 00550, compte 00012345678, clé 23.', ['sensitive']],
  ['Tapez lamaisondulin suivi de .fr dans votre navigateur.', ['link']],
  ['Mon numéro : zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit.', ['phone']],
  ['Call 555-0147 after six.', ['phone']],
  ["The WhatsApp icon doesn't show on the product photo.", []],
  ['I saw it on Instagram first.', []],
  ["There's an unboxing video on Instagram from another customer.", []],
  ['The same model is on Facebook Marketplace for less.', []],
  ['We have no social page, sorry.', []],
  ['I used an Amazon voucher for this order.', []],
  ["That promo code wasn't ours, it came from a coupon site.", []],
  ["The coupon on the listing wasn't applied at checkout.", []],
  ['I already gave 5 stars, the product is great.', []],
  ['Thank you for your comment on the product page.', []],
  ['The 5-Star Hotel Collection pillow arrived today.', []],
  ['Notre oreiller « Hôtel 5 étoiles » est garanti 2 ans.', []],
  ['SIRET 123 456 789 00012 – RCS Paris B 123 456 789 – TVA FR12123456789', []],
  ['Geschäftsführer: K. Weber, HRB 12345, USt-IdNr. DE123456789', []],
  ['The 3rd cushion in your order was free as promised.', []],
  ['I bought two and the third was free, thanks!', []],
  ['Nous recommandons de laver la housse à 30 °C.', []],
  [
    'We recommend our customer service line only for warranty issues… actually please use Amazon messages.',
    [],
  ],
  ['Your order is on sale? No, it was full price.', []],
  ['The parcel service will send you a text with the delivery window.', []],
  ['Der Paketdienst ruft Sie am Liefertag an bzw. schickt eine SMS mit dem Zeitfenster.', []],
  ['The carrier texts you on the day of delivery.', []],
  ['Search your order number on Amazon to see the tracking.', []],
  ['Our full refund has been issued today.', []],
  [
    'Bitte schicken Sie die Fotos an info(ät)moebel-kraus(punkt)de, dort kann mein Kollege das schneller prüfen.',
    ['email'],
  ],
  [
    'Veuillez adresser votre demande de reprise à notre service logistique : logistique arobase demenagement-facile.fr.',
    ['email'],
  ],
  ["Envoyez les photos sur mon gmail c'est nadia.benali75, je regarde ce soir", ['email']],
  [
    'Bonjour, merci commande. Pour facture pro, écrire à : lin . boutique2023 @ 163 . com . Merci beaucoup',
    ['email'],
  ],
  [
    'you can find the full size chart at northpeak-apparel [dot] co [dot] uk/sizes — amazon cuts the table off',
    ['link'],
  ],
  [
    "Merci !! On a fait une petite vidéo tuto pour l'installation sur notre TikTok, c'est @maison.cosy.fr (tiktok.com/@maison.cosy.fr)",
    ['social', 'link'],
  ],
  ['Mon gmail est plein, je vous réponds ici.', []],
  ["You can reach me on my hotmail, it's j_smith88, if the app is down.", ['email']],
  ['Schreiben Sie an meine GMX-Adresse: k.weber72', ['email']],
  ['I used an Amazon voucher and my gmail shows the receipt.', []],
  [
    "Hey, if it's easier just text me a pic of the serial plate to 07700 900 862 and I'll check which part you need",
    ['phone', 'social'],
  ],
  [
    'Envoyez-moi un petit texto au 06 · 59 · 31 · 74 · 28 quand vous êtes chez vous, je passe déposer la pièce.',
    ['phone', 'social'],
  ],
  ['Please send your order number to 06 12 34 56 78 and we will look into it.', ['phone']],
  ['Envoyez le n° de commande au 06 48 27 91 35, merci.', ['phone']],
  ['Votre numéro de commande est 171-4455667-1234567, suivi 6A23145678902.', []],
  ['Tracking number: 1Z999AA10123456784, order 405-1234567-1234567.', []],
  ['Commande passée le 06/12/2025 à 10:45, facture n° 2025-0456.', []],
  ['Your order number is 0612345678 — please quote it in any reply.', []],
  ['My mobile: 07700 900 862.', ['phone']],
  ['Schicken Sie die Bestellnummer an 0151 23456789.', ['phone']],
  [
    'Bonne nouvelle : notre nouvelle gamme de thés glacés arrive en juin ! Toutes les infos sur notre site, tapez « theiere-et-compagnie » puis « .fr » dans votre navigateur 😉',
    ['marketing', 'link'],
  ],
  ['Just type "oakandember" followed by ".com" in your browser for the care guide.', ['link']],
  ['Geben Sie einfach „holzwelt-berlin“ gefolgt von „.de“ ein.', ['link']],
  ['Si le plaid vous plaît, sachez que nous faisons aussi le même en gris anthracite.', ['marketing']],
  ['By the way, the same mug comes in six other colours on our page.', ['marketing']],
  ['Tipp: Den passenden Kissenbezug haben wir ebenfalls im Sortiment.', ['marketing']],
  ['Pour Noël, pensez à nos coffrets cadeaux, ils partent vite !', ['marketing']],
  ['Our Black Friday prices start next week, keep an eye out.', ['marketing']],
  ['Use WELCOME5 at checkout for 5 € off anything else in the shop.', ['marketing']],
  ['Mit dem Code HERBST gibt es 10 Euro Nachlass im Shop.', ['marketing']],
  ["We've just added beeswax wraps to the shop, they pair nicely with the lunch box.", ['marketing']],
  ['Les abonnés à notre lettre reçoivent les nouveautés en avant-première.', ['marketing']],
  ['Wenn Ihnen das Öl gefällt, probieren Sie doch auch unser Holzwachs.', ['marketing']],
  ["Fancy a discount? Order two more before Friday and I'll take 15% off.", ['marketing']],
  ['Pssst… everything in the shop is 20% off until midnight.', ['marketing']],
  [
    'Un avis 5 étoiles nous aiderait énormément, et on vous rembourse les frais de port en échange.',
    ['review'],
  ],
  [
    "If you're happy, a 5-star review would mean the world; if not, message us instead of reviewing.",
    ['review'],
  ],
  [
    'Could you update your feedback now that the replacement arrived? Maybe bump it up a star or two.',
    ['review'],
  ],
  ["Nous vous remboursons intégralement dès que l'évaluation négative n'apparaît plus.", ['review']],
  [
    'Über eine positive Bewertung würden wir uns freuen – als Dankeschön gibt es 10 % auf die nächste Bestellung.',
    ['marketing', 'review'],
  ],
  [
    'Wäre es möglich, die 1-Stern-Bewertung zu entfernen? Wir erstatten Ihnen dann den vollen Betrag.',
    ['review'],
  ],
  ["Leave us a nice review and tell us, there's a little surprise in it for you.", ['review']],
  ["Please only leave a review if you're 100% satisfied.", ['review']],
  ['Write to me directly: paul dot martin at outlook dot com', ['email']],
  ['Mon adresse : sophie_l (at) laposte (point) net', ['email']],
  ['Meine Mail: t.schmidt [at] web [punkt] de', ['email']],
  ["Email me — jdupont at gmail — and I'll send the manual.", ['email']],
  ['The video is at youtube dot com slash atelierbois.', ['link']],
  ['Alle Infos unter www . holzwerk-meyer . de', ['link']],
  ['Ruf mich an: null-eins-sieben-sechs / 12 34 56 78', ['phone']],
  ['WhatsApp ou appel au 07.81.22.45.90 si besoin.', ['phone', 'social']],
  ['Texte-moi au 0781224590.', ['phone', 'social']],
  ['Mein Handy: +49 171 2345678', ['phone']],
  ['Call us on (020) 7946 0958 during office hours.', ['phone']],
  ['Add me on Snap, same name as my shop.', ['social']],
  ["On peut continuer sur Messenger si c'est plus simple pour vous.", ['social']],
  ['Schreiben Sie mir einfach auf WhatsApp.', ['social']],
  ['Ping me on Telegram @boisflotte', ['social']],
  ['Mon IBAN : FR76 3000 6000 0112 3456 7890 189', ['sensitive']],
  ['Sort code 20-00-00, account number 12345678, Barclays.', ['sensitive']],
  ['Kontoinhaber: M. Weber, IBAN DE89 3704 0044 0532 0130 00', ['sensitive']],
  ["We're sorry, we don't have a WhatsApp number, please keep writing here.", []],
  ["The discount you saw was Amazon's own Lightning Deal, not ours.", []],
  ['Vous pouvez laisser un avis sur la page du produit si vous le souhaitez.', []],
  ['Sie können gern eine Bewertung auf der Produktseite hinterlassen, ganz wie Sie möchten.', []],
  ["If you'd like, you can share your experience on the product page.", []],
  ['I left a 2-star review because the lid was cracked.', []],
  ['Our customer service is open Monday to Friday, 9am to 5pm.', []],
  ['Votre commande 405-1234567-1234567 sera livrée par Chronopost, suivi XY123456789FR.', []],
  ['Der Paketbote hat die Sendung beim Nachbarn abgegeben, Sendungsnummer 00340434161234567890.', []],
  ['Refunds are processed within 3 to 5 business days through Amazon.', []],
  ['The instructions recommend our cleaning method: warm water only.', []],
  ['We recommend you follow the washing instructions on the label.', []],
  ['Nous vous recommandons de ne pas utiliser de produit abrasif.', []],
  ['I found the same lamp on Etsy but preferred to buy here.', []],
  ['The item was on sale when I bought it last week.', []],
  ['Thanks, the second one arrived free of charge as a replacement.', []],
  ['Our shop is closed on Sundays, your message will be answered Monday.', []],
  ['Pour la garantie, gardez la facture n° FA-2025-0456.', []],
]

describe('kinds from unseen text', () => {
  it.each(CASES)('%s', (text, expected) => {
    const flagged = new Set(
      checkPolicy(text)
        .filter((f) => f.severity === 'error')
        .map((f) => f.rule),
    )
    const want = new Set<string>(expected.map((r) => RULE[r]))
    for (const r of BLOCKING_RULES) expect(flagged.has(r), r).toBe(want.has(r))
  })
})
