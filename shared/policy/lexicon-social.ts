/**
 * Contact-social phrases as data: platform names, rules and exceptions (saying there is no such
 * channel).
 * Part of the phrase lexicon: the syntax and conventions are described in lexicon.ts.
 */
import type { PhraseException, PhraseRule } from './lexicon'
import type { PhraseSets } from './phrases'

export const SOCIAL_SETS: PhraseSets = {
  PLATFORM: [
    // networks named by their look: "the blue app", "le grand réseau bleu", "l'appli au logo bleu avec l'avion en papier"
    '(big|grand|gros|great|grosse{,n}) (blue|bleu|blaue{,n}) (app|appli|application|reseau|network|netzwerk)',
    '(blue|green|yellow|blaue{,n}|grune{,n}|gelbe{,n}) (app|network|netzwerk)',
    '(app|appli|application|reseau) (bleu{,e}|vert{,e}|jaune)',
    '(appli|application|app|reseau) (au|with the|mit dem) (logo|oiseau|bird|fantome|ghost|vogel) (bleu|blue|blau{,en}|jaune|yellow|gelb{,en})?',
    '(avion en papier|paper plane|papierflieger|papierflugzeug)',
    'whatsapp',
    'whats app',
    // its initials, dotted to slip past a filter: "drop us a msg on W.A."
    'w a',
    'watsap{,p}',
    'whatapp',
    'instagram',
    'insta',
    'telegram',
    'tiktok',
    'tik tok',
    'snapchat',
    'messenger',
    'facebook',
    'twitter',
    'wechat',
    'viber',
    'discord',
    'skype',
    'linkedin',
    'pinterest',
    'bluesky',
    'imessage',
    'facetime',
    'threema',
    'leboncoin',
    'vinted',
  ],
  /**
   * Verbs that invite the other party to a channel ("écrivez-nous", "follow", "schreib mir", "join"):
   * a network named near one of them is a channel, named alone it is a mention in passing.
   */
  INVITE: [
    'contact*',
    'recontact*',
    'kontaktier*',
    'ecri{s,t,re,vez,vons,rai,rons}',
    'ecrivez',
    'schreib*',
    'write',
    'writing',
    'message{,z,r}',
    'messaging',
    'msg',
    'text{,ing}',
    'textez',
    'texte',
    'dm',
    'mp',
    'join',
    'rejoign*',
    'beitret*',
    'beitreten',
    'tritt',
    'folg{t,en,e}',
    'follow{,ing}',
    'suiv{ez,re,s,ons}',
    'abonn*',
    'subscrib*',
    'retrouv{ez,er} (nous|moi)?',
    '(nous|me|moi) retrouver',
    'find (us|me)',
    '(look|looking) (us|me) up',
    'search (for)? (us|me)',
    'cherch{ez,er} (nous|moi)',
    '(nous|me) (chercher|rechercher)',
    'such{en,t} (sie)? (uns|mich)',
    'check (us|me) out',
    'findet (uns|mich)',
    'finden sie (uns|mich)',
    'add (us|me)',
    'ajout{ez,e} (nous|moi)',
    '(nous|m) ajouter',
    'fugen sie (uns|mich)',
    'reach',
    'joi{ndre,gnez,gnable,gnables}',
    'erreich*',
    // a verb, not the noun: "les appels" are what a watch receives
    'appel{,er,ez,le,les,lez,ons,lons,ler,lerai,lerons}',
    'call',
    'ruf*',
    'anruf*',
    'parl{ez,er,ons}',
    'talk',
    'chat{,ten,tez,ter}',
    'discut*',
    'send',
    'envoy{ez,er}',
    'envoie{,z}',
    'schick{en,t,e} (sie)? (uns|mir)',
    'senden sie (uns|mir)',
    'meld{en,et,e} (sie)? (sich|dich|euch)',
    'continu{ons,er,ez,e}',
    'poursuiv*',
    'move',
    'switch',
    'passons',
    'ping',
    'hit (me|us) up',
    'repond{re,s,ons,ez,rai,rons}',
    'pos{ez,e} (votre|ta|vos|tes)? question{,s}',
    'ajout{e,es,ons,er}',
    '(en|on) parl{e,er,ons,era}',
    'messaged',
    'contacted',
    'wrote',
  ],
}

