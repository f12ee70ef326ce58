import { describe, expect, it } from 'vitest'
import { blockingFindings, checkPolicy, detectLanguage } from './index'
import type { Finding } from './index'

/** The findings of one rule, as [severity, flagged text] pairs. */
function found(text: string, rule: string): Array<[string, string]> {
  return checkPolicy(text)
    .filter((f) => f.rule === rule)
    .map((f) => [f.severity, text.slice(f.start, f.end)])
}
const errors = (text: string, rule: string): string[] =>
  found(text, rule)
    .filter(([s]) => s === 'error')
    .map(([, t]) => t)

describe('external-link', () => {
  it.each([
    [
      'La notice : https://www.meubles-durand.fr/aide/notice.pdf',
      'https://www.meubles-durand.fr/aide/notice.pdf',
    ],
    ['Voir www.exemple.com pour la suite', 'www.exemple.com'],
    ['Infos sur exemple.org/page', 'exemple.org/page'],
    ['Vidéo : youtu.be/dQw4w9WgXcQ', 'youtu.be/dQw4w9WgXcQ'],
  ])('flags %s', (text, link) => {
    expect(errors(text, 'external-link')).toEqual([link])
  })

  it.each([
    ['Remboursement sur amazon-remboursement.com', 'amazon-remboursement.com'],
    ['Connectez-vous sur amazon.fr.something.xyz', 'amazon.fr.something.xyz'],
    ['Cliquez https://www.amazon.fr@other.net', 'https://www.amazon.fr@other.net'],
    ['Cliquez www.amazon.fr@other.net', 'www.amazon.fr@other.net'],
    ['Support : amazon-support.help/fr', 'amazon-support.help/fr'],
    ['Suivi : colissimo-suivi.info', 'colissimo-suivi.info'],
  ])('flags the look-alike in %s and says so', (text, link) => {
    const f = checkPolicy(text).filter((x) => x.rule === 'external-link')
    expect(f.map((x) => [x.severity, text.slice(x.start, x.end)])).toEqual([['error', link]])
    expect(f[0]?.message).toMatch(/imite/)
  })

  it.each([
    'Retour sur https://www.amazon.fr/returns',
    'Page vendeur : https://sellercentral.amazon.fr/home',
    'Return via amazon.co.uk/returns',
    'Lien : amazon.de/gp/css/order-history',
    'Suivi : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901',
    'Suivi : https://www.colissimo.fr/portail_colissimo/suivre.do?parcelnumber=8R00123456789',
    'Tracking : https://www.ups.com/track?tracknum=1Z999AA10123456784',
    'Suivi Chronopost : chronopost.fr',
    'Relais : https://www.mondialrelay.fr/suivi-de-colis/',
    'DHL : https://www.dhl.com/fr-fr/home/suivi.html',
    'https://www.fedex.com/fedextrack/?trknbr=123456789012',
    'Suivi DPD : dpd.fr/trace/123456',
  ])('reports the allowed link in %s as info only', (text) => {
    const f = found(text, 'external-link')
    expect(f.length).toBe(1)
    expect(f[0]?.[0]).toBe('info')
    expect(blockingFindings(checkPolicy(text))).toEqual([])
  })

  it.each([
    ['Notre site : deco-maison[.]fr', 'deco-maison[.]fr'],
    ['Site : deco-maison(.)fr', 'deco-maison(.)fr'],
    ['Plus d’infos sur notre site jardin-plus . fr', 'jardin-plus . fr'],
    ['Visit shop dot com', 'shop dot com'],
    ['Tapez maboutique point fr', 'maboutique point fr'],
    ['Site : www . jardin-plus . com', 'www . jardin-plus . com'],
    ['Le site jardin-plus .fr', 'jardin-plus .fr'],
    ['voir deco-maison{.}fr/notice', 'deco-maison{.}fr/notice'],
    ['VOIR MONSITE . FR', 'MONSITE . FR'],
    ['jardinplus (point) fr', 'jardinplus (point) fr'],
  ])('flags the disguised link in %s', (text, link) => {
    expect(errors(text, 'external-link')).toEqual([link])
  })

  it.each(['Lien : bit.ly/3xYz12', 'https://tinyurl.com/abc123', 'Voir t.co/xyz', 'cutt.ly/abc'])(
    'flags the shortener %s and names it',
    (text) => {
      const f = checkPolicy(text).filter((x) => x.rule === 'external-link' && x.severity === 'error')
      expect(f.length).toBe(1)
      expect(f[0]?.message).toMatch(/raccourci|[Ss]hortened/)
    },
  )

  it.each([
    'Bonjour.Je vous confirme l’envoi.',
    'Merci M.Dupont pour votre message.',
    'Je joins le fichier notice.zip et readme.md.',
    'Prix : 12.50 € ; taille 1.5 m ; version 2.3.1.',
    'Le colis est parti. Il arrive demain.',
    'Faisons le point de la commande.',
    'Il est à la maison. Merci.',
  ])('does not flag %s', (text) => {
    expect(found(text, 'external-link')).toEqual([])
  })
})

