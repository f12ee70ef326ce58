/**
 * Understanding the marketplace's relay mails. Pure: it takes a mail already parsed (MIME is decoded
 * by mailparser in the services) and says what it is, for which marketplace, from which buyer, about
 * which order, and what the buyer actually wrote.
 */
import type { SpoofWarning } from '../model/mail-import'
import type { MailKind } from '../model/mailbox'
import { authenticityProblems } from './relay-auth'
import type { MailHeaders } from './relay-auth'
import { domainOf, isMarketplaceMailDomain, marketplaceOfDomain } from './relay-domains'
import type { Marketplace } from './relay-domains'
import { extractBuyerText } from './relay-text'
import type { RelayTemplate } from './relay-text'

export type { Marketplace } from './relay-domains'
export { RELAY_DOMAINS, isMarketplaceMailDomain, marketplaceOfDomain } from './relay-domains'

export interface MailAddress {
  address: string
  name: string
}

/** What the services hand over once MIME is decoded. Header names in lower case. */
export interface ParsedMail {
  headers: MailHeaders
  from: MailAddress | null
  to: MailAddress[]
  subject: string
  text: string
  html: string | null
}

export type NoticeType = 'return' | 'cancellation' | 'refund' | 'claim' | 'delivery' | 'other'

export interface RelayBuyer {
  /** First name as the display name gives it ("Prénom - Amazon Marketplace" → "Prénom"). */
  name: string
  /** The full relay address, the one to answer to. */
  relayAddress: string
  /** The anonymised alias (local part before the "+"). */
  alias: string
}

export interface RelayAnalysis {
  kind: MailKind
  /** The storefront, from the relay (or marketplace) domain; null for other mail. */
  marketplace: Marketplace | null
  /** The buyer: the sender of a buyer message, the recipient of our reply. */
  buyer: RelayBuyer | null
  orderNumber: string | null
  /** What to show: the buyer's words without Amazon's wrapper and footer (or the whole text). */
  text: string
  template: RelayTemplate
  noticeType: NoticeType | null
  /** Why a mail is judged a pretender (kind 'spoofed'). */
  warnings: SpoofWarning[]
}

export const ORDER_NUMBER_IN_TEXT = /\b\d{3}-\d{7}-\d{7}\b/

const DISPLAY_NAME_SUFFIX = /\s*[-–—]?\s*(?:amazon\s+marketplace|marketplace\s+amazon)\s*$/i

const DELIVERY_FAILURE =
  /unable to deliver the message you sent|message (?:delivery failure|not delivered)|n'avons pas pu (?:remettre|transmettre|délivrer) (?:le|votre) message|échec de (?:la )?(?:remise|distribution)|nachricht konnte nicht zugestellt werden|non siamo riusciti a recapitare|no hemos podido entregar el mensaje/i
const OPT_OUT =
  /opted out of (?:receiving )?(?:unsolicited |non-critical )?messages|a choisi de ne (?:plus )?recevoir|ne souhaite plus recevoir|hat sich gegen den erhalt|ha scelto di non ricevere|ha decidido no recibir/i

const NOTICE_PATTERNS: ReadonlyArray<readonly [NoticeType, RegExp]> = [
  [
    'return',
    /return (?:authori[sz]ation|request)|demande de retour|autorisation de retour|rücksendung|reso|devolución/i,
  ],
  [
    'cancellation',
    /cancell?ation request|demande d'annulation|stornierungsanfrage|richiesta di cancellazione|solicitud de cancelación/i,
  ],
  ['refund', /refund|rembours|erstattung|rimborso|reembolso/i],
  ['claim', /a-to-z|a-à-z|garantie de a à z|claim|réclamation|reclamation|anspruch|reclamo/i],
  ['delivery', /(?:damaged|not (?:arrived|received))|endommagé|non (?:reçu|arrivé)|beschädigt/i],
]

function lower(address: string): string {
  return address.trim().toLowerCase()
}

/** A buyer alias on a relay domain: `<alias>+<case uuid>@marketplace.amazon.<tld>`. */
export function relayAddressInfo(address: string): { alias: string; marketplace: Marketplace } | null {
  const marketplace = marketplaceOfDomain(domainOf(address))
  if (!marketplace) return null
  const local = address.slice(0, address.lastIndexOf('@'))
  const plus = local.indexOf('+')
  if (plus <= 0 || plus === local.length - 1) return null
  return { alias: local.slice(0, plus).toLowerCase(), marketplace }
}

export function buyerNameOf(displayName: string, alias: string): string {
  const name = displayName.replace(DISPLAY_NAME_SUFFIX, '').trim()
  return name === '' ? alias : name
}

/** The marketplace of any of its mail domains (amazon.fr, marketplace.amazon.de, …), or null. */
function marketplaceOfAnyDomain(domain: string): Marketplace | null {
  const match = /(?:^|\.)amazon\.([a-z.]+)$/.exec(domain)
  return match ? marketplaceOfDomain(`marketplace.amazon.${match[1]}`) : null
}