export const SOCIAL_RULES: readonly PhraseRule[] = [
  {
    id: 'social-platform',
    rule: 'contact-social',
    patterns: [
      // a network as a channel: invited to ("écrivez-nous sur WhatsApp", "folgt uns auf Instagram"), the
      // seller's own ("notre page Facebook", "our Insta", "unserer Telegram-Gruppe"), used to carry the
      // conversation ("par WhatsApp", "via Messenger"), or followed by a number or a handle
      '@INVITE ~6 @PLATFORM',
      '@PLATFORM (nous|moi|us|me|uns|mir|mich) !(pas|not|nicht|aident|aide|helfen|help{,s,ed})',
      '(notre|nos|mon|ma|mes|our|my|unser{,e,en,em,er}|mein{,e,en,em,er}|meine) ~1 @PLATFORM',
      '(sur|on|auf) (notre|nos|mon|ma|mes|our|my|unser{,e,en,em,er}|mein{,e,en,em,er}) (page|compte|account|profile|profil|seite|gruppe|group|groupe|kanal|channel|chaine) @PLATFORM',
      '(par|via|per|uber|by|through|over) @PLATFORM',
      // a call or video call on it: "une petite visio WhatsApp", "a quick FaceTime call", "Videoanruf per WhatsApp"
      '(visio|visioconference|appel video|video call|videocall|videoanruf|videotelefonat|facetime) (sur|on|via|per|par|uber|auf)? @PLATFORM',
      // asked whether the buyer has it: "u got snapchat?", "tu as Insta ?"
      '(you|u|tu|vous|du) (got|have|has|avez|as|hast|habt) (@PLATFORM|snap|insta|ig|fb)',
      '@PLATFORM (au|at|on|unter|sur)? #',
      // a number, then the app it also reaches: "+43 660 1234567 (auch WhatsApp)"
      '# (auch|also|aussi|egalement|ebenfalls|ou|or|oder|und|et|and|via|per|par|sur|on) @PLATFORM',
      // present on it ("je suis sur Insta", "dispo sur WhatsApp"), an alternative channel ("… ou sur WhatsApp"),
      // or a group or server on it ("le groupe Facebook de la marque", "our Discord server")
      '(je suis|on est|nous sommes|i m|i am|we re|we are|ich bin|wir sind|dispo|disponible{,s}|available|erreichbar) (aussi|also|auch)? (sur|on|auf|via|uber|bei|per) @PLATFORM',
      '(ou|or|oder) (sur|on|auf|via|par|per|uber) @PLATFORM',
      '@PLATFORM (ou|or|oder) (appel*|call*|anruf*|sms|texto|text)',
      '(le|la|the|notre|our|unsere{,r,n}|die|der) (groupe|group|gruppe|server|serveur|kanal|channel|chaine) @PLATFORM',
      '@PLATFORM (group|groupe|gruppe|server|serveur|kanal|channel) !(s)',
      // a community run on it: "we've got a community Discord", "notre communauté Facebook"
      '(community|communaute|fan|fans|kunden|customer{,s}|clients|support|vip) @PLATFORM',
      '(etes|es|are|seid|bist|sind|avez|have|got|hast|habt|haben) (vous|tu|you|ihr|du|sie) (sur|on|auf|bei)? @PLATFORM',
      // the same asked in statement order: "Vous êtes sur insta ?", "you're on Snapchat?"
      '^(vous|tu|you|u|sie|du|ihr) (etes|es|are|re|r|sind|bist|seid) (aussi|also|auch)? (sur|on|auf|bei) @PLATFORM',
      '(whatsapp*|textez|snap*|dm|insta*) (moi|me|nous|us|mir|uns)',
      '(sur|via|par) (signal|snap|fb|ig)',
      '@INVITE ~4 (auf|on|sur|via|per|uber|bei) (=Signal|signal|snap|fb|ig)',
      '(on|via) (=Signal|=Snap|=FB|fb|=IG|snap)',
      '=Signal (ou|or|et|and)',
      '(avez|as|have|got|use|utilisez|using|on) (vous|tu|you)? =Signal',
      // moving the conversation to private messages or off the marketplace
      '(en|in|par|via|by) (mp|dm|dms)',
      '(parl*|discut*|continu*|pass*|regl*|talk|chat|continue|move|discuss|sort) ~4 (en prive|in private|privately)',
      '(contact*|ecri*|parl*|discut*|continu*|regl*|pay*|talk|deal|chat|continue|pay|write|reach|message|settl*|sort|handle|arrang*|finalis*|finaliz*|conclu*|trade|transact*|business|commande{r,z}|order) ~4 (hors|en dehors|outside|off) (d|de|of)? amazon',
      '(sans|without) (passer|going) (par|through|via) amazon',
      '(chaine|channel) youtube',
      'youtube (channel|chaine)',
      // the seller moving to text messages: "je vous envoie la vidéo par texto", "I'll text you"
      '(je|j|nous|on|i|we) (vous|te|you)? (envoi*|envoie|enverr*|ecri*|contact*|recontact*|send|will send|ll send|message) ~4 (par|via|by|en) (sms|texto{,s}|text|text message)',
      '(i|we) (ll|will|can|could)? text (you|u)',
      '(je|j|nous|on|i|we) (vous|te|you)? (envoi*|envoie|enverr*|send|will send|ll send|can send) (un|une|a|an) (petit|quick|short)? (sms|texto{,s}|text message)',
      '(ou|or|et|and) =Signal',
      '(suivez|suivre|follow|following) (nous|moi|us|me)',
      '(retrouvez|rejoignez|ajoutez|contactez|ecrivez|joignez|find|join|add|contact|message|text|reach|dm|write) (nous|moi|us|me) ~2 (sur|on|via|par|en|through) (les|nos|mes|the|our|my)? (reseaux|social|socials|sms|texto|prive|mp|dm|private)',
      '(nos|notre|our|my|mes|mon) (reseaux sociaux|reseaux|social media|social networks|socials)',
      '(page|compte|groupe|account|profile|profil|mon|my|notre|our) (fb|ig|snap|=Signal)',
      'reseaux sociaux',
      'social media',
      // a text message to the seller ("envoyez-moi un SMS", "m'envoyer un texto", "drop me a text"), not
      // the carrier's notification ("le livreur vous enverra un SMS")
      '(envoy*|envoie{,z}|laiss*|send|drop|shoot|leave) (moi|nous|me|us) (un|une|a|an)? (petit|quick|short)? (sms|texto{,s}|text|text message)',
      '(m|me|nous) (envoy*|laiss*|ecri*) (un|une|des)? (petit)? (sms|texto{,s})',
      '(par|via|en) (sms|texto) (au|a|sur|on|at)',
      // a channel recommended as handier: "ce sera plus pratique sur l'appli verte", "easier on WhatsApp", "schneller
      // über WhatsApp"
      '(pratique|simple|rapide|easier|quicker|faster|simpler|handier|einfacher|schneller|bequemer|praktischer) ~4 (sur|on|via|par|per|uber|auf|over) (l|the|le|la|die|das)? @PLATFORM',
      // the buyer asked to write to the seller by text, or kept posted by text: "que vous m'envoyiez le prénom par
      // texto", "je vous tiendrai au courant par texto", "I'll keep you posted by text"
      '(m|me|nous|us|mir|uns) (envoy*|envoie{,z}|send|ecri*|schick*|write) ~6 (par|via|by|en|per|as a) (sms|texto{,s}|text|text message)',
      '(tiendr{ai,ons}|tiens|keep (you|u) (posted|updated|informed)|previendr{ai,ons}|informer{ai,ons}|halte{,n}) ~4 (par|via|by|per|over) (sms|texto{,s}|text|text message)',
      '(by|via) (sms|text|text message) (on|at|to)',
      '(text|texte{,z}) (me|us|moi|nous)',
      // an invitation to text: "envoie un SMS quand…", "text DONE to 07…", "text a photo to…", "text or ring me"
      '^(envoie{,z}|envoyer|send|drop|shoot|schick{,t,en}|sende{,n,t}) (un|une|a|an|eine|uns|mir)? (petit|quick|short|kurze)? (sms|texto{,s}|text message|whatsapp)',
      '(please|svp|bitte|merci de|merci d) (envoie{,z}|envoyer|send|drop|shoot|schick{,t,en}|sende{,n,t}) (un|une|a|an|eine|uns|mir)? (petit|quick|short|kurze)? (sms|texto{,s}|text message|whatsapp)',
      '(text|sms|texto|simsen) (or|ou|oder|and|et|und) ~1 (ring|call|appel*|ruf*|phone|telephon*) (me|moi|mich|us|nous|uns)',
      '(text|texte{,z}|sms|texto{,s}|kurznachricht|sms nachricht) ~5 (to|au|an|a|at|unter|sur) #',
      // round-e2: a network searched for ("tapez « Brico Fred » dans la recherche du grand réseau bleu"), a group
      // on it ("un petit groupe de discussion … sur l'appli au logo bleu : cherchez « LeComptoirDuThe »")
      '(recherche|search|suche|suchfeld|barre de recherche|search bar) (du|de|d|of|on|in|auf|von|der|des)? ~1 @PLATFORM',
      '(groupe{,s}|group{,s}|gruppe{,n}|communaute|community) ~8 (sur|on|auf) (l|the|die|der|le|la)? @PLATFORM',
      '(cherchez|cherche|search for|suchen sie|such) ~6 (sur|on|auf|in|dans) (le|la|l|the|der|die|dem)? @PLATFORM',
      '@PLATFORM ~3 (cherchez|cherche|search for|search|suchen sie|sucht|such|tapez|tape|type|find)',
      // round-e2: the number spelled ("un texto au zéro-sept 62 18 …"), a text left for someone ("laissez-lui un
      // petit texto"), "per Kurznachricht an mein Diensthandy"
      '(texto{,s}|sms|text) (au|a|to|an|at) (zero|null|zéro|oh|o) ~1 (un|deux|trois|quatre|cinq|six|sept|huit|neuf|one|two|three|four|five|six|seven|eight|nine|eins|zwei|drei|vier|funf|sechs|sieben|acht|neun)',
      '(laiss*|envoy*|envoie{,z}|leave|send|drop|schick{,en,t}|hinterlass*) (lui|him|her|ihm|ihr) (un|une|a|an|eine)? (petit|quick|short|kurze)? (sms|texto{,s}|text|text message|kurznachricht)',
      '(per|via|par|by) (kurznachricht|sms|texto|text) (an|a|au|to|auf) (mein{,e,en}|unser{,e,en}|mon|notre|my|our) ~1 (handy|diensthandy|firmenhandy|geschaftshandy|privathandy|mobiltelefon|telefon|mobile|portable|phone|numero|nummer)',
      '(par|per|via|by) (sms|texto|text) ~3 #',
      '(dm|mp) (me|us|moi|nous)',
      '(ecri*|contact*|message*|write|send) (moi|nous|me|us)? ~2 (en prive|en mp|en dm|message prive|private message|privately|direct message)',
      '(schreib*|kontaktier*|meld*) (sie|du|ihr)? (uns|mir|mich)? ~3 privat',
      // a text message asked for in German word order: "Schreiben Sie mir doch einfach eine SMS"
      '(schreib{,en,t,e}|schick{,en,t,e}|send{en,et,e}) (sie|du|ihr)? (mir|uns) ~3 (eine|ne)? (sms|whatsapp|kurznachricht)',
      // an app said to be the easier channel: "c'est plus simple sur WhatsApp", "easier on Telegram"
      '(plus simple|plus facile|plus rapide|plus pratique|easier|simpler|quicker|faster|einfacher|schneller|bequemer) (sur|par|via|on|over|uber|per|auf|bei) @PLATFORM',
      // a contact request sent on it: "je vous ai envoyé une invitation sur Facebook", "a friend request on Insta"
      '(invitation|demande d ami|demande d amitie|friend request|invite|einladung|freundschaftsanfrage|kontaktanfrage) (sur|on|auf|via|par|uber|per) @PLATFORM',
    ],
  },
  {
    // train-e3 (a blind writer's training set), by kind: channels offered in other words
    id: 'social-platform',
    rule: 'contact-social',
    patterns: [
      // "qu'on échange sur WhatsApp", "Can I add you on WhatsApp?", "Hit me up on WA"
      '(echang{e,er,eons,ez,ions}|add (you|u)|ajouter|ajoute) ~4 (sur|on|via|par|auf) @PLATFORM',
      '(hit|ping) (me|us) up (on|via|sur)? (=WA|wa|@PLATFORM)',
      // a voice note on it: "un vocal WhatsApp", "a voice note on WhatsApp", "eine Sprachnachricht per WhatsApp"
      '(vocal|vocaux|message vocal|note vocale|voice note|voice message|voice memo|sprachnachricht|sprachmemo) (sur|on|via|per|par|uber|auf)? @PLATFORM',
      // a group to be added to: "un groupe Telegram réservé aux clients, je peux vous y ajouter"
      '(groupe|group|gruppe|chaine|channel|kanal) @PLATFORM ~8 (ajout*|add|rejoindre|rejoignez|join|hinzufug*|beitreten|invit*|einlad*)',
      // DMs: "Slide into our DMs on Instagram"
      '(slide|slip|pop) into (our|my|the) (dms|dm|inbox)',
      '(auf|on|sur) @PLATFORM (finden|findet|trouvez|find) (sie|vous|you)? (uns|nous|us|me|mich|moi)',
      // a text message invited in other words: "envoyez-moi plutôt un petit texto", "un SMS et c'est réglé",
      // "send a text to the number on the packing slip"
      '(envoy*|envoie{,z}|send|drop|shoot|schick{,t,en}) (moi|nous|me|us|mir|uns) (plutot|rather|instead|lieber|doch|einfach|juste|just|simplement|simply|donc|alors) (un|une|a|an|eine)? (petit|quick|short|kurze)? (sms|texto{,s}|text|text message)',
      '^(un|une|a|an|eine) (petit|quick|short|kurze)? (sms|texto|text|text message) (quand|et|when|and|wenn|und|avec|with|mit|des que|as soon as)',
      '(send|envoy*|envoie{,z}|schick*) (a|an|un|une|eine) (text|sms|texto|text message) (to|au|a|an) (the|le|la|die|den)? (number|numero|nummer)',
      // German verb-last: "Vergessen Sie nicht, uns auf Instagram zu folgen"
      '(uns|mir|mich) (auf|bei|uber|per|via) @PLATFORM (zu)? (folgen|kontaktieren|schreiben|abonnieren|adden|hinzufugen)',
      // a text said to settle it: "Un SMS et c'est réglé", "a quick text and it's sorted"
      '(un|une|a|an|eine) (petit|quick|short|kurze)? (sms|texto|text|kurznachricht) (et|and|und) (c est|it s|it is|das ist|alles ist)? (regle|fait|bon|sorted|done|settled|erledigt|geklart|fertig)',
    ],
  },
]