describe('contact-email', () => {
  it.each([
    ['Écrivez à service.client@laposte.net pour toute question.', 'service.client@laposte.net'],
    ['my email is tom dot baker at yahoo dot com', 'tom dot baker at yahoo dot com'],
    ['Adresse mail : lucie.bernard(at)free(.)fr', 'lucie.bernard(at)free(.)fr'],
    ['mail : marie[at]orange[.]fr', 'marie[at]orange[.]fr'],
    ['email me: sam (at) outlook (dot) com', 'sam (at) outlook (dot) com'],
    ['jean.dupont arobase gmail point com', 'jean.dupont arobase gmail point com'],
    ['lina point martin arobase orange point fr', 'lina point martin arobase orange point fr'],
    ['Contact : sophie . leroy @ free . fr', 'sophie . leroy @ free . fr'],
    ['contact [at] atelier-lina [dot] fr', 'contact [at] atelier-lina [dot] fr'],
    ['Mon adresse : paul.martin@gmail', 'paul.martin@gmail'],
    ['mail: lina.shop AT gmail DOT com', 'lina.shop AT gmail DOT com'],
    ['Écrivez à jean.dupont chez gmail point com', 'jean.dupont chez gmail point com'],
    ['mail : compta (chez) atelier-bleu (point) fr', 'compta (chez) atelier-bleu (point) fr'],
  ])('flags %s', (text, email) => {
    expect(errors(text, 'contact-email')).toEqual([email])
    expect(found(text, 'external-link')).toEqual([])
  })

  it.each([
    'We will be at home at 5 pm.',
    'Download the app at www.smartbulb-app.io',
    'Commandez chez amazon.fr, livré chez vous.',
    'Rendez-vous au point relais à 18h.',
    'Follow us on twitter: @gadgetshop',
    'Find us at shop dot com',
    'Retrait (chez) le voisin, point relais fermé.',
  ])('does not flag %s', (text) => {
    expect(found(text, 'contact-email')).toEqual([])
  })

  it('reports "word at domain dot tld" as an address and its domain as a link: either reading is blocked', () => {
    const text = 'Docs at toolhub dot io'
    expect(errors(text, 'contact-email')).toEqual(['Docs at toolhub dot io'])
    expect(errors(text, 'external-link')).toEqual(['toolhub dot io'])
    expect(errors('Find us at shop dot com', 'external-link')).toEqual(['shop dot com'])
    // a name with a dot is an address only
    expect(found('write to j.doe at acme dot com', 'external-link')).toEqual([])
  })
})