function noticeTypeOf(text: string): NoticeType | null {
  for (const [type, pattern] of NOTICE_PATTERNS) if (pattern.test(text)) return type
  return null
}

export interface AnalyseOptions {
  /** The owner's own addresses: mail from them is an outbound reply. */
  ownAddresses?: readonly string[]
}

export function analyseRelayMail(mail: ParsedMail, options: AnalyseOptions = {}): RelayAnalysis {
  const from = mail.from ? lower(mail.from.address) : ''
  const fromDomain = domainOf(from)
  const subject = mail.subject ?? ''
  const bodyText = mail.text ?? ''
  const orderNumber =
    ORDER_NUMBER_IN_TEXT.exec(subject)?.[0] ?? ORDER_NUMBER_IN_TEXT.exec(bodyText)?.[0] ?? null
  const extracted = extractBuyerText(bodyText, mail.html)
  const base = {
    orderNumber,
    text: extracted.text,
    template: extracted.template,
    warnings: [] as SpoofWarning[],
  }
  const own = new Set((options.ownAddresses ?? []).map(lower))

  const claimsMarketplace = fromDomain !== '' && isMarketplaceMailDomain(fromDomain)
  if (claimsMarketplace || /amazon\s+marketplace/i.test(mail.from?.name ?? '')) {
    const warnings = authenticityProblems(mail.headers)
    if (!claimsMarketplace) {
      warnings.unshift({ kind: 'display-name-only', address: from })
    }
    if (warnings.length > 0) {
      return {
        ...base,
        kind: 'spoofed',
        marketplace: marketplaceOfAnyDomain(fromDomain),
        buyer: null,
        noticeType: null,
        warnings,
      }
    }
  }

  if (claimsMarketplace) {
    const relay = relayAddressInfo(from)
    const everything = `${subject}\n${bodyText}`
    const marketplace = relay?.marketplace ?? marketplaceOfAnyDomain(fromDomain)
    const buyer = relay
      ? { name: buyerNameOf(mail.from?.name ?? '', relay.alias), relayAddress: from, alias: relay.alias }
      : null
    if (DELIVERY_FAILURE.test(everything)) {
      return {
        ...base,
        kind: 'delivery-failure',
        marketplace,
        buyer: buyerOfRecipients(mail) ?? buyerInText(bodyText) ?? buyer,
        noticeType: null,
        text: cutText(bodyText, base.text),
      }
    }
    if (OPT_OUT.test(everything)) {
      return { ...base, kind: 'opt-out', marketplace, buyer, noticeType: null }
    }
    if (relay) return { ...base, kind: 'buyer-message', marketplace, buyer, noticeType: null }
    const noticeType = noticeTypeOf(subject) ?? (orderNumber ? (noticeTypeOf(bodyText) ?? 'other') : null)
    if (noticeType !== null) return { ...base, kind: 'notice', marketplace, buyer: null, noticeType }
    return { ...base, kind: 'other', marketplace, buyer: null, noticeType: null }
  }

  // Our own reply, found in the mail (a Sent folder): from us, or from anyone, to a buyer's alias.
  const buyer = buyerOfRecipients(mail)
  if (buyer && (own.size === 0 || own.has(from))) {
    return {
      ...base,
      kind: 'outbound',
      marketplace: relayAddressInfo(buyer.relayAddress)!.marketplace,
      buyer,
      noticeType: null,
      text: cutQuoted(bodyText),
    }
  }
  return { ...base, kind: 'other', marketplace: null, buyer: null, noticeType: null, text: bodyText.trim() }
}

function buyerOfRecipients(mail: ParsedMail): RelayBuyer | null {
  for (const recipient of mail.to) {
    const relay = relayAddressInfo(recipient.address)
    if (relay)
      return {
        name: buyerNameOf(recipient.name, relay.alias),
        relayAddress: lower(recipient.address),
        alias: relay.alias,
      }
  }
  return null
}

const RELAY_IN_TEXT = /[a-z0-9._%-]+\+[a-z0-9-]+@marketplace\.amazon\.[a-z.]+[a-z]/i

/** The buyer a bounce is about: the relay address it names. */
function buyerInText(text: string): RelayBuyer | null {
  const address = RELAY_IN_TEXT.exec(text)?.[0]?.toLowerCase()
  const relay = address ? relayAddressInfo(address) : null
  return relay && address ? { name: relay.alias, relayAddress: address, alias: relay.alias } : null
}

/** A bounce keeps its whole explanation (minus the footer): it is what the seller needs to read. */
function cutText(body: string, extracted: string): string {
  return extracted.length > 0 ? extracted : body.trim()
}

/** Our reply without the quoted buyer message below it ("> …" lines and "On … wrote:" headers). */
function cutQuoted(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n')
  const quoteStart = lines.findIndex(
    (line, i) =>
      /^>/.test(line) ||
      (/^(?:on|le)\b.*(?:wrote|a écrit)\s*:\s*$/i.test(line) && (lines[i + 1] ?? '').startsWith('>')),
  )
  return (quoteStart >= 0 ? lines.slice(0, quoteStart) : lines).join('\n').trim()
}