export const SOCIAL_EXCEPTION: PhraseException = {
  // Saying there is no such channel: "nous n'avons pas de compte Instagram", "we can't move this to WhatsApp"
  rules: ['contact-social'],
  patterns: [
    '(pas de|aucun{,e}|no|sans|without) (compte{,s}|page{,s}|account{,s}|profil{,s}|profile{,s}|groupe{,s}|group{,s})? @PLATFORM',
    '(don t|do not|never|n|ne) (use|have|utilis*|avons|ai|a) (pas|jamais|plus)? (de|d|a|an|any)? (compte{,s}|page{,s}|account{,s}|profil{,s}|profile{,s})? @PLATFORM',
    '(cannot|can t|can not|unable to|not able to|not allowed to|(ne|n) (pouvons|peux|peut|pouvez|devons|doit) pas|impossible (de|d)|pas (possible|autorise{,e,s}) (de|d)|interdit (de|d)) ~5 @PLATFORM',
    // declining to leave the marketplace: "we can't process payments outside Amazon", "we never…"
    '(cannot|can t|can not|never|don t|do not|won t|will not|unable to|not able to|jamais|pas|nicht|nie|niemals|keine{,n}) ~5 (hors|en dehors|outside|off|ausserhalb) (d|de|of|von)? amazon',
    // a channel refused: "nicht jedoch per SMS oder über WhatsApp", "pas par WhatsApp", "not via Messenger"
    '(nicht|not|pas|jamais|never|nie|nor|ni) (jedoch|aber|but|mais|even|also|auch|plus)? (per|uber|via|par|by|through|sur|on|auf) ~4 @PLATFORM',
    // messaging apps in general ("Messenger-Dienste wie WhatsApp"), not a channel
    'messenger (dienst{,e,en}|apps|services|app{,s}) (wie|like|comme|such as|tels que)? (@PLATFORM)? ((oder|or|ou|und|and|et) @PLATFORM)?',
    // the carrier texts or calls, not the seller: "der Paketdienst … schickt eine SMS", "the driver will text you"
    '(paketdienst|paketbote|zusteller|versanddienst|carrier|courier|driver|livreur|transporteur|fahrer|dhl|ups|dpd|hermes|gls|colissimo|chronopost|royal mail|evri|la poste|post) ~8 (sms|text{,s}|texto{,s}|anruf*|call{,s}|appel*|ruf*|schickt|sends|envoie)',
    // where the buyer found a picture: "les photos que vous avez trouvées sur Pinterest"
    '(trouv{e,ee,es,ees,ait}|vu{,e,s,es}|seen|saw|found|spotted|gesehen|gefunden|entdeckt) (sur|on|auf|bei) @PLATFORM (nous|moi|us|me|uns|mir|mich)?',
    // how the buyer found the shop: "found your shop through TikTok", "entdeckt über Instagram"
    '(found|discovered|heard (of|about)|saw|seen|came across|trouve{,e,s,es}|decouvert{,e,s,es}|connu{,e,s,es}|entendu parler|gefunden|entdeckt|gesehen|kennengelernt) ~4 (through|via|on|thanks to|from|par|sur|grace a|uber|auf|bei|durch) @PLATFORM',
    // writing privately to the e-mail address given in the same sentence is the e-mail rule's finding: "schreiben
    // Sie mir gerne privat, dann schicke ich Ihnen die Farbmuster: j.krause Klammeraffe web Punkt de"
    '(schreib*|ecri*|write|contact*|mail*) ~3 (privat|en prive|privately|in private) ~12 (at|arobase|klammeraffe|affenschwanz|chez|aet|at sign)',
    // the app's notifications on a device, not a channel: "Telegram and Signal notifications are held back"
    '@PLATFORM ((and|or|et|ou|und|oder) (@PLATFORM|signal))? (notification{,s}|notifs|benachrichtigung{,en}|mitteilung{,en}|alert{,s}|alerte{,s})',
    '(notification{,s}|notifs|benachrichtigung{,en}|mitteilung{,en}|alert{,s}|alerte{,s}) (from|de|des|von|for|pour|fur|fuer) @PLATFORM ((and|or|et|ou|und|oder) (@PLATFORM|signal))?',
    '(nothing|rien|nichts) (from|de|von) @PLATFORM ((and|or|et|ou|und|oder) (@PLATFORM|signal))?',
    // the goods send or receive texts, not the seller: "it sends its position by SMS to the number you set", "die
    // Uhr zeigt SMS an"; and a call under way on the goods: "keeps your phone going mid-call, so you can still use WhatsApp"
    '(it|il|elle|er|es|sie|they|ils|tracker|device|appareil|gerat|montre|watch|uhr|alarm{,e}|camera) (sends|send|envoie|envoient|schickt|sendet|schicken|senden|receives|recoit|empfangt|zeigt|shows|affiche) ~4 (by|via|par|per|as|en|des|les)? (sms|text{,s}|texto{,s}) (to|au|a|an|on|at)?',
    '(mid|during|pendant|wahrend) (a|an|the|un|une|l|einem|eines)? (call{,s}|appel{,s}|anruf{,s,es}) ~8 @PLATFORM',
    // what the goods do with the app, not a channel: "works for calls over WhatsApp", "für Anrufe über WhatsApp"
    '(for|pour|fur|fuer) (anrufe{,n}|calls|appels|videoanrufe{,n}|video calls|appels video|telefonate{,n}) (uber|via|over|par|sur|on|auf|per|with|mit|avec) @PLATFORM',
  ],
}