describe('contact-phone', () => {
  it.each([
    ['Téléphonez au 02 40 12 34 56.', '02 40 12 34 56'],
    ['Portable : 07.55.44.33.22', '07.55.44.33.22'],
    ['Appelez le 06 12 34 56 78', '06 12 34 56 78'],
    ['Appelez le 06-12-34-56-78', '06-12-34-56-78'],
    ['Tel. 0612345678', '0612345678'],
    ['N° de tel +33612345678', '+33612345678'],
    ['Mon numéro : 0033 6 12 34 56 78', '0033 6 12 34 56 78'],
    ['Tél : +33 (0)1 42 68 53 00', '+33 (0)1 42 68 53 00'],
    ['Reach me at +1 415 555 2671', '+1 415 555 2671'],
    ['Call me at (415) 555-2671 tomorrow', '(415) 555-2671'],
    ['Call us on 020 7946 0958', '020 7946 0958'],
    ['My number is +44 7911 123456', '+44 7911 123456'],
    ['Appelez-moi : +32 470 12 34 56', '+32 470 12 34 56'],
    ['Mon numéro : 06/12/34/56/78', '06/12/34/56/78'],
    ['Portable\u00a0: 06\u00a012\u00a034\u00a056\u00a078', '06\u00a012\u00a034\u00a056\u00a078'],
    // the right length and layout but an unallocated range (made-up or fiction numbers)
    ['Appelez-moi au +44 7700 900456.', '+44 7700 900456'],
    ['Ring 07700 900456 after six', '07700 900456'],
    ['Call (555) 010-4477 after six.', '(555) 010-4477'],
    ['Call 1 800 555 0144 for help.', '1 800 555 0144'],
    ['Bureau : 02/511.22.33', '02/511.22.33'],
    // North American layout in French text, after a texting word
    ['Texte-moi au 438 555 0172 ce soir', '438 555 0172'],
    // a word ending like a context word ("magasin" ends in "asin") does not hide the number
    ['Le magasin de Vannes : 02 97 47 11 22', '02 97 47 11 22'],
    ['Numéro direct : +33 3 88 21 56 47', '+33 3 88 21 56 47'],
    // spelled in French words, in two-digit groups
    [
      'Rappelez-moi au zéro sept, quatre-vingt-dix-neuf, soixante et onze, vingt et un, zéro cinq.',
      'zéro sept, quatre-vingt-dix-neuf, soixante et onze, vingt et un, zéro cinq',
    ],
    [
      'Mon fixe : zéro deux quarante septante-deux treize quinze',
      'zéro deux quarante septante-deux treize quinze',
    ],
  ])('flags %s', (text, phone) => {
    expect(errors(text, 'contact-phone')).toEqual([phone])
  })

  it.each([
    'Commande 408-7654321-1122334 reçue, merci.',
    'Order 171-5551234-0001234 has shipped.',
    'Le code-barres 5449000000996 figure sur l’emballage.',
    'EAN 0012345678905 sur la boîte',
    'Tracking number: 9400111899223344556677',
    'ASIN 0612345678 sur la fiche',
    'Il reste zéro six pièces et quatre-vingts cartons.',
    'Score final : zéro six, puis douze à treize.',
    'USPS tracking 9400 1000 0000 0000 0000 00',
    'Numéro de suivi : 6A12345678901',
    'Suivi DHL : 1234567890',
    'Tracking: 1Z999AA10123456784',
    'Numéro de colis : 0612345678901',
    'Remboursement de 59,90 € effectué le 21/10/2025 à 10:45.',
    'Livraison le 12.03.2025 entre 08:00 et 12:00.',
    'Le 06/12/2024 à 10h30, votre colis était au dépôt.',
    'Le total est de 1 249,90 € TTC.',
    'ASIN B08N5WRWNW est de nouveau en stock.',
    'Référence article : REF-0612345678',
    'Facture n° 2025-000123 jointe.',
    'Votre numéro client est 0412345678.',
    'SIRET 732 829 320 00074',
    'ISBN 978-2-07-036822-8',
    'Garantie 2 ans, lot 2025 03 12 0045.',
    'Horaires : 9h-12h / 14h-18h, du 01/06 au 30/06.',
    'Le produit coûte 1 299,00 € ; référence 3 760 123 456 789.',
    'Dimensions: 0.45 x 0.30 x 0.20 m, weight 12.5 kg.',
    'Le code de retrait de votre colis est 558213.',
    'Votre réclamation est enregistrée sous le numéro 45871236.',
    'Colis du 02/11/2025, livré à 10:30.',
    'Le lot 0470/12 est épuisé.',
    // "00…" may be a barcode: only numbers in service count there
    'Code 0012345678 9 sur le carton',
    'Votre code article 07700900456',
  ])('does not flag %s', (text) => {
    expect(found(text, 'contact-phone')).toEqual([])
  })
})

