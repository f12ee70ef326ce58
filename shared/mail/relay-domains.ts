/**
 * The marketplace's relay domains (`marketplace.amazon.<tld>`) and what each one tells: the
 * marketplace and the language its mails are written in. The marketplace is read from the domain,
 * never guessed from the order number's first digits (they do not map to countries).
 */

export interface Marketplace {
  /** The relay domain, e.g. marketplace.amazon.fr */
  domain: string
  /** The storefront's top-level part, e.g. fr, co.uk, com.be */
  tld: string
  /** ISO 3166 country code of the storefront ('US' for .com). */
  country: string
  /** The language the marketplace writes its notices in (ISO 639-1). */
  language: string
}

const STOREFRONTS: ReadonlyArray<readonly [tld: string, country: string, language: string]> = [
  ['fr', 'FR', 'fr'],
  ['de', 'DE', 'de'],
  ['it', 'IT', 'it'],
  ['es', 'ES', 'es'],
  ['co.uk', 'GB', 'en'],
  ['nl', 'NL', 'nl'],
  ['pl', 'PL', 'pl'],
  ['se', 'SE', 'sv'],
  ['com.be', 'BE', 'fr'],
  ['com.tr', 'TR', 'tr'],
  ['ie', 'IE', 'en'],
  ['com', 'US', 'en'],
  ['ca', 'CA', 'en'],
  ['com.mx', 'MX', 'es'],
  ['com.br', 'BR', 'pt'],
  ['co.jp', 'JP', 'ja'],
  ['com.au', 'AU', 'en'],
  ['in', 'IN', 'en'],
  ['sg', 'SG', 'en'],
  ['ae', 'AE', 'en'],
  ['sa', 'SA', 'ar'],
  ['eg', 'EG', 'ar'],
]

const RELAY_PREFIX = 'marketplace.amazon.'

const MARKETPLACES: ReadonlyMap<string, Marketplace> = new Map(
  STOREFRONTS.map(([tld, country, language]) => [
    `${RELAY_PREFIX}${tld}`,
    { domain: `${RELAY_PREFIX}${tld}`, tld, country, language },
  ]),
)

/** Every relay domain (22). */
export const RELAY_DOMAINS: readonly string[] = [...MARKETPLACES.keys()]

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@')
  return at < 0
    ? ''
    : address
        .slice(at + 1)
        .toLowerCase()
        .replace(/\.$/, '')
}

/** The marketplace of a relay domain, or null when the domain is not one of the 22. */
export function marketplaceOfDomain(domain: string): Marketplace | null {
  return MARKETPLACES.get(domain.toLowerCase()) ?? null
}

const AMAZON_TLDS = new Set(STOREFRONTS.map(([tld]) => tld))

/**
 * True for the marketplace's own mail domains: amazon.<storefront tld>, any subdomain of them (the
 * relay included), and Amazon SES, which signs and bounces the relayed mail. A look-alike such as
 * amazon-support.fr or amazon.fr.example.com is not one of them.
 */
export function isMarketplaceMailDomain(domain: string): boolean {
  const host = domain.toLowerCase().replace(/\.$/, '')
  if (host === 'amazonses.com' || host.endsWith('.amazonses.com')) return true
  const match = /(?:^|\.)amazon\.([a-z.]+)$/.exec(host)
  return match !== null && AMAZON_TLDS.has(match[1]!)
}
