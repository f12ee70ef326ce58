/**
 * Marketing phrases as data: word sets, rules and exceptions (service recovery on the current order,
 * "we don't offer promo codes", the buyer's question answered no).
 * Part of the phrase lexicon: the syntax and conventions are described in lexicon.ts.
 */
import type { PhraseException, PhraseRule } from './lexicon'
import type { PhraseSets } from './phrases'

export const MARKETING_SETS: PhraseSets = {
  /** Things a seller cross-sells besides whole product ranges ("des housses assorties", "the 3m version"). */
  PRODUCT_NOUN: [
    '@PRODUCTS',
    'version{,s}',
    'modele{,s}',
    'model{,s}',
    'colo{u,}rs',
    'couleurs',
    'coloris',
    'pack{,s}',
    'housse{,s}',
    'accessoire{,s}',
    'accessor{y,ies}',
    'recharge{,s}',
    'refill{,s}',
    'assorti{,e,s,es}',
    'matching',
    'coordonne{,e,s,es}',
    'produkt{,e,en}',
    'artikel',
    'modell{,e}',
    'zubehor',
    'set{,s}',
    'passend{,e,en}',
    'sortiment',
  ],
  /** A seller's possessive before what it sells. */
  OUR: ['unsere{,n,m,r,s}', 'unser', 'our', 'notre', 'nos', 'mon', 'ma', 'mes', 'my'],
  /** What a seller's own words name that is service, not goods ("our customer service", "nos conseils"). */
  SERVICE_THING: [
    'service',
    'customer',
    'kunden*',
    'guide{,s}',
    'notice{,s}',
    'faq',
    'conseil{,s}',
    'tip{,s}',
    'help',
    'hilfe',
    'anleitung',
    'instruction{,s}',
    'policy',
    'politique',
    'support',
    'team',
    'equipe',
    'page d aide',
    'retour{,s}',
    'return{,s}',
    'formulaire',
    'form',
    'method',
    'methode',
    'procedure',
    'advice',
    'rat',
    'tipps',
    'shipping',
    'livraison',
    'versand',
    'delivery',
    'packaging',
    'emballage',
    'collegue{,s}',
    'colleague{,s}',
    'kolleg*',
    'suggestion{,s}',
    'solution{,s}',
    'losung{,en}',
    'vorschlag',
    'steps',
    'etapes',
    'troubleshooting',
    'horaires',
    'hours',
    'offnungszeiten',
    'conditions',
    'cgv',
    'delais',
    'reparateur',
    'werkstatt',
  ],
  /** What "our …" names when it is the order's own business, not goods ("our parcel has arrived"). */
  NOT_GOODS: [
    'colis',
    'parcel{,s}',
    'paket{,e}',
    'package{,s}',
    'replacement',
    'remplacement',
    'ersatz*',
    'courier',
    'livreur',
    'fahrer',
    'driver',
    'stock',
    'lieferung',
    'delivery',
    'shipment',
    'envoi',
    'sendung',
    'order',
    'commande',
    'bestellung',
    'reponse',
    'answer',
    'antwort',
    'technicien',
    'technician',
    'techniker',
    'piece{,s}',
    'part{,s}',
    'ersatzteil{,e}',
  ],
  DAY: [
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain',
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow',
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|morgen',
  ],
  FUTURE_ORDER: [
    'prochain{,e,es,s} (commande{,s}|achat{,s}|visite)',
    '(commande{,s}|achat{,s}) (suivant{,e,es,s}|futur{,e,es,s}|ulterieur{,e,es,s})',
    'futur{,e,es,s} (commande{,s}|achat{,s})',
    'next (order{,s}|purchase{,s}|visit|time)',
    'future (order{,s}|purchase{,s})',
    'prochaine fois',
    'nachste{,n,r} (bestellung|einkauf|kauf)',
    '(bestellung|einkauf) (beim|bei) (nachsten|nachstes) mal',
    'nachstes mal',
  ],
  OFFER: [
    'reduction{,s}',
    'reduc',
    'remise{,s}',
    'rabais',
    'promo*',
    'code{,s} (promo*|de reduction|reduc)',
    'coupon{,s}',
    'bon{,s} (d achat|de reduction)',
    '%',
    'offert{,e,s,es}',
    'gratuit{,e,s,es}',
    'for free',
    'free (shipping|delivery|gift|product|item|sample)',
    'discount*',
    'cadeau{,x}',
    'voucher{,s}',
    'saving{,s}',
    'rabatt*',
    'gutschein*',
    'ermassigung',
    'preisnachlass',
    'nachlass',
    'aktionscode',
    'angebot{,e}',
    'sonderangebot{,e}',
    'gratis',
    'kostenlos{,e,en}',
    'geschenkt',
  ],
  PRODUCTS: [
    'produits',
    'articles',
    'modeles',
    'references',
    'creations',
    'collection{,s}',
    'gamme{,s}',
    'catalogue{,s}',
    'boutique{,s}',
    'magasin{,s}',
    'vitrine',
    'nouveautes',
    'offres',
    'promotions',
    'selection{,s}',
    'univers',
    'marque{,s}',
    'site{,s}',
    'products',
    'items',
    'models',
    'range{,s}',
    'catalog{,ue,s,ues}',
    'shop{,s}',
    'store{,s}',
    'storefront',
    'brand{,s}',
    'new arrivals',
    'best sellers',
    'bestsellers',
    'meilleures ventes',
    'page vendeur',
    'seller page',
    'deals',
    'offers',
    'listings',
    'website',
    'produkte',
    'artikel',
    'sortiment',
    'kollektion{,en}',
    'neuheiten',
    'angebote',
    'shop',
    'onlineshop',
    'laden',
    'marke',
    'seite',
    'homepage',
    'storefront',
  ],
  LOOK: [
    'decouvr*',
    'jet* (un|y) ~2 oeil',
    'consult*',
    'visit*',
    'parcour*',
    'explor*',
    'voir',
    'voyez',
    'regard{ez,er,e}',
    'feuillet*',
    'faites un tour',
    'check{,s,ing} out',
    'check',
    '(take|have|taking) a (look|peek)',
    'look at',
    'browse',
    'discover',
    'see',
    'shop',
    'entdeck{en,t}',
    'schau{en,t}',
    'besuch{en,t}',
    'stober{n,t}',
    'werf{en,t} (sie)? (einen|mal einen)? blick',
    'sehen sie sich',
  ],
}