describe('contact-social', () => {
  it.each([
    ['Retrouvez-nous sur TikTok @deco_maison_fr', ['TikTok', '@deco_maison_fr']],
    ['Texte-moi sur Signal ou WhatsApp.', null],
    ['Follow us on twitter: @gadgetshop', null],
    ['Contactez-moi sur WhatsApp', ['WhatsApp']],
    ['Écrivez sur insta @julie.deco', ['insta', '@julie.deco']],
    ['Ajoutez-moi sur Snapchat : deco.julie', null],
    ['DM me on IG', null],
    ['Envoyez-moi un SMS si besoin.', null],
    ['Écrivez-moi en privé.', null],
    ['Retrouvez-nous sur nos réseaux sociaux.', null],
    ['Trouvez-nous sur facebook.com/decomaison', null],
  ])('flags %s', (text, spans) => {
    const f = errors(text, 'contact-social')
    expect(f.length).toBeGreaterThan(0)
    if (spans) for (const s of spans) expect(f.some((x) => x.includes(s))).toBe(true)
  })

  it.each([
    'Vous recevrez un SMS du transporteur avant la livraison.',
    'Nous avons signalé le problème au transporteur.',
    'The signal light blinks red.',
    'Le signal Wi-Fi est faible.',
    'Suivez les instructions de la notice.',
    'Please follow the instructions in the manual.',
    'Merci de répondre via la messagerie Amazon.',
    'Écrivez à contact@boutique.fr',
  ])('does not flag %s', (text) => {
    expect(found(text, 'contact-social')).toEqual([])
  })
})

describe('marketing', () => {
  it.each([
    'Soldes d’hiver : jusqu’à -50 % sur tout le site !',
    'Abonnez-vous à notre lettre d’information pour ne rien manquer.',
    'Use promo code WELCOME10 for 10% off your next order.',
    'Jetez un œil à nos autres articles, vous pourriez les aimer.',
    '-10% sur votre prochaine commande avec le code MERCI10',
    'Profitez de 15 % de réduction sur toute la boutique !',
    'Découvrez nos nouveautés sur notre boutique Amazon.',
    'Check out our other products!',
    'Sign up for our newsletter.',
    'Offre spéciale : livraison offerte dès 30 € d’achat.',
    'Our summer sale starts tomorrow.',
    'Recevez 5 € de réduction pour votre prochaine commande.',
    'Use coupon SPRING15 at checkout.',
    'Buy one get one free this weekend only!',
  ])('flags %s', (text) => {
    expect(errors(text, 'marketing').length).toBeGreaterThan(0)
  })

  it.each([
    'Nous vous envoyons gratuitement une pièce de rechange.',
    'Nous vous remboursons intégralement la commande.',
    'En compensation, nous vous accordons 20 % de réduction sur cette commande.',
    'We have refunded 30% of the order as a goodwill gesture.',
    'A replacement will ship free of charge today.',
    'Pour votre prochaine commande, pensez à vérifier la taille.',
    'Feel free to contact us next time if anything goes wrong.',
    'Le code postal de l’adresse est incomplet.',
    'We hope you will enjoy your new lamp.',
    'Regarding our return policy, you have 30 days.',
  ])('does not flag %s', (text) => {
    expect(found(text, 'marketing')).toEqual([])
  })
})

