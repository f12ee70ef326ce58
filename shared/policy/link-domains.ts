/**
 * Which host is which: the marketplace, carrier, shortener, social and brand domain lists, the TLD sets,
 * and the classification of a host (allowed, look-alike, shortener, plain link).
 */
import tlds from 'tlds'
import type { MessageId } from './messages'

/** Marketplace domains (subdomains included, e.g. sellercentral.amazon.fr, track.amazon.fr). */
export const MARKETPLACE_DOMAINS: readonly string[] = [
  ...[
    'fr',
    'com',
    'co.uk',
    'de',
    'it',
    'es',
    'nl',
    'se',
    'pl',
    'com.be',
    'ie',
    'ca',
    'com.mx',
    'com.br',
    'co.jp',
    'com.au',
    'in',
    'sg',
    'ae',
    'sa',
    'com.tr',
    'eg',
    'cn',
  ].map((tld) => `amazon.${tld}`),
  'amzn.to',
  'amzn.eu',
  'amzn.com',
  'a.co',
  'media-amazon.com',
  'ssl-images-amazon.com',
]

/** Carrier tracking sites. */
export const CARRIER_DOMAINS: readonly string[] = [
  'laposte.fr',
  'colissimo.fr',
  'colissimo.com',
  'chronopost.fr',
  'chronopost.com',
  'ups.com',
  'dhl.com',
  'dhl.fr',
  'dhl.de',
  'dhl.co.uk',
  'dhlparcel.nl',
  'dhlparcel.fr',
  'fedex.com',
  'tnt.com',
  'tnt.fr',
  'mondialrelay.fr',
  'mondialrelay.com',
  'mondialrelay.be',
  'mondialrelay.es',
  'dpd.fr',
  'dpd.com',
  'dpd.co.uk',
  'dpd.de',
  'dpd.be',
  'gls-france.com',
  'gls-group.eu',
  'gls-group.com',
  'gls-pakete.de',
  'gls-info.nl',
  'colisprive.com',
  'colisprive.fr',
  'relaiscolis.com',
  'royalmail.com',
  'parcelforce.com',
  'evri.com',
  'hermesworld.com',
  'myhermes.de',
  'usps.com',
  'canadapost.ca',
  'canadapost-postescanada.ca',
  'postnl.nl',
  'postnl.com',
  'bpost.be',
  'deutschepost.de',
  'correos.es',
  'poste.it',
  'seur.com',
  'geodis.com',
  'dbschenker.com',
  'post.ch',
  'swisspost.ch',
]

const SHORTENERS = new Set([
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'rebrand.ly',
  'cutt.ly',
  'shorturl.at',
  'tiny.cc',
  'lnkd.in',
  't.ly',
  'rb.gy',
  'v.gd',
  's.id',
  'shorte.st',
  'adf.ly',
  'bl.ink',
  'short.io',
  'lc.cx',
  'urlz.fr',
  'tinu.be',
  'snip.ly',
  'qrco.de',
])

const SOCIAL_DOMAINS: readonly string[] = [
  'facebook.com',
  'fb.com',
  'fb.me',
  'm.me',
  'messenger.com',
  'instagram.com',
  'instagr.am',
  'wa.me',
  'whatsapp.com',
  't.me',
  'telegram.me',
  'telegram.org',
  'tiktok.com',
  'twitter.com',
  'x.com',
  'snapchat.com',
  'linkedin.com',
  'pinterest.com',
  'pinterest.fr',
  'discord.gg',
  'discord.com',
  'signal.me',
  'signal.group',
  'viber.com',
  'skype.com',
]

/** Brand names that look-alike domains borrow. Long ones match anywhere in the host, short ones as a part. */
const BRANDS_ANYWHERE = [
  'amazon',
  'sellercentral',
  'colissimo',
  'laposte',
  'chronopost',
  'fedex',
  'mondialrelay',
]
const BRANDS_PART = new Set(['amzn', 'dhl', 'ups', 'dpd', 'gls', 'tnt', 'usps'])

/** TLDs that are also common file extensions ("notice.zip", "readme.md"). */
export const FILE_EXTENSIONS = new Set(['zip', 'mov', 'md', 'py', 'ai', 'ps', 'rs', 'sh'])
/** TLDs accepted after a spaced or spelled-out dot ("site . fr", "site point com"). */
export const COMMON_TLDS = new Set(
  'fr com net org eu io co uk be ch ca info biz xyz shop store online site app me tv es it nl lu shop club pro de'.split(
    ' ',
  ),
)
export const ALL_TLDS = new Set(tlds)
/** Mail providers written without their TLD ("jean.dupont@gmail"). */
export const MAIL_PROVIDERS = new Set(
  'gmail hotmail yahoo outlook live icloud orange free sfr laposte wanadoo protonmail proton gmx aol msn yandex neuf bbox numericable'.split(
    ' ',
  ),
)

function domainIn(host: string, list: readonly string[]): boolean {
  for (const d of list) if (host === d || host.endsWith('.' + d)) return true
  return false
}

export function classify(
  host: string,
  hasAuth: boolean,
): { allowed: boolean; message: MessageId; social: boolean } {
  const social = domainIn(host, SOCIAL_DOMAINS)
  if (!hasAuth && (domainIn(host, MARKETPLACE_DOMAINS) || domainIn(host, CARRIER_DOMAINS))) {
    return { allowed: true, message: 'link-allowed', social: false }
  }
  if (hasAuth || isLookalike(host)) return { allowed: false, message: 'link-lookalike', social }
  if (SHORTENERS.has(host)) return { allowed: false, message: 'link-shortener', social }
  return { allowed: false, message: 'link', social }
}

function isLookalike(host: string): boolean {
  for (const b of BRANDS_ANYWHERE) if (host.includes(b)) return true
  for (const part of host.split(/[.-]/)) if (BRANDS_PART.has(part)) return true
  return false
}