export const MARKETING_RULES: readonly PhraseRule[] = [
  {
    id: 'marketing-promo',
    rule: 'marketing',
    patterns: [
      'code{,s} (promo{,s}|promotionnel{,s}|reduc|avantage|parrainage|cadeau|de (reduction|remise|reduc|promo))',
      '(promo|promotional|discount|coupon|voucher|referral|reduction) code{,s}',
      'coupon{,s} !((de|d) (retour|reponse|garantie|livraison))',
      'bon{,s} (de reduction|de remise|promo*)',
      // a code or voucher worth an amount, or valid across the shop: "un code de 10 €", "valable sur toute la boutique"
      '(code{,s}|coupon{,s}|voucher{,s}|bon{,s} d achat) (de|d|of|worth|for)? # (€|%|euro{,s}|$|£)',
      '(valable{,s}|valid|utilisable{,s}|usable|applicable) (sur|on|dans|in|for|across) (tout|toute|tous|toutes|l ensemble|all|any|our|notre|nos|la boutique|le site|the store|the shop|the whole)',
      '- # (%|pourcent{,s}|percent)',
      '# (%|pourcent{,s}|percent) (de|d)? (reduction|remise|rabais|promo|moins|off|discount|reduc|economie{,s})',
      '(jusqu|jusque|up) (a|to) -? # %',
      '(save|saving|economisez|economiser|economise|spar{en,t,st}) (sie|du)? ~2 # (%|€|$|£|euro{,s}|prozent)',
      '# (%|€|$|£|euro{,s}|prozent) (sparen|sparst|spart|sparen sie)',
      '# % (auf|fur) (alles|alle|das gesamte|den ganzen|das ganze|unser{,e,en}|ihren nachsten)',
      '# % (sur|on|off) (tout|toute|tous|toutes|l ensemble|l integralite|la boutique|le site|le magasin|notre|nos|all|everything|our|your next|the whole|sitewide)',
      'soldes',
      'destockage',
      'liquidation totale',
      '(vente{,s}|sale{,s}) (flash|privee{,s})',
      '(clearance|summer|winter|spring|autumn|fall|holiday|christmas|easter|big|huge|mega|annual|seasonal|flash) sale{,s}',
      'black friday',
      'cyber monday',
      'french days',
      'offre{,s} (special{,e,es}|exclusi{f,ve,ves,fs}|limite{,e,es}|promotionnel{,le,les}|de bienvenue|du moment|exceptionnel{,le,les}|flash)',
      '(special|exclusive|limited|limited time|flash|promotional|welcome) (offer{,s}|deal{,s}|discount{,s}|promotion{,s})',
      'prix (casse{,s}|barre{,s}|promotionnel{,s}|mini|imbattable{,s}|exceptionnel{,s}|special|speciaux|choc)',
      '(profit*|take advantage|enjoy|ne manquez pas|ne ratez pas|ne loupez pas|don t miss|hurry|depechez vous) ~4 (offre{,s}|offer{,s}|promo*|solde{,s}|reduction{,s}|remise{,s}|deal{,s}|sale{,s}|discount{,s}|vente{,s}|prix|bon{,s} plan{,s}|reduc|prime day{,s}|black friday|cyber monday|french days)',
      '(having|have|holding|launch*|lancons|lance{,r,z}) (a|an|our|une|des|nos|notre)? ~1 (sale|soldes|promotion{,s}|promo{,s}|vente privee|vente flash)',
      '(en|nos|notre|grande{,s}|actuel{,le,les}|special{,e,es}|our|current) (promotion{,s}|promo{,s})',
      '(promotion{,s}|promo{,s}) (en cours|du moment|exceptionnel{,le,les}|special{,e,es})',
      'bon{,s} plan{,s}',
      'livraison{,s} (gratuite{,s}|offerte{,s}) (des|a partir|pour tout|sur tout|sur toute|sur tous)',
      'frais de port{,s} (gratuit{,s}|offert{,s}) (des|a partir|pour tout|sur tout)',
      'free (shipping|delivery) (on|over|for) (all|orders|every|any)',
      '# (achete{,s}|achetes) ~2 # offert{,s}',
      'buy (one|1|2|two) get (one|1)',
      '(#|two|three|deux|trois|zwei|drei) (for|pour|fur) -? (#|one|two|un|deux|eins|zwei) (on|sur|auf|offer{,s}|offre{,s}|deal{,s}|angebot|aktion|all|tous|toutes|alle|this|cette|ce|diese{,s,n})',
      // an nth item free, whatever bought it: "le 3e est offert", "the third one is free", "der dritte gratis"
      '(2e|3e|4e|2eme|3eme|4eme|deuxieme|troisieme|quatrieme|second|third|fourth|2nd|3rd|4th|zweite{,s,n,r}|dritte{,s,n,r}|vierte{,s,n,r}) (one|un|une|article|item|stuck)? (est|is|s|ist|sera|will be|gibt es|bekommen sie) (ist|also|alors|dann|then|aussi)? (offert{,e}|free|gratuit{,e}|gratis|geschenkt|kostenlos|half price|a moitie prix|moitie prix|zum halben preis) !(of|from|von|de)',
      // an offer with a deadline: "le 3e est offert jusqu'à dimanche", "gratis bis Sonntag"
      '@OFFER ~6 (jusqu a|jusqu au|until|till|bis|through) (@DAY|ce soir|tonight|minuit|midnight|la fin|fin|end|ende|#)',
      // on offer right now: "beide gerade im Angebot", "currently on offer", "actuellement en promotion"
      '(gerade|derzeit|aktuell|jetzt|momentan|currently|actuellement|en ce moment|right now|now) (im|on|en|in) (angebot|sonderangebot|offer|special offer|promotion|promo|aktion|reduziert)',
      'bundle{,s} (deal{,s}|offer{,s}|price{,s}|pricing|discount{,s}|saving{,s})',
      // cheaper elsewhere by an amount: "10 % günstiger", "20% cheaper", "5 € moins cher"
      '# (%|€|$|£|euro{,s}|prozent|pourcent|percent) (gunstiger|billiger|cheaper|moins cher{,e,s,es})',
      // multi-buy offers: "achetez-en deux, le troisième est offert", "buy two, get the third free"
      '(buy|achet*|command*|order) ~5 (second|third|2nd|3rd|deuxieme|troisieme|2e|3e|2eme|3eme) ~4 (free|offert{,e}|gratuit{,e}|half price|a moitie prix)',
      '(buy|achetez|commandez|order) (one|1|2|two|3|three|un|une|deux|trois) ~2 (get|recevez|obtenez) ~3 (free|offert{,e,s}|gratuit{,e,s}|half price|a moitie prix)',
      // a time-limited percentage or price drop: "-20 % jusqu'à vendredi", "prices drop 20% until Friday"
      '(prix|prices|tarifs) (drop|dropping|down|baissent|en baisse|cut|slashed|casses) ~3 # %',
      '# % ~4 (until|till|through|jusqu (a|au)) (@DAY|ce soir|tonight|minuit|midnight|la fin|the end|fin|end|#)',
      '# % ~4 (this (week|weekend|month)|cette semaine|ce (week end|mois)|today only|aujourd hui seulement|for (a|one) (week|day)|pendant # (jours|heures|h)|for # (days|hours))',
      '(stock up|faites le plein|faites vos stocks)',
      '(before|avant) ~3 (price{,s}|prix|tarif{,s}) ~2 (go{,es}|going|rise{,s}|increase{,s}|augment*|remont*)',
      '(parrainez|parrainage|referral program|refer a friend)',
      '(programme|carte|club) (de)? fidelite',
      'loyalty (program|programme|card|club|points)',
      '(treuepunkt{,e,en}|bonuspunkt{,e,en}|treueprogramm{,e}|treuekarte{,n}|stempelkarte{,n}|kundenkarte{,n}|treuebonus|treuerabatt)',
      '(sammeln|sammelt|sammle|collect{,ing}|cumulez|cumuler|collectez) (sie)? ~2 (punkte|points|stempel|stamps|tampons)',
      // "cumulez des points fidélité", "earn reward points"
      'point{,s} (de)? fidelite',
      '(cumul*|accumul*|earn{,ing}) ~2 (point{,s}|reward{,s}) (a chaque|sur chaque|par|on every|with every|for every|per)',
      '(jeu{,x} concours|concours|giveaway{,s}|tirage{,s} au sort|sweepstake{,s}|prize draw{,s}|contest{,s}|gewinnspiel{,e}|verlosung{,en})',
      '(verlos{en,t,e}|raffl{e,ing}|tir{ons,er} au sort) ~6 (ein|einen|eine|a|an|un|une)? ~3 (set|paket|uberraschungspaket|preis|gutschein|prize|lot|cadeau|gift|bundle)',
      '(enter|participez|participer|inscrivez vous) ~3 (draw|tirage|competition|giveaway)',
      // urgency and thresholds: "while stocks last", "5 € offerts dès 50 € d'achat", "£5 off when you spend £30"
      'while (stocks|stock|supplies) last{,s}',
      '(jusqu a|dans la limite des) (epuisement|stocks disponibles)',
      '(offert{,e,s,es}|gratuit{,e,s,es}|off|free|de remise|de reduction) (des|a partir de|au dela de|over|when you spend|on orders over|for orders over|pour tout achat|pour toute commande|for any order|with any order)',
      // a price cut right now: "en ce moment… à moitié prix", "currently half price"
      '(en ce moment|actuellement|right now|currently|cette semaine|this week|ce week end|this weekend|ce mois ci|this month) ~12 (moitie prix|half price|half off|on sale|en solde{,s}|en promo*|prix (casse{,s}|barre{,s}|reduit{,s}))',
      '(moitie prix|half price|half off|on sale|en solde{,s}) ~4 (en ce moment|actuellement|right now|currently|cette semaine|this week|ce week end|this weekend|ce mois ci|this month)',
      // a second item for less: "order another within 7 days and we'll knock a tenner off"
      '(order|buy|achet*|command*|prenez|take|get) (another|a second|a 2nd|un autre|une autre|un deuxieme|une deuxieme|un second|une seconde|a third) ~10 (off|discount*|reduction|remise|offert{,e}|free|moins cher|cheaper|half price|moitie prix)',
      // VIP perks: "early access to our sales", "accès anticipé aux soldes"
      '(early access|acces anticipe|acces prioritaire|acces vip)',
      'vip (access|club|program*|member*|customer{,s}|client{,s}|sale{,s}|list)',
      '(gutscheincode{,s}|rabattcode{,s}|aktionscode{,s}|promocode{,s}|sonderangebot{,e}|adventsangebot{,e}|wochenangebot{,e}|sommerangebot{,e}|winterangebot{,e}|ausverkauf|schlussverkauf|sommerschlussverkauf|rabattaktion{,en})',
      '# (%|prozent) (rabatt|nachlass|ermassigung|reduziert)',
      '(jede{,n} (woche|tag|monat)|chaque (semaine|jour|mois)|every (week|day|month)|regelmassig|regularly|regulierement) ~4 (neue{,s,n}|nouvelle{,s}|nouveau{,x}|new|angebot{,e}|offre{,s}|deal{,s}|promo*|sale{,s})',
      // the same in the other order: "plein de nouvelles pièces chaque semaine", "new designs every month"
      '(neue{,s,n}|nouvelle{,s}|nouveau{,x}|nouveaute{,s}|new|neuheit{,en}|angebot{,e}|offre{,s}|deal{,s}|promo{,s}) ~4 (jede{,n} (woche|tag|monat)|chaque (semaine|jour|mois)|toutes les semaines|tous les (jours|mois)|every (week|day|month)|each (week|month)|wochentlich|weekly|hebdo*)',
      // a channel or list that carries news and offers: "einen Telegram-Kanal mit allen Neuheiten und Angeboten"
      '(kanal|channel|chaine|groupe|group|gruppe|liste|list|compte|account|page|seite|profil|profile) @PLATFORM? (mit|with|avec|for|pour|fur) (allen|all|toutes|tous|den|les|nos|our|unseren|unsere{,n})? ~2 (neuheiten|angebote{,n}|offres|deals|promos|promotions|nouveautes|new arrivals|bons plans|aktionen|rabatte{,n}|codes|discounts|offers|sales|soldes)',
      // a price deal offered in person: "je vous fais un prix", "I'll do you a better deal", "ich mache Ihnen einen guten Preis"
      '(je|j|on|nous|i|we|ich|wir) (vous|te|you|u|ihnen|dir)? (fais|fait|ferai|ferons|faisons|ll do|will do|can do|could do|d do|do|mache|machen|gebe|geben|mach) (vous|te|you|u|ihnen|dir)? (un|une|a|an|einen|ein)? (petit|bon|meilleur|better|good|special|great|nice|guten|besseren|speziellen|sonder)? (prix|tarif|deal|price|preis|sonderpreis|freundschaftspreis)',
      // a price advantage: "pour un tarif préférentiel", "a special price for you", "zum Vorzugspreis"
      '(tarif{,s}|prix|price{,s}|pricing|preis{,e}|rate{,s}|condition{,s}) (preferentiel{,s,le,les}|privilegie{,s}|avantageu{x,se,ses}|d ami|preferential|exclusive|friends and family|insider)',
      '(vorzugspreis{,e}|sonderpreis{,e}|sonderkondition{,en}|freundschaftspreis{,e}|vorzugskondition{,en})',
      // goods also to be had from us: "le tome 2 est aussi disponible chez nous", "also available directly from us"
      '(disponible{,s}|available|erhaltlich|verfugbar|en vente|for sale|a vendre|zu haben) ~3 (chez nous|bei uns|from us|with us|direct from us|directly from us|direkt bei uns|en direct)',
      // the catalogue handed over: "here's our 2025 catalogue", "voici notre catalogue", "anbei unser Katalog"
      '(here s|here is|heres|voici|voila|hier ist|hier finden sie|anbei|ci joint|attached|see) (our|notre|nos|unser{,e,en}|my|mon) ~2 (catalogue{,s}|catalog{,s}|katalog{,e}|brochure{,s}|lookbook{,s}|price list|liste de prix|preisliste|flyer{,s}|prospekt{,e}|broschure{,n})',
      // many new goods: "lots of new pieces this year", "plein de nouveautés", "viele neue Designs"
      '(lots of|plenty of|loads of|tons of|plein de|beaucoup de|des tas de|viele|jede menge|zahlreiche) (new|nouvelle{,s}|nouveau{,x}|neue{,n}) ~1 (@PRODUCT_NOUN|piece{,s}|design{,s}|creation{,s}|item{,s}|thing{,s}|stuff|sachen|teile|stucke|produits|products|modeles|models|styles)',
      '(prix|tarif{,s}) (de gros|revendeur{,s}|professionnel{,s})',
      '(wholesale|bulk) (price{,s}|pricing|order{,s}|discount{,s}|rate{,s}|deal{,s})',
      '(grosshandel*|mengenrabatt{,e}|staffelpreis{,e})',
      '(au bout de|apres|after|nach|des|ab) # (commandes|achats|orders|purchases|bestellungen|einkaufen|einkaufe) ~8 (offert{,e,s,es}|gratuit{,e,s,es}|free|gratis|kostenlos|remise|reduction|discount|rabatt|off)',
      '(restock|stock) (alert{,s}|notification{,s}) !(from amazon)',
      '(we|nous|on|wir) (post|poste{,ns}|publi{e,ons}|partage{,ons}|share|posten|zeigen|teilen) ~4 (deal{,s}|offer{,s}|promo*|offre{,s}|angebot{,e}|nouveaut*|new|neue{,n}|restock{,s}|bons plans|codes)',
      '(folgt|folgen sie|suivez|follow|abonnez) (uns|nous|us) ~8 (nouveaut*|new|neue{,n}|first|zuerst|en avant premiere|deals|promos|offres|angebote|verpassen|rater|miss|bons plans|aktionen) !(ideen|idees|ideas|inspiration{,s,en})',
      '(spend|depensez|depenser) (over|plus de|more than|au moins|at least)? (£|€|$)? # (£|€|$|euro{,s})?',
      '(ab|from) # (€|euro{,s}) (bestellwert|einkaufswert|einkauf)',
      // a threshold named before its amount: "ab einem Bestellwert von 50 €", "à partir d'un montant de 40 €"
      '(ab|from|over|des|a partir d|a partir de|au dela d|au dela de|pour tout|pour toute|for any|on any) (einem|un|une|a|an)? (bestellwert|einkaufswert|warenwert|montant|achat|commande|order value|order|purchase|spend) (von|de|d|of|over)? ((£|€|$) #|# (€|£|$|euro{,s}|eur))',
      '(shipping|delivery|livraison|versand|port) (is|est|ist) (on us|offert{,e}|offerts|gratis|kostenlos|geht auf uns)',
      '(shipping|delivery|livraison|versand|port) (on us|geht auf uns)',
      '(sommersale|wintersale|fruhlingssale|herbstsale|sommerschlussverkauf|winterschlussverkauf)',
      '(unser{,e,en}|our|notre|nos|der|the|le|la) (sale|sales|soldes|ausverkauf) (startet|beginnt|lauft|endet|starts|begins|ends|commence{,nt}|demarre{,nt}|is on|sont lance{,e,s,es})',
    ],
  },
  {
    id: 'marketing-future',
    rule: 'marketing',
    patterns: [
      '@FUTURE_ORDER ~6 @OFFER',
      '@OFFER ~8 @FUTURE_ORDER',
      // "get free extra filters with your next order", "recevez un cadeau gratuit à votre prochaine commande"
      '(get|receive|enjoy|recevez|recevoir|obtenez|profitez|erhalten|bekommen|gibt es) ~4 (free|gratuit{,e,s,es}|gratis|kostenlos{,e,en}) ~6 @FUTURE_ORDER',
    ],
  },
  {
    id: 'marketing-newsletter',
    rule: 'marketing',
    patterns: [
      'newsletter{,s}',
      'infolettre{,s}',
      'lettre{,s} (d|de) (information{,s}|info{,s}|actualite{,s})',
      'liste{,s} de diffusion',
      '(mailing|email|e mail) list{,s}',
      'abonnez vous',
      'abonne toi',
      '(abonnez|abonner|inscrivez|inscrire) (vous|toi)? (a|au|aux|sur) (notre|nos|ma|mon)',
      '(subscribe|sign up|signup|register) (to|for|on)? (our|my)',
      'join our (mailing list|newsletter|community|club|vip|list|group|program|programme)',
      // a group on a network is a channel (contact-social), not a mailing list
      'rejoignez (notre|nos) (communaute|club|groupe|liste) !(@PLATFORM)',
    ],
  },
  {
    id: 'marketing-products',
    rule: 'marketing',
    patterns: [
      '@LOOK ~4 (nos|notre|our|mes|ma|mon|my|unsere{,n,m,r,s}|unser|meine{,n,m,r,s}|mein) ~2 @PRODUCTS',
      // German verb-last: "einfach in unserem Shop stöbern", "in unserem Sortiment vorbeischauen"
      '(in|im|auf|durch) (unserem|unserer|unseren|unser|meinem|meiner|meinen|mein) ~2 @PRODUCTS ~3 (stober{n,t}|vorbeischauen|vorbei|umsehen|umschauen|reinschauen|entdecken|browsen)',
      '(nos|our) (autres|other|nouveaux|nouvelles|new|latest|derniers|dernieres|autre) ~1 @PRODUCTS',
      '(d autres|other|similar|similaires|complementaires|assortis) ~2 (produit{,s}|article{,s}|product{,s}|item{,s}) ~8 (plaire|plairont|interess*|aimer|like|love|interest*|enjoy)',
      '(nouvelle{,s}|new) (collection{,s}|gamme{,s})',
      // round-e2 families. A season's collection in one German word: "in unsere neue Herbstkollektion"
      '(unsere{,n,m,r}|neue{,n}|new|our) (herbstkollektion|winterkollektion|sommerkollektion|fruhjahrskollektion|fruhlingskollektion|weihnachtskollektion|kollektion)',
      // a line launched: "nous lançons le mois prochain une ligne de serviettes", "we're launching a range of …"
      '(nous lancons|nous allons lancer|on lance|we re launching|we are launching|we ll launch|we will launch|we launch|wir launchen|wir bringen) ~5 (une|un|a|an|eine{,n}|new|nouvelle|nouveau|neue{,n})? (ligne|line|collection|range|gamme|kollektion|serie|produktlinie)',
      // new goods shown first on a channel: "dort zeigen wir neue Röstungen immer zuerst", "we show new scents there first"
      '(zeigen|zeigt|prasentieren|show{,s}|reveal{,s}|montre{,nt}|montrons|presentons|devoilons) (wir|we|nous)? ~3 (neue{,n,s}|new|nouveaux|nouvelles|nouveautes|latest) ~3 (zuerst|first|en premier|en avant premiere|vorab|als erstes)',
      // cheaper than here, buying direct: "des prix plus doux qu'ici", "buy from us directly rather than through Amazon"
      '(prix|price{,s}|preise{,n}|tarif{,s}) ~2 (plus doux|plus bas|plus avantageux|moins cher{,s,e,es}|lower|cheaper|better|gunstiger{,e}|niedriger{,e}|besser{,e}) (qu ici|than here|than on amazon|qu sur amazon|als hier|als bei amazon|als auf amazon)',
      '(buy*|order*|purchas*|achet*|command*|kauf*|bestell*) ~3 (rather than|instead of|plutot que|au lieu de|statt|anstatt) (through|via|sur|par|uber|on|de|d|passer par|bei|auf)? ~1 amazon',
      // goods also on another marketplace: "we've got loads more designs on etsy too"
      '(more|other|autres|d autres|weitere|andere|plus de) ~2 (designs|modeles|motifs|pieces|items|articles|creations|kreationen|prints|drucke|affiches|posters|styles|@PRODUCT_NOUN) ~3 (on|sur|auf|bei) (etsy|ebay|vinted|leboncoin|cdiscount|fnac|rakuten|notonthehighstreet|our|notre|nos|unserem|unserer)',
      // the whole range kept on the seller's own shop: "toute la collection est sur notre boutique en ligne"
      '(toute|tout|the whole|the full|all|die ganze|das ganze|unser ganzes) (la|le|l|our|notre|nos)? (collection|gamme|range|catalogue|catalog|kollektion|sortiment) ~2 (est|is|sont|are|ist|findet sich|gibt es) ~2 (sur|on|in|dans|auf|im) (notre|our|unserem|unserer|nos) (boutique|site|shop|store|onlineshop|webshop|website)',
      // "notre collection de Noël", "our Christmas collection" (not "our collection point")
      '(notre|our|nos) ~1 collection{,s} !(point{,s}|service|slot{,s}|time{,s}|address|depot|centre|center)',
      'offre{,s} valable{,s}',
      '(nos|our) nouveautes',
      'new arrivals',
      'nouveaux (produits|articles|modeles)',
      'recommand{er,ons,e} (nos|notre|our) ~2 @PRODUCTS',
      // "notre boutique propose aussi…", "our store also sells…"
      '(notre|nos|our|ma|mon|my) (boutique|shop|store|magasin|marque|brand|gamme|range|catalogue|catalog|storefront) (also)? (propos*|offr*|offer{,s}|has|have|sell{,s}|vend{,ent}|carr{y,ies}|includ*|compren*|dispos*) (aussi|egalement|also|d autres|other|many|plein|de nombreux|more)',
      // cross-selling: "vous aimerez sûrement notre tapis assorti", "our matching pillowcases"
      '(vous|you) (aimerez|adorerez|apprecierez|will|ll|would|d) (love|like|enjoy|also|surement|certainement|aussi|egalement|sans doute|probably|surely)? (love|like|enjoy)? (notre|nos|our)',
      '(grab|stock up on) (our|nos|notre) ~2 @PRODUCTS',
      '(vous (aimerez|adorerez|apprecierez)|(you|u) (will|ll|d|would) (love|like|enjoy)) ~2 (notre|nos|our)',
      // completing the purchase with another product: "complétez votre set avec notre housse assortie"
      '(complet{er,ez,ant}|complete{,s}|completing|accompagn{er,ez}|pair) ~4 (avec|with) (notre|nos|our|ma|mon|mes|my) ~2 @PRODUCT_NOUN',
      '(complet{er,ez,ant}|complete{,s}|completing) (votre|vos|your|la|le|l|the|ta|ton|ce|cette|this) (set|tenue|collection|look|ensemble|service|kit|equipement|outfit|setup|panoplie|parure|lot|gamme|range|decor|deco) ~1 (avec|with) (notre|nos|our|ma|mon|mes|my|un|une|des|a|an|the|le|la|les)',
      'vous (pourriez|pourrez|aimerez|aimeriez) (aussi|egalement) (aimer|etre interesse*|apprecier)',
      // "we also stock the 3m version", "nous proposons aussi des housses assorties"
      '(we|nous|on|je|i) (also|aussi|egalement) (sell*|stock*|carr{y,ies}|make|vend*|fabriqu*|propos*|offr*|offer*|do) ~5 @PRODUCT_NOUN',
      '(we|nous|on|je|i) (sell*|stock*|carr{y,ies}|make|vend*|fabriqu*|propos*|offr*|offer*|have|avons|ai|a) (also|aussi|egalement|too) ~5 @PRODUCT_NOUN',
      // the same goods in other versions offered: "we also make these in oak", "wir haben sie auch in Grau"
      '(we|nous|on|je|i|wir|ich) (also|aussi|egalement|auch) (make|do|have|sell|stock|carry|offer|fabriqu*|fai{s,sons}|propos*|vend{s,ons}|avons|ai|mach{e,en}|hab{e,en}|fuhr{e,en}|verkauf{e,en}|biet{e,en}) (them|these|it|this|one|those|ces|ce|les|la|le|en|sie|es|ihn|das|diese{,n}) ~2 (in|en|aus|as|als|with|avec|mit) !(stock|lager|reserve|the warehouse|notre entrepot)',
      '(wir|ich) (haben|fuhren|verkaufen|bieten|machen|hab{e}) (sie|es|ihn|das|diese{,n}|den|die) (auch|ebenfalls) (in|aus|als|mit) !(lager|reserve)',
      // our goods back: "our gift boxes are back for Christmas", "nos calendriers sont de retour"
      '(our|nos|notre|unsere{,n,m,r}|unser) !(@SERVICE_THING|@NOT_GOODS|office{,s}|bureau{,x}|shop|store|boutique|laden|atelier|workshop|staff|team) ~2 (is|are|sont|est|sind|ist) (back|de retour|wieder da|zuruck) !(to normal|a la normale|normal|online|en ligne|open|ouvert{,e,s}|geoffnet)',
      '(sell*|vend*|stock*|disponible{,s}|available) ~8 (in|on|at|from|dans|sur|en) (our|notre|nos|my|ma|mon) (shop|store|boutique|magasin|site|website|storefront|page vendeur|seller page)',
      '(plus de|more|bien d autres|many more|plein d autres) @PRODUCT_NOUN ~3 (sur|dans|on|in|at|en) (notre|nos|our|my|ma|mon)',
      '(plein|beaucoup|lots|plenty|loads|tons) (d|of) (idees|ideas|choix|choice) ~3 (en|in|dans|sur|on|at) (boutique|magasin|store|shop|notre|nos|our)',
      '(pensez|pense|think of|remember) (a|of)? (nous|us) (pour|for|when)',
      '(interested in|interesse{,e,s,es} par) (our|notre|nos)',
      // what is new in the shop: "on lance une nouvelle ligne", "new colours just landed", "vient de sortir chez nous"
      '(lanc*|launch*|sort{ons,ir}|releas*|introduc*) ~3 (nouvelle{,s}|nouveau{,x}|nouvel|new) (ligne|line|gamme|range|collection|modele|model|produit|product|parfum|scent|coloris|colo{u,}r)',
      'new (colo{u,}rs|colourways|designs|styles|flavou{r,}rs|scents|shades|prints|patterns)',
      '(nouveaux (coloris|designs|parfums|motifs)|nouvelles (couleurs|senteurs|saveurs|teintes))',
      '(just|newly) (landed|dropped|launched|released|arrived|added|in) ~2 (in|on|at|to) (the|our) (shop|store|site|website|boutique|storefront)',
      '(vient|viennent) (de|d) (sortir|arriver|etre lance{,e,s,es}) (chez nous|en boutique|dans notre boutique|sur notre boutique|sur notre site)',
      '(prochainement|bientot|coming soon|soon) ~2 (sur|dans|on|in|at) (notre|nos|our|ma|mon|my) (boutique|shop|store|site|magasin|page|website)',
      '(recev*|envoy*|send|receive|get|demand*|request) ~3 (notre|our) (nouveau|new|latest|dernier)? (catalogue|catalog{,ue}|brochure|flyer|depliant|prospectus)',
      '(catalogue|catalog{,ue}|collection) (de|d|of)? (printemps|ete|automne|hiver|noel|spring|summer|autumn|fall|winter|christmas|rentree)',
      'vous (pourriez|pourrez) (aimer|etre interesse*|apprecier|adorer) (nos|notre|ces|ceux|d autres|les autres|aussi|egalement)',
      'vous (pourriez|pourrez) (les|l) (aimer|apprecier|adorer)',
      '(produit{,s}|article{,s}|modele{,s}|reference{,s}|product{,s}|item{,s}) ~6 pourrai{ent,t} (aussi|egalement)? vous (plaire|interesser)',
      '(you|u) (might|may|could) (also)? (like|love|enjoy|be interested in) (our|other|these|those|similar|more)',
      '(you|u) (might|may) also (like|love|enjoy)',
      '@LOOK (sie)? (auch|gern{,e})? (unsere{,n,m,r}|unser) ~2 @PRODUCTS',
      '(schau{en,t}|stober{n,t}|kommen) ~4 (in|im|auf|bei) (unserem|unseren|unserer|unser) ~1 (shop|onlineshop|laden|store|webshop|seite|homepage|sortiment) ~3 (vorbei|um|herum)?',
      // recommending our own goods, whatever they are: "empfehlen wir unseren Glasdeckel", "we recommend our walnut board"
      '(we|nous|je|j|i|ich|wir|on) (vous|ihnen|you|dir)? (auch|also|aussi|egalement|gern{,e})? (empfehl*|recommand*|recommend*|suggest*|conseill*) (vous|ihnen|you|dir)? (auch|also|aussi|egalement|gern{,e})? @OUR !(~1 @SERVICE_THING)',
      '(empfehl*|recommand*|recommend*) (wir|ich|nous|je) (vous|ihnen|you|dir)? (auch|also|aussi|egalement|gern{,e})? @OUR !(~1 @SERVICE_THING)',
      // trying or thinking of our other goods: "probieren Sie doch auch unser Holzwachs", "pensez à nos coffrets"
      '(probier{en,t}|essay{ez,er}|try|testez|testen) (sie)? (doch|also|aussi|auch|egalement|mal)? (auch|also|aussi|mal)? @OUR !(~1 @SERVICE_THING)',
      '(pensez|pense|think of|remember|denken sie an) (a|aux|of)? (nos|notre|our|unsere{,n}) ~1 (@PRODUCT_NOUN|coffret{,s}|cadeau{,x}|gift{,s}|geschenk*|idee{,s}|box{,es}|bundle{,s})',
      // the same goods in other versions: "nous faisons aussi le même en gris", "comes in six other colours"
      '(we|nous|on|wir) (also|aussi|egalement|auch|ebenfalls)? (make|do|have|sell|faisons|fait|avons|vendons|proposons|machen|haben|fuhren|verkaufen) (aussi|also|egalement|auch|ebenfalls)? (le meme|la meme|les memes|the same|it|them|das gleiche|den gleichen|die gleiche|dasselbe|denselben) ~2 (en|in|avec|with|als|aus)',
      '(come{,s}|exist{e,s,ent}|gibt es|available|disponible{,s}|erhaltlich) (aussi|also|auch|egalement|ebenfalls)? (in|en|dans)? ~2 (other|autres|andere{,n}|more|plus de|weitere{,n}|several|plusieurs|many|de nombreux|#) (colo{u,}rs|couleurs|coloris|farben|sizes|tailles|grossen|versions|modeles|models|designs|motifs|finishes|finitions|variants|varianten|ausfuhrungen)',
      '(haben|fuhren|have|avons|carry|stock) (wir|we)? (auch|ebenfalls|also|aussi|egalement) ~3 (im|in|dans) (unserem|our|notre)? (sortiment|range|gamme|catalogue|catalog|shop|boutique|store)',
      '(en avant premiere|avant tout le monde|before anyone else|vor allen anderen)',
      // a matching piece available again: "the matching teapot is back in the shop"
      '(matching|assorti{,e,s,es}|passend{,e,en}) ~4 (back|de retour|wieder|available|disponible{,s}|erhaltlich|verfugbar|in stock|en stock|auf lager)',
      // our goods just arrived, whatever their name: "Unsere Frühjahrskollektion ist gerade eingetroffen"
      '(unsere{,n,m,r,s}|unser|our|notre|nos) !(@SERVICE_THING|@NOT_GOODS) ~2 (ist|sind|is|are|est|sont|has|have|vient|viennent) (gerade|soeben|frisch|just|tout juste|juste)? (eingetroffen|angekommen|erschienen|arrived|landed|dropped|de sortir|d arriver)',
      '(schau{en,t}|guck{en,t}|kommen) (sie)? (doch|gern{,e})? (mal)? (rein|vorbei)',
      '(jetzt|neu|auch|ebenfalls|also|aussi|desormais|maintenant|now) ~4 (im sortiment|in our range|dans notre gamme|in unserem sortiment|in our catalogue|dans notre catalogue)',
      '# (€|£|$|%|euro{,s}) off (anything|everything|any|all|your next|tout|sitewide|the whole)',
      // the whole range, own shop, brand searched on the marketplace: "our full catalogue", "im eigenen Onlineshop"
      '(our|notre|nos|unsere{,n,m,r,s}|unser|my|mon|ma|mes) (full|whole|entire|complete|ganze{,n,s}|gesamte{,n,s}|komplette{,n,s}|vollstandige{,n,s}|complet{,e}|tout{,e}) ~1 @PRODUCTS',
      '(our own|notre propre|nos propres|my own|mon propre|ma propre|eigenen|eigener) (shop|store|site|website|boutique|onlineshop|webshop|laden|e shop|online shop)',
      '(search|cherchez|recherchez|suchen sie|suche|tapez|type) (for|nach)? !(your|votre|vos|ihre{,n}|the order|order|commande|la commande|bestellung|ton|ta|tes|the tracking) ~4 (on|sur|auf|bei) amazon',
      // something new at our place: "Nouveau chez nous", "neu bei uns", "new in our shop"
      '(nouveau{,x}|nouvelle{,s}|nouveaute{,s}|new|neu|neuheit{,en}) (chez nous|bei uns|in our (shop|store)|dans notre boutique|en boutique|im shop|in unserem shop|in store)',
      '(unsere{,n,m,r,s}|unser|our|notre|nos) (neue{,n,s,r}|new|nouvelle{,s}|nouveau{,x}|nouvel|latest) ~2 (ist|sind|is|are|est|sont) ~2 (ab sofort|jetzt|now|maintenant|desormais|available|erhaltlich|verfugbar|disponible{,s}|en ligne|online|live|out|sortie{,s}|in stock|en stock|auf lager)',
      '(unsere{,n,m,r}|unser) (anderen|weiteren|neuen|neue) ~1 @PRODUCTS',
      '(neue{,n}) (dufte|produkte|kollektion|artikel|farben|modelle|sorten|designs)',
      '(notre|nos|our|unsere{,n,m,r}|mon|ma|mes|my) ~1 (matching|assorti{,e,s,es}|coordonne{,e,s,es}|passend{,e,en}|companion|complementaire{,s})',
      // a matching piece offered: "if you ever want a matching pick pouch", "si vous voulez la housse assortie"
      '(want|like|fancy|interested in|need|voulez|souhaitez|aimeriez|envie (de|d)|mochten|wollen|brauchen) (sie)? (a|an|some|the|un|une|des|la|le|les|ein{,e,en}|die|den)? ~2 (matching|assorti{,e,s,es}|passend{,e,en})',
      // stock offered that is not on the marketplace: "a few more lenses that aren't listed yet"
      '(got|have|ai|avons|habe|haben) (a few|some|quelques|d autres|weitere|several|plusieurs|noch)? (more|other|autres|andere)? ~3 (that|qui|die)? (aren t|are not|ne sont pas|sont pas|sind noch nicht|sind nicht) (yet|encore|noch)? (listed|en ligne|en vente|gelistet|online)',
      // the same goods offered on another marketplace: "mis en vente sur leboncoin", "listed on eBay"
      '(mis{,e,es} en vente|en vente|vend{s,ons}|for sale|selling|listed|verkauf{e,en,t}|eingestellt) ~2 (sur|on|auf|bei) (leboncoin|vinted|ebay|etsy|kleinanzeigen|marketplace)',
      '(also|aussi|egalement|auch) (grab|buy|get|order|pick up|add|prennent|achetent|commandent|kaufen|nehmen|bestellen) ~3 (our|nos|notre|the|le|la|les|unsere{,n}|die|den) ~1 (matching|assorti*|passend*|@PRODUCT_NOUN)',
      '(storefront|shop|store|boutique|magasin|laden) (has|have|a|propose|carries|hat|fuhrt) ~3 (the|la|le|les|das|die|den)? (full|whole|entire|complete|rest|other|toute|complet{,e}|reste|autres|komplette{,n}|ganze{,n}|restlichen) ~1 (set|range|collection|gamme|serie|line|ligne|kollektion|sortiment)?',
      '(cheaper|less expensive|moins cher{,e,s,es}|gunstiger|billiger) ~8 (there|la bas|dort|on our|sur notre|sur nos|in unserem|bei uns|chez nous|directly|directement|direkt|our (shop|store|site|page))',
      // the seller offering a lower price, whatever the goods: "we can do it for less", "wir bieten … günstiger an"
      '(we|i|nous|je|on|wir|ich) ~5 (do|make|give|offer|sell|let you have|fai{re,s,sons}|propos*|vend*|laiss*|bieten|anbieten|machen|geben|verkaufen|lassen) ~6 (for less|cheaper|at a discount|a better price|a special price|moins cher{,e,s,es}|a prix reduit|un meilleur prix|un prix (special|preferentiel|d ami)|gunstiger|billiger|zum sonderpreis|zum vorzugspreis)',
      '(for less|cheaper|moins cher{,e,s,es}|gunstiger|billiger|a better price|un meilleur prix) ~6 (website|site|shop|store|boutique|onlineshop|webshop|direct|directly|directement|direkt)',
      '(notre|nos|our|unsere{,n,m,r}|unser) (nouvelle{,s}|nouveau{,x}|nouvel|new|neue{,n,s,r}|latest|derniere{,s}|dernier) ~6 (sort*|arrive*|launch*|drop*|out|lands|landed|available|disponible{,s}|erschein*|kommt|ist da|releas*|debarque)',
      '(new|nouvelle{,s}|nouveau{,x}|neue{,n}) ~2 (spring|summer|autumn|fall|winter|holiday|christmas|printemps|ete|automne|hiver|noel|fruhling{,s}|sommer|herbst|weihnacht{,s}) (line|range|collection|ligne|gamme|kollektion|edition)',
      '(just|newly) (dropped|launched|released|landed)',
      '(back in stock|de retour en stock|a nouveau disponible{,s}|wieder (auf lager|verfugbar|vorratig|da)) ~8 (in case|if you|should you|si vous|au cas|falls|wenn sie|full set|complete|compléter|komplett)',
      '(finden sie|findet ihr|you ll find|you will find|you can find|vous trouverez|vous y trouverez|on y trouve|trouverez) (dort|there|y|hier)? (auch|also|aussi|egalement|ebenfalls) ~3 (produkt{,e,en}|artikel|modell{,e}|zubehor|accessoire{,s}|accessor{y,ies}|housse{,s}|version{,s}|model{,s}|pack{,s}|refill{,s}|recharge{,s}|passend*|matching|assorti*|weitere{,n}|other|autres|more|mehr)',
      '(we|nous|on|wir) (re|are|sommes|will|ll|werden)? (launch*|lanc*|releas*|sort{ons,ir}|bring{en}|bringing out) ~2 (a|an|une|un|our|notre|nos|einen|eine|ein|unser*)? ~1 (matching|assorti*|passend*|new|nouveau*|nouvelle*|neue{,n,s,r}|second|another|deuxieme)',
      '(keep an eye on|watch|surveillez|gardez un oeil sur|behalten sie) (our|notre|nos|unser{,e,en,em}) (store|shop|boutique|page|site|storefront|seite)',
      '(unsere{,n,m,r}|unser) (anderen|weiteren) !(fragen|nachrichten|kunden|kundinnen|mitarbeiter{,innen}|kollegen|informationen|hinweise|bestellungen|lieferungen|filialen)',
      '(our|nos|notre|unsere{,n}|mes|my) (bestseller{,s}|best sellers|meilleures ventes|topseller{,s}|top ventes|incontournables|must haves)',
      // a model, size or edition announced for a date: "le modèle XL sort le mois prochain", "the 2m version launches soon"
      '(modele{,s}|model{,s}|modell{,e}|version{,s}|edition{,s}|collection{,s}|gamme{,s}|range{,s}|line|ligne{,s}|kollektion{,en}|serie{,s}) ~3 (sort|sortira|sortent|sortiront|launches|launching|comes out|coming out|is coming|arrives|arrivera|erscheint|kommt) ~3 (le mois prochain|la semaine prochaine|bientot|soon|next (week|month)|nachste{,n} (woche|monat)|demnachst|bald|in # (jours|semaines|days|weeks|tagen|wochen)|en (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|in (january|february|march|april|may|june|july|august|september|october|november|december))',
      // a new model announced by its release: "le nouveau modèle 2025 sort la semaine prochaine"
      '(nouveau{,x}|nouvelle{,s}|nouvel|new|neue{,n,s,r}) (modele{,s}|model{,s}|modell{,e}|version{,s}|edition) #? ~3 (sort|sortira|sortent|sortiront|launches|launching|comes out|is out|drops|dropping|erscheint|kommt raus)',
      // the goods found elsewhere in our shop: "le même modèle existe en argent massif sur notre boutique"
      '(exist{e,ent,s}|come{,s}|gibt es|erhaltlich) ~8 (in|on|at|dans|sur|en|im|bei) (our|notre|nos|my|ma|mon|unserem|unserer) (shop|store|boutique|magasin|site|website|storefront|onlineshop|webshop)',
      // the whole catalogue said to be elsewhere: "le catalogue complet est sur …", "3x plus de choix que sur Amazon"
      '(catalogue|catalog{,ue}|sortiment|gamme|range|collection|kollektion) (complet{,e}|entier{,e}|entire|complete|full|whole|komplett{,e}|gesamte{,s}) (est|is|ist|se trouve|sind|lives) ~2 (sur|on|auf|at|chez|dans|in|bei)',
      '(plus de|more|mehr|bigger|larger|wider|greater) (choix|choice|auswahl|selection|modeles|models|references|range) (que|than|als) (sur|on|auf|bei|ici|here|hier)? (amazon|ici|here|hier)',
      // a voucher for anything in our shop: "a £15 voucher for anything in our store"
      '(voucher{,s}|coupon{,s}|gutschein{,e}|bon{,s} d achat|bon{,s} de reduction|carte{,s} cadeau{,x}|gift card{,s}) ~6 (our|notre|nos|unserem|unserer|unser) (store|shop|boutique|site|website|magasin|onlineshop|webshop|range|gamme|sortiment)',
      // free shipping above a threshold: "ab 40 € versandkostenfrei", "livraison offerte dès 30 €"
      '(ab|des|from|over|a partir de|au dela de) # (€|£|$|euro{,s})? (versandkostenfrei|versandfrei|portofrei|livraison offerte|livraison gratuite|port offert|free shipping|free delivery)',
      '(versandkostenfrei|versandfrei|portofrei|free shipping|free delivery|livraison offerte|livraison gratuite|port offert|frais de port offerts) (ab|des|from|over|on orders over|a partir de|au dela de) #',
      // multi-buy in its German and long forms: "2 zum Preis von 1", "3 pour le prix de 2", "two for the price of one"
      '(#|zwei|drei|deux|trois|two|three) (zum preis von|pour le prix de|pour le prix d|for the price of) (#|einem|einer|eins|zwei|un|une|deux|one|two)',
      // deals posted in German word order: "posten wir täglich neue Deals"
      '(posten|teilen|zeigen|veroffentlichen) wir ~4 (deal{,s}|angebot{,e}|aktionen|rabatte|neuheiten)',
    ],
  },
  {
    // train-e3 (a blind writer's training set), by kind: offers with no promotional word
    id: 'marketing-products',
    rule: 'marketing',
    patterns: [
      // multi-buy deals: "the third one's on us", "gerade 3 für 2", "2 pour le prix d'1"
      '(third|second|fourth|troisieme|deuxieme|quatrieme|dritte{,n,s}|zweite{,n,s}|vierte{,n,s}) ~3 on us',
      '(buy|achetez|achete|kaufen|kauft|kaufen sie|commandez|order) ~6 (third|second|fourth|troisieme|deuxieme|quatrieme|dritte{,n,s}|zweite{,n,s}|vierte{,n,s}) ~3 (offert{,e}|free|gratuit{,e}|geschenkt|gratis)',
      '(gerade|jetzt|now|currently|actuellement|maintenant|offre|offer|angebot|aktion|deal) ~2 # (fur|pour|for) # !(€|euro{,s}|£|$|%)',
      // loyalty by order: "chaque commande chez nous cumule des points"
      '(commande{,s}|order{,s}|achat{,s}|purchase{,s}|bestellung{,en}|einkauf|einkaufe) ~4 (cumul*|earn{,s}|rapport*|gives|sammelt|bringt|gagne{,z}) ~2 (point{,s}|punkte{,n})',
      // prize draws: "one lucky customer", "our monthly £50 gift card draw", "enter you into"
      '(lucky|chanceux|chanceuse{,s}|gluckliche{,n,r}) (customer{,s}|winner{,s}|client{,e,s,es}|gagnant{,e,s,es}|kunde{,n}|kundin|gewinner{,in})',
      '(monthly|weekly|yearly|mensuel{,le}|hebdomadaire|annuel{,le}|monatlich{,e,en}|wochentlich{,e,en}) ~4 (draw|tirage|verlosung|giveaway|raffle|gewinnspiel)',
      '(enter|inscri{re,vons,rons,s}|participer|teilnehm*) ~4 (draw|tirage|contest|concours|giveaway|verlosung|gewinnspiel|raffle)',
      // a draw with a winner among the buyers: "chaque mois nous tirons au sort un acheteur qui gagne", "we pick a
      // buyer at random who wins", "unter allen Käufern verlosen wir"
      '(tir{ons,er,e,ent,erons} au sort|pick ~2 at random|draw|verlos{en,t,e}) ~6 (gagn*|win{,s,ner}|gewinn*|remporte*)',
      '(acheteur{,s}|client{,e,s,es}|buyer{,s}|customer{,s}|kunde{,n}|kaufer{,n}) (qui gagne{,nt}|who wins|wins|gewinnt|gewinnen) (une|un|a|an|eine{,n}|ein|the|le|la)',
      // loyalty without a programme: "returning customers get a little something off", "nos clients fidèles ont droit
      // à un petit geste", "Stammkunden bekommen etwas Rabatt"
      '(returning|regular|loyal|repeat|fidele{,s}|habitue{,s}|stammkunde{,n}|stammkundin{,nen}|treue{,n}) (customer{,s}|client{,e,s,es}|buyer{,s}|acheteur{,s}|kunde{,n})? ~4 (get|gets|receive|receives|recoivent|recoit|ont droit|a droit|bekommen|erhalten|profitent|profite|enjoy) ~4 (off|remise|reduction|rabatt|discount|something|quelque chose|petit geste|cadeau|gift|geschenk|extra|perk{,s}|avantage{,s}|etwas)',
      // the same goods from us in a pack: "les recharges existent aussi chez nous en lot de 6"
      '(exist{e,ent}|exists|come{,s}|gibt es|available|disponible{,s}) (aussi|also|auch|egalement)? (chez nous|from us|with us|bei uns|in our (shop|store)|dans notre boutique)',
      // our other goods to be found under our name: "cliquez sur notre nom de vendeur, vous verrez toute la famille",
      // "listed under our brand name", "unter unserem Markennamen"
      '(under|sous|unter) (our|notre|unserem) (brand|seller|shop|store|marque|vendeur|boutique)? (name|nom|namen|markennamen|verkaufernamen)',
      '(click{,ing}|cliqu{ez,er,ant}|klick{en,t}) (on|sur|auf) (our|notre|unseren|unser) (seller|shop|store|brand|vendeur|boutique|marque)? (name|nom|namen|logo)',
      // a set to be completed: "if you fancy completing the set", "pour compléter l'ensemble"
      '(complet{e,ing,er,ez}|vervollstandig*) (the|your|l|votre|le|la|das|ihr{,e,en}) (set|ensemble|collection|look|parure|kollektion|service)',
      // more of the same kind in stock, priced as a lot: "une trentaine d'autres … en stock, je peux vous faire un prix
      // pour un lot de 5"
      '(autres|other{,s}|more|weitere|andere) ~6 (en stock|in stock|auf lager|available|disponible{,s}) ~12 (prix|price|preis|lot|bundle|pack)',
      // a gift with the next order: "ein kleines Geschenk bei Ihrer nächsten Bestellung", "un coffret offert avec
      // votre prochaine commande"
      '(@INCENTIVE|geschenk|cadeau|coffret|gift|present|surprise|uberraschung) ~6 (bei|avec|with|on|sur|mit|zu|dans) (ihrer|votre|your|deiner|ta|ton) (nachsten|prochaine|next) (bestellung|commande|order|achat|purchase|einkauf)',
      // a professional catalogue offered: "nous avons un catalogue professionnel avec tarifs dégressifs"
      '(catalogue{,s}|catalog{,s}|katalog{,e}) (professionnel{,s}|pro|professional|b2b|trade|wholesale|revendeur{,s}|handler|gewerbe|fur gewerbekunden)',
      // a perk that works on later orders: "BIENVENUE10 fonctionne aussi sur vos prochains achats", "it works on your
      // next order too", "gilt auch für Ihre nächste Bestellung"
      '(fonctionne{,nt}|marche{,nt}|works|valable{,s}|valid|gilt|gultig|applies) (aussi|also|auch|egalement|too)? (sur|on|for|pour|bei|fur|auf|with) (vos|votre|your|ihre{,r,n}|deine{,r,n}|tes|ta|ton) (prochain{,e,s,es}|next|nachste{,n}|future{,s}|futur{,e,s,es}) (commande{,s}|achat{,s}|order{,s}|purchase{,s}|bestellung{,en}|einkauf|einkaufe)',
      // a line announced: "notre gamme enfant arrive en octobre"
      '@OUR (nouvelle{,s}|new|neue{,n})? (gamme|collection|line|range|kollektion|serie) ~3 (arrive{,nt,ra}|sort{,ent,ira}|coming|arrives|launches|drops|kommt|erscheint|landet)',
      // goods we also sell: "Nous faisons aussi les housses", "la version en cuir, que nous vendons aussi"
      '(nous|we|wir|on) (vend{ons,s}|faisons|fait|make|sell|verkaufen|fabriquons|proposons|stock|haben) (aussi|also|auch|egalement) ~3 (les|des|le|la|the|die|der|den|unsere{,n}|nos|our)? ~2 (@PRODUCT_NOUN|version{,s}|modele{,s}|model{,s}|housse{,s}|sacoche{,s}|accessoire{,s}|accessories)',
      '(que|qu|that|which|die|den|das) (nous|we|wir|on) (vendons|vend|sell|verkaufen|proposons|faisons|make|fabriquons|haben) (aussi|also|auch|egalement)',
      '(you|vous|sie) (might|may|will|would|could|pourriez|allez|werden|wurden|konnten) (also)? (love|like|adore{,r,z}|aime{,r,z}|lieben|mogen|gefallen) ~4 (rest|range|collection|gamme|autres|other{,s}|kollektion|serie)',
      '(existe|exists|gibt es|available|disponible{,s}) (aussi|also|auch|egalement) ~4 (assorti{,e,s,es}|matching|passend{,e,en,es}|coordonne{,e,s,es})',
      '(schauen|sehen|werfen) (sie|du)? (sich|dir)? (auch|ebenfalls) ~3 (unser{,e,en}|passend{,e,en,es}|weitere{,n})',
      '(qui vont|qui va|that go{,es}|die passen|das passt|assorti{,e,s,es}) (avec|with|zu) (votre|vos|ton|ta|your|ihre{,m,n,r}|dein{,e,em,en})',
      '(partent|part|go|going|selling|sell|verkaufen sich|sind) (vite|fast|quickly|out fast|schnell)',
      '(retrouvez|decouvrez|discover|entdecken sie|find) (toutes|all|alle)? (nos|our|unsere) (creations|kreationen|designs|modeles|models|produits|products|collections|articles)',
      // a marketplace search handed over: "tapez « Côté Lin coussin » dans la recherche Amazon"
      '(tapez|tape|type|cherchez|search for|suchen sie nach|geben sie) ~8 (recherche|search|suche|suchfeld|barre de recherche|search bar) (amazon|d amazon|on amazon|bei amazon)',
      // a channel announcing goods and deals: "annonce les réassorts", "we post our discount drops there first"
      '(annonce{,nt,ons}|announce{,s}|post{,s}|postons|publie{,nt,ons}|kundig{en,t}|zeigen) ~4 (reassort{,s}|restock{,s}|nouveautes|new arrivals|drops|promos|deals|soldes|angebote|neuheiten)',
      '(discount|deal|promo|sale|rabatt) (drops|drop)',
      // our own shop off the marketplace: "Notre boutique en ligne : https://…"
      '@OUR (boutique|shop|store|magasin|laden) (en ligne|online|web)',
      '# % (code|coupon|gutschein|rabattcode|voucher)',
      // the next order rewarded: "next time you order from us … I'll throw in a free sample"
      '(next time|la prochaine fois|nachstes mal|beim nachsten mal) ~10 (free|offert{,e}|gratuit{,e}|gratis|geschenkt|kostenlos|throw in|rajoute|ajoute)',
      '- # (€|euro{,s}|£|$) ~8 (prochaine|next|nachste{,n}) (commande|order|bestellung|achat|purchase|einkauf)',
      '(versandkostenfrei|portofrei|livraison offerte|free shipping|free delivery) ~4 (bei|sur|on|for|pour) (ihrer|votre|your|la|the|der) (nachsten|prochaine|next) (bestellung|commande|order)',
      '(pas de|no|keine|aucun{,s}) (frais de port|frais de livraison|frais d envoi|shipping fee{,s}|shipping cost{,s}|shipping charge{,s}|delivery charge{,s}|versandkosten) ~6 @FUTURE_ORDER',
      '(nur|only|seulement|uniquement|reserve{,e,s,es}) (fur|for|aux|pour|to) (stammkunden|stammkundinnen|loyal customers|regular customers|clients fideles|fideles clients)',
    ],
  },
]