describe('review-manipulation', () => {
  it.each([
    'Merci de laisser une note 5 étoiles si tout vous convient.',
    'Leave a 5-star review and get a $10 gift card!',
    'Pouvez-vous supprimer votre avis négatif ? Nous vous ferons un geste.',
    'Please remove your negative feedback, we fixed the problem.',
    'Laissez-nous 5 étoiles !',
    'Si vous êtes satisfait, une évaluation positive nous aiderait.',
    'Nous vous rembourserons si vous modifiez votre avis.',
    'If you are happy with your purchase, please leave us a review.',
    'Contactez-nous avant de laisser un avis négatif.',
    'Recevez un bon d’achat de 10 € pour tout avis laissé.',
    'Votre avis négatif nous pénalise, pourriez-vous le retirer ?',
    'Post a review and we’ll refund your shipping.',
    'Nous rembourserons la différence une fois votre avis publié.',
    'Pourriez-vous ajouter quelques étoiles à votre évaluation ?',
  ])('flags %s', (text) => {
    expect(errors(text, 'review-manipulation').length).toBeGreaterThan(0)
  })

  it.each([
    'Vous pouvez, si vous le souhaitez, partager votre expérience sur la page du produit.',
    'N’hésitez pas à laisser un avis sur la page du produit.',
    'You are welcome to leave a review on the product page.',
    'Merci pour votre avis positif !',
    'Thank you for the 5-star review!',
    'Merci pour vos 5 étoiles !',
    'Nous prenons bonne note de votre remarque.',
    'Si vous changez d’avis, vous pouvez retourner l’article sous 30 jours.',
    'Pouvez-vous modifier le commentaire de livraison ?',
    'Le produit est noté 4,5 étoiles sur 5.',
    'Nous avons lu votre commentaire et allons améliorer l’emballage.',
    'Votre remboursement a été effectué. N’hésitez pas à laisser un avis.',
    'À mon avis, le meilleur choix est la taille M.',
    'Bonne note : le colis partira demain.',
  ])('does not flag %s', (text) => {
    expect(found(text, 'review-manipulation')).toEqual([])
  })
})

describe('sensitive-data', () => {
  it.each([
    ['Mon RIB : FR14 1027 8060 6100 0102 0480 149', 'FR14 1027 8060 6100 0102 0480 149'],
    ['IBAN DE89 3704 0044 0532 0130 00 merci', 'DE89 3704 0044 0532 0130 00'],
    // after the word IBAN a mistyped or made-up checksum is still bank details
    ['IBAN FR14 1027 8060 6100 0102 0480 148', 'FR14 1027 8060 6100 0102 0480 148'],
    ['Numéro de carte 5131 2345 6789 0120, expire 03/28', '5131 2345 6789 0120'],
    ['Card number 5555-5555-5555-4444 exp 11/26', '5555-5555-5555-4444'],
    ['carte 4242424242424242 exp 12/27', '4242424242424242'],
    ['Password: hunter2 — can you log in?', 'Password: hunter2'],
    ['Mon mot de passe : Soleil2024!', 'mot de passe : Soleil2024!'],
    ['Numéro de sécurité sociale : 1 85 05 78 006 084 36', '1 85 05 78 006 084 36'],
    ['Le mot de passe du wifi : Maison#2024', 'mot de passe du wifi : Maison#2024'],
    ["Mon mot de passe Netflix c'est Bobo1234", "mot de passe Netflix c'est Bobo1234"],
    ['identifiant marc, pwd Kx9mP2qL', 'pwd Kx9mP2qL'],
    ["Le code de ma carte bleue c'est 4821", "code de ma carte bleue c'est 4821"],
    ['Le mot de passe du wifi de la box est Tigre2024', 'mot de passe du wifi de la box est Tigre2024'],
    // the sort code alone is enough; with it the account number is bank details too
    ['Sort code: 40-47-84, account 70872490', '40-47-84', '70872490'],
    ['Routing number 021000021 for the wire', '021000021'],
    ['Passport no. for the customs form: 18AV12345', '18AV12345'],
  ])('flags %s', (text, ...spans) => {
    expect(errors(text, 'sensitive-data')).toEqual(spans)
  })

  it.each([
    'Paiement effectué avec la carte se terminant par 4242.',
    'Le mot de passe est incorrect, réinitialisez-le depuis votre compte.',
    'Never share your password with anyone.',
    'Le code-barres 5449000000996 figure sur l’emballage.',
    'Commande 408-7654321-1122334',
    // without the word IBAN (or RIB, Bankverbindung) before it, a failed checksum is not an IBAN
    'Référence FR14 1027 8060 6100 0102 0480 148 (chiffre de contrôle faux)',
    'Card 4242 4242 4242 4241 (fails Luhn)',
    'Le mot de passe de votre compte est personnel.',
    'Choisissez un mot de passe robuste, 12 caractères minimum.',
    'Password reset requests go through Amazon.',
    'Activez le mot de passe 2FA dans votre compte.',
    'Le code de la carte de fidélité est inutile pour un retour.',
    'Sort code and account number are never asked for here.',
    'Passport photos are not needed for this order 408-7654321-1122334.',
  ])('does not flag %s', (text) => {
    expect(found(text, 'sensitive-data')).toEqual([])
  })
})

