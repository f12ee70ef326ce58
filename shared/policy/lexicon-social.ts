/**
 * Contact-social phrases as data: platform names, rules and exceptions (saying there is no such
 * channel).
 * Part of the phrase lexicon: the syntax and conventions are described in lexicon.ts.
 */
import type { PhraseException, PhraseRule } from './lexicon'
import type { PhraseSets } from './phrases'

export const SOCIAL_SETS: PhraseSets = {
  PLATFORM: [
    'whatsapp',
    'whats app',
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
}

export const SOCIAL_RULES: readonly PhraseRule[] = [
  {
    id: 'social-platform',
    rule: 'contact-social',
    patterns: [
      '@PLATFORM',
      '(sur|via|par) (signal|snap|fb|ig)',
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
      '(by|via) (sms|text|text message) (on|at|to)',
      '(text|texte{,z}) (me|us|moi|nous)',
      '(dm|mp) (me|us|moi|nous)',
      '(ecri*|contact*|message*|write|send) (moi|nous|me|us)? ~2 (en prive|en mp|en dm|message prive|private message|privately|direct message)',
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
  ],
}