export const MARKETING_EXCEPTION: PhraseException = {
  // A discount on the current order is service recovery, not marketing.
  rules: ['marketing'],
  patterns: [
    // a sale named as a cause, not offered: "à cause des soldes les expéditions ont du retard"
    '(a cause|en raison|because of|due to|wegen|pendant|during|with) (des|de|du|the|la|le|les|der|des|dem|all the)? (soldes|sales|sale|black friday|cyber monday|ausverkauf|schlussverkauf|prime day{,s}|french days)',
    // information on the seller's site, not its products: "check the compatibility chart on our site"
    '@LOOK (the|le|la|les|l|notre|nos|our|den|die|das|unsere{,n}|this|ce|cette)? ~2 (chart|guide|tableau|grille|table|tabelle|instructions|notice|faq|manual|manuel|mode|video|tutorial|tuto|conditions|policy|politique|size{,s}|taille{,s}|compatibility|compatibilite|anleitung|grossentabelle|guide{,s}) ~6 (on|sur|auf|in|dans|at) (our|notre|nos|unsere{,r,m,n}|the|le|la) (site|website|page|homepage|shop|store|boutique|seite)',
    // a code or voucher the buyer used, or not the seller's: "I used an Amazon voucher", "that promo code wasn't ours"
    '(i|je|j|ich|we|nous) (ve|have|had|ai|avais|habe|hatte)? (used|utilise|applied|applique|entered|saisi|redeemed|eingelost|verwendet|benutzt|genutzt) (an|a|my|mon|ma|un|une|einen|meinen|the|le|la)? (amazon)? ~3 (voucher|coupon|code|gutschein|bon|carte cadeau|gift card|promo*)',
    '(promo* code{,s}|discount code{,s}|coupon code{,s}|code{,s} promo|code{,s}|coupon{,s}|voucher{,s}|gutschein{,e}|gutscheincode{,s}|rabattcode{,s}) (wasn t|was not|isn t|is not|n etait pas|n est pas|war nicht|ist nicht|wasn|isn) (ours|our|yours|valid|applied|applique|de nous|von uns|unser)',
    '(promo* code{,s}|discount code{,s}|coupon code{,s}|code{,s} promo|code{,s}|coupon{,s}|voucher{,s}|gutschein{,e}|gutscheincode{,s}|rabattcode{,s}) ~4 (wasn t|was not|n a pas ete|wurde nicht|didn t|did not|not) (applied|applique|accepted|accepte|angewendet|work|marche|taken)',
    '# % (de|d)? (reduction|remise|rabais|discount|off|remboursement|geste) (sur|on|of|de|du)? (cette|votre|this|your|la|le|l|the|ta|ton)? (commande|order|achat|purchase|article|item|produit|montant|total|prix|price|facture|invoice)',
    '- # % (de|d)? (reduction|remise|rabais|discount|off|remboursement|geste)? (sur|on|of|de|du)? (cette|votre|this|your|la|le|l|the|ta|ton)? (commande|order|achat|purchase|article|item|produit|montant|total|prix|price|facture|invoice)',
    // the code the buyer already used at checkout: "le code promo que vous avez utilisé"
    '(le|the|your|votre|ce|this) ((promo*|discount|coupon|voucher|reduction) code|code (promo*|de reduction|de remise|reduc)|coupon) ((que|qu|that)? (vous|you|tu) (avez|have|had|aviez|as)?)? (used|utilise{,e}|applied|applique{,e}|entered|saisi|typed|tape)',
    '(utilise{,e,s}|used|applied|applique{,e,s}|entered|saisi|entre) (le|un|the|a|my|mon|votre|your|ce|this) ((promo*|discount|coupon|voucher|reduction) code|code (promo*|de reduction|de remise|reduc)|coupon)',
    // the code told back as applied to this order: "the coupon SPRING10 you entered was applied correctly",
    // "le coupon de 5 € affiché sur la page produit a bien été appliqué", "den Code HERBST10 hast du schon benutzt"
    '(code{,s}|coupon{,s}|gutschein{,e}|voucher{,s}|rabattcode{,s}|gutscheincode{,s}) ~10 (was|were|has been|have been|a ete|a bien ete|ont ete|ont bien ete|wurde|wurden|ist|is) (correctly|properly|bien|correctement|korrekt|richtig|ordnungsgemass)? (applied|applique{,e,s}|pris en compte|deducted|deduit{,e}|angewendet|abgezogen|berucksichtigt|eingelost|used|utilise{,e})',
    '(code{,s}|coupon{,s}|gutschein{,e}|voucher{,s}|rabattcode{,s}|gutscheincode{,s}) ~4 (vous|you|du|sie|tu|ihr) ~3 (used|utilise{,e}|applied|applique{,e}|entered|saisi|typed|tape|redeemed|benutzt|verwendet|eingelost|eingegeben|genutzt|angewendet)',
    // train-e3: the same with a "bon" or a percentage first: "le bon de réduction … que vous aviez saisi", "the 10%
    // voucher you applied at checkout"
    'bon{,s} ~8 (vous|you|du|sie|tu|ihr) ~3 (used|utilise{,e}|applied|applique{,e}|entered|saisi|typed|tape|redeemed|benutzt|verwendet|eingelost|eingegeben|genutzt|angewendet)',
    '# % (bon{,s}|code{,s}|coupon{,s}|gutschein{,e}|voucher{,s}) ~4 (vous|you|du|sie|tu|ihr) ~3 (used|utilise{,e}|applied|applique{,e}|entered|saisi|typed|tape|redeemed|benutzt|verwendet|eingelost|eingegeben|genutzt|angewendet)',
    // the marketplace's own coupon: "Amazon's own coupon page", "der Rabatt aus dem Amazon-Coupon"
    'amazon s? (own|propre|eigene{,n,r,s})? (coupon{,s}|voucher{,s}|gutschein{,e}|rabatt{,e}|bon{,s}|code{,s})',
    '(code{,s}|coupon{,s}|voucher{,s}|rabatt{,e}|gutschein{,e}) ~4 (from|de|d|aus|von) (amazon|amazons|l amazon)',
    // the discount as it stood on the order: "giving you 10% off, so you paid £26.99", "die 10% sind in der Rechnung drin"
    '# % (off|de remise|de reduction|rabatt)? ~2 (so|donc|also|soit)? (you|vous|sie|du) (paid|have paid|avez paye|payez|haben bezahlt|hast bezahlt|zahlen)',
    '# % (sind|ist|are|is|sont) ~2 (in|dans|on|auf|sur) (der|la|the|your|votre|ihrer|deiner|die) (rechnung|facture|invoice|bestellung|commande|order)',
    // the goods of a collection described, not offered: "les robes de la collection d'été taillent petit"
    '(collection|line|range|kollektion|serie|gamme) ~3 (taille{,nt}|run{,s}|fall{,t,en}|come{,s} up|sont|is|are|ist|sind) ~3 (petit{,s,e,es}|grand{,s,e,es}|small|large|big|klein|gross|eng|weit)',
    // the price before or after the discount on this order: "le prix catalogue avant coupon (39,99 €)"
    '(prix|price|preis|montant|amount|total|betrag) ~3 (avant|apres|before|after|vor|nach|ohne|sans|without) (le|la|l|the|dem|den|der)? (coupon|remise|reduction|discount|rabatt|gutschein|code promo|promo)',
    // the buyer's enquiry answered: "thank you for your enquiry about bulk pricing"
    '(enquiry|enquiries|inquiry|inquiries|question{,s}|demande{,s}|anfrage{,n}|interest|interet) (about|regarding|concerning|on|for|sur|concernant|au sujet de|pour|zu|nach|uber|bezuglich|in) (our|nos|notre|the|les|des|le|la|unsere{,n}|die|den|vos|your|ihre{,n})? ~2 (wholesale|bulk|b2b|grosshandel*|tarif{,s}|prix|pricing|price{,s}|mengenrabatt{,e}) ~1 (price{,s}|pricing|order{,s}|discount{,s}|rate{,s}|deal{,s})?',
    // a person's role, not an offer: "she handles all the wholesale orders"
    '(handle{,s}|manage{,s}|look{,s} after|deal{,s} with|s occupe de|gere|kummert sich um|betreut|bearbeitet) (all|toutes|alle)? (the|les|des|die)? (wholesale|bulk|b2b|professional|pro|grosshandel{,s}) (order{,s}|commande{,s}|bestellung{,en}|enquiries|inquiries|demandes|anfragen|accounts|customers|clients|kunden)',
    // saying there is none: "we don't offer discount codes", "nous ne proposons pas de code promo"
    '(pas de|aucun|aucune|no|don t (offer|have|do|give|run|provide)|do not (offer|have|do|give|run|provide)|never (offer|give|do|run)) ~2 (code{,s}|coupon{,s}|promo*|remise{,s}|reduction{,s}|discount{,s}|soldes|sale{,s}) (code{,s}|promo*)?',
    // a price at the time of purchase: "le produit était en promotion", "I bought it in the sale"
    '(etait|etaient|a ete|avait ete|achete{,e,s,es}|paye{,e,s,es}|bought|purchased|was|were) (en|on|in|during|pendant|lors) (the|la|les|des|du)? ~2 (promotion{,s}|promo{,s}|solde{,s}|sale{,s})',
    // an nth item that was free on this order: "the 3rd cushion in your order was free as promised"
    '(2e|3e|4e|2eme|3eme|4eme|deuxieme|troisieme|quatrieme|second|third|fourth|2nd|3rd|4th|zweite{,s,n,r}|dritte{,s,n,r}|vierte{,s,n,r}) ~4 (was|were|etait|a ete|war|wurde|came) ~2 (offert{,e}|free|gratuit{,e}|gratis|geschenkt|kostenlos|half price|a moitie prix|moitie prix|zum halben preis)',
    // a document on the seller's site (a link, not an advertisement): "la notice en PDF est disponible sur notre site"
    '(notice{,s}|manual{,s}|manuel{,s}|guide{,s}|pdf|faq|tuto{,s}|tutorial{,s}|video{,s}|instructions|anleitung{,en}|mode d emploi|size chart|tableau|grille|fiche{,s}) ~6 (disponible{,s}|available|verfugbar|erhaltlich|online|en ligne) ~3 (sur|on|auf|in|dans|at) (notre|our|unsere{,r,m,n}|the|le|la) (site|website|page|homepage|shop|store|boutique|seite)',
    // the order's own terms with a date: "le retour est gratuit jusqu'au 31 janvier", "free returns until Friday"
    '(retour{,s}|return{,s}|rucksendung{,en}|ruckgabe|echange{,s}|exchange{,s}|livraison|delivery|shipping|versand|garantie|warranty|reparation|repair) ~4 (gratuit{,e,s,es}|free|offert{,e,s,es}|kostenlos|gratis) ~6 (jusqu a|jusqu au|until|till|bis|through) ~2 (@DAY|#|fin|end|ende)?',
    '(gratuit{,e,s,es}|free|kostenlos|gratis) (retour{,s}|return{,s}|rucksendung{,en}|ruckgabe|echange{,s}|exchange{,s}) ~6 (jusqu a|jusqu au|until|till|bis|through) ~2 (@DAY|#|fin|end|ende)?',
    // the marketplace's own offer, not the seller's: "le code promo : il s'agissait d'une offre Amazon"
    '(code{,s} promo|promo code{,s}|coupon{,s}|voucher{,s}|gutschein{,e}|rabattcode{,s}|discount{,s}) ~10 (offre{,s}|offer{,s}|promotion{,s}|aktion|angebot|deal{,s}|code) (d|de|von|from|by|of)? amazon',
    // a site of coupons, not one offered: "it came from a coupon site"
    '(coupon{,s}|voucher{,s}|promo{,s}|gutschein{,e}|deal{,s}|code{,s} promo) (site{,s}|website{,s}|webseite{,n}|seite{,n}|portal{,e}|app{,s})',
    // a coupon shown on the listing, owed on this order: "le coupon de 5 % affiché sur la fiche aurait dû s'appliquer"
    '(coupon{,s}|voucher{,s}|promo*|remise{,s}|reduction{,s}|discount{,s}|rabatt{,e}|gutschein{,e}|code{,s} promo|promo code{,s}) ~4 (affiche{,e,s}|indique{,e,s}|shown|displayed|listed|advertised|angezeigt{,e,en}|angegeben{,e,en}) (sur|on|auf|in) (la|le|l|the|der|die|das|cette|this) (fiche|page|annonce|listing|produktseite|angebot|offer|product page)',
    // another colour offered as the replacement: "disponible dans d'autres coloris pour remplacer celui reçu abîmé"
    '(disponible{,s}|available|exist{e,ent,s}|come{,s}|erhaltlich|gibt es) ~6 (pour remplacer|en remplacement|as a replacement|to replace|als ersatz|zum austausch|en echange)',
    // the buyer on a coupon of their own: "I clipped the 15% coupon", "ich habe den Coupon über 3 € aktiviert"
    '(i|je|j|we|nous) (ve|have|had|ai|avais|avons)? (clipped|clip|activated|active|redeemed|got|had|received|recu|obtenu|selected|ticked|coche) ~4 (coupon|voucher|code|promo*|discount|remise|reduction|bon)',
    '(ich|wir) (habe|hatte|haben|hab|hatten) ~8 (coupon|gutschein|code|rabatt*|aktion*|angebot) ~6 (aktiviert|eingelost|verwendet|benutzt|genutzt|angewendet|eingegeben|bekommen|erhalten|ausgewahlt|angeklickt)',
    // goods bought in a sale, said by the buyer: "Bought this in the Black Friday deal", "acheté pendant le Prime Day à -30%"
    '(bought|purchased|ordered|got|achete{,e,s,es}|commande{,e,s,es}|paye{,e,s,es}|gekauft|bestellt) ~4 (in|during|on|at|for|pendant|lors|au|a|en|im|am|bei|wahrend|zum) (the|le|la|les|du|des|dem|der|den|a|an|un|une)? ~1 (black friday|cyber monday|prime day{,s}|french days|sale{,s}|soldes|deal{,s}|promo*|angebot|aktion|sonderangebot|ausverkauf|offer)',
    '(bought|purchased|ordered|got|achete{,e,s,es}|commande{,e,s,es}|paye{,e,s,es}|gekauft|bestellt) ~8 (black friday|cyber monday|prime day{,s}|french days|sale{,s}|soldes|deal{,s}|promo*|angebot|aktion|sonderangebot|ausverkauf|offer) ~2 -? # %',
    // subscribing to a channel on a network is a channel (contact-social), not a mailing list
    '(chaine|channel|kanal|youtube|@PLATFORM) ~6 (abonnez vous|abonne toi|abonne vous|subscribe|abonnier{en,t})',
    '(abonnez vous|abonne toi|subscribe|abonnier{en,t}) ~6 (chaine|channel|kanal|youtube|@PLATFORM)',
    // a lower price refused: "we can't do it any cheaper", "nous ne pouvons pas faire moins cher"
    '(can t|cannot|can not|unable to|not able to|pas|nicht|kein{,e,en}|no) ~6 (for less|cheaper|moins cher{,e,s,es}|gunstiger|billiger|a better price|un meilleur prix)',
    // contact details, not matching pieces: "voici mes coordonnées bancaires"
    '(mes|ma|mon|my|vos|votre|nos|notre|ses|leurs|tes|vos) coordonnees',
    // the buyer's question answered no: "Code promo ? Non, désolé", "Discount code? No, sorry"
    '(code{,s}|coupon{,s}|promo*|remise{,s}|reduction{,s}|discount{,s}|soldes|sale{,s}|voucher{,s}) (code{,s}|promo*)? (non|no|nope|malheureusement|sadly|unfortunately|helas) !(problem|probleme|worries|souci|need|besoin|seulement|only)',
  ],
}