describe('warnings', () => {
  it('flags emoji, shouting and thank-you-only messages without blocking', () => {
    const f = checkPolicy('MERCI BEAUCOUP POUR VOTRE COMMANDE 😀')
    expect(f.map((x) => x.rule).sort()).toEqual(['emoji', 'shouting', 'thanks-only'])
    expect(blockingFindings(f)).toEqual([])
    expect(checkPolicy('Merci pour votre commande, bonne journée !').map((x) => x.rule)).toEqual([
      'thanks-only',
    ])
    expect(checkPolicy('Merci, le colis part demain.').map((x) => x.rule)).toEqual([])
    expect(checkPolicy('Le modèle XL-200 (EAN, SKU) est en stock.').map((x) => x.rule)).toEqual([])
  })
})

describe('findings', () => {
  const text =
    'Bonjour, appelez le 06 12 34 56 78 ou écrivez à a.b@free.fr, voir www.site.fr. Laissez-nous 5 étoiles !'
  const findings = checkPolicy(text)

  it('are sorted by start, with valid spans', () => {
    const starts = findings.map((f) => f.start)
    expect(starts).toEqual([...starts].sort((a, b) => a - b))
    for (const f of findings) expect(0 <= f.start && f.start < f.end && f.end <= text.length).toBe(true)
    expect(findings.map((f) => f.rule)).toEqual([
      'contact-phone',
      'contact-email',
      'external-link',
      'review-manipulation',
    ])
  })

  it('explain in the language of the message, or the one asked for', () => {
    const fr = checkPolicy('Appelez le 06 12 34 56 78')[0] as Finding
    const en = checkPolicy('Please call me on +33 6 12 34 56 78')[0] as Finding
    expect(fr.message).toMatch(/téléphone/)
    expect(en.message).toMatch(/Phone number/)
    expect((checkPolicy('Appelez le 06 12 34 56 78', { lang: 'en' })[0] as Finding).message).toMatch(/Phone/)
    for (const f of findings) expect(f.message.length).toBeGreaterThan(30)
  })

  it('blockingFindings keeps the errors', () => {
    const f = checkPolicy('Retour sur https://www.amazon.fr/returns, appelez le 06 12 34 56 78')
    expect(f.map((x) => x.severity)).toEqual(['info', 'error'])
    expect(blockingFindings(f).map((x) => x.rule)).toEqual(['contact-phone'])
  })

  it('are empty for an empty or clean message', () => {
    expect(checkPolicy('')).toEqual([])
    expect(checkPolicy('Bonjour, votre colis part demain. Cordialement.')).toEqual([])
  })
})

describe('detectLanguage', () => {
  it.each([
    ['Bonjour, votre colis est parti ce matin.', 'fr'],
    ['Hello, your parcel left this morning.', 'en'],
    ['Merci !', 'fr'],
    ['Thanks for your order, it will ship today.', 'en'],
    ['', 'fr'],
    ['Le colis a été expédié à Londres.', 'fr'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang)
  })
})

describe('findings that meet', () => {
  it('an invitation elsewhere starts after the phone number it follows, never inside it', () => {
    const text = 'Hello, call me on +44 20 7946 0958 or WhatsApp, and please leave us 5 stars!'
    const findings = checkPolicy(text)
    const phone = findings.find((f) => f.rule === 'contact-phone')!
    const social = findings.find((f) => f.rule === 'contact-social')!
    expect(text.slice(phone.start, phone.end)).toBe('+44 20 7946 0958')
    expect(social.start).toBeGreaterThanOrEqual(phone.end)
    expect(text.slice(social.start, social.end)).toBe('or WhatsApp')
  })
})
