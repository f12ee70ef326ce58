/**
 * Known carriers and the address of their own tracking page. Every host used here is in the policy
 * checker's carrier (or marketplace) list, so a tracking link inserted into a reply is reported as
 * `info`, never blocked (carriers.test.ts runs each URL through the checker).
 */

export interface KnownCarrier {
  id: string
  /** The name shown to the user (the report's own spelling is kept beside it). */
  name: string
  trackingUrl: (trackingNumber: string) => string
}

const encode = encodeURIComponent

const CARRIERS: readonly (KnownCarrier & { matches: RegExp })[] = [
  {
    id: 'colissimo',
    name: 'La Poste / Colissimo',
    matches: /^(la ?poste|colissimo|laposte ?colissimo|lettre ?suivie)/,
    trackingUrl: (n) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${encode(n)}`,
  },
  {
    id: 'chronopost',
    name: 'Chronopost',
    matches: /^chronopost/,
    trackingUrl: (n) => `https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=${encode(n)}`,
  },
  {
    id: 'dhl',
    name: 'DHL',
    matches: /^dhl/,
    trackingUrl: (n) => `https://www.dhl.com/fr-fr/home/suivi.html?tracking-id=${encode(n)}&submit=1`,
  },
  {
    id: 'ups',
    name: 'UPS',
    matches: /^ups\b/,
    trackingUrl: (n) => `https://www.ups.com/track?tracknum=${encode(n)}`,
  },
  {
    id: 'dpd',
    name: 'DPD',
    matches: /^dpd/,
    trackingUrl: (n) => `https://trace.dpd.fr/fr/trace/${encode(n)}`,
  },
  {
    id: 'gls',
    name: 'GLS',
    matches: /^gls/,
    trackingUrl: (n) => `https://gls-group.com/FR/fr/suivi-colis?match=${encode(n)}`,
  },
  {
    id: 'mondial-relay',
    name: 'Mondial Relay',
    matches: /^mondial ?relay/,
    trackingUrl: (n) => `https://www.mondialrelay.fr/suivi-de-colis/?NumeroExpedition=${encode(n)}`,
  },
  {
    id: 'fedex',
    name: 'FedEx',
    matches: /^fed ?ex/,
    trackingUrl: (n) => `https://www.fedex.com/fedextrack/?trknbr=${encode(n)}`,
  },
  {
    id: 'tnt',
    name: 'TNT',
    matches: /^tnt/,
    trackingUrl: (n) =>
      `https://www.tnt.com/express/fr_fr/site/outils-expedition/suivi.html?searchType=con&cons=${encode(n)}`,
  },
  {
    id: 'colis-prive',
    name: 'Colis Privé',
    matches: /^colis ?prive/,
    trackingUrl: (n) => `https://www.colisprive.com/moncolis/pages/detailColis.aspx?numColis=${encode(n)}`,
  },
  {
    id: 'amazon',
    name: 'Amazon Logistics',
    matches: /^(amzn|amazon)/,
    trackingUrl: (n) => `https://track.amazon.fr/tracking/${encode(n)}`,
  },
  {
    id: 'royal-mail',
    name: 'Royal Mail',
    matches: /^royal ?mail/,
    trackingUrl: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${encode(n)}`,
  },
  {
    id: 'evri',
    name: 'Evri (Hermes)',
    matches: /^(evri|hermes)/,
    trackingUrl: (n) => `https://www.evri.com/track/parcel/${encode(n)}`,
  },
  {
    id: 'usps',
    name: 'USPS',
    matches: /^usps/,
    trackingUrl: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${encode(n)}`,
  },
  {
    id: 'postnl',
    name: 'PostNL',
    matches: /^post ?nl/,
    trackingUrl: (n) => `https://postnl.nl/tracktrace/?B=${encode(n)}`,
  },
  {
    id: 'bpost',
    name: 'bpost',
    matches: /^bpost/,
    trackingUrl: (n) => `https://track.bpost.be/btr/web/#/search?itemCode=${encode(n)}`,
  },
  {
    id: 'correos',
    name: 'Correos',
    matches: /^correos/,
    trackingUrl: (n) =>
      `https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number=${encode(n)}`,
  },
]

/** Lower case, no accents, separators as single spaces: "Mondial-Relay" and "mondial relay" agree. */
function foldCarrierName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

export function findCarrier(name: string | null | undefined): KnownCarrier | null {
  if (!name) return null
  const folded = foldCarrierName(name)
  return CARRIERS.find((carrier) => carrier.matches.test(folded)) ?? null
}

/**
 * The carrier as a buyer should read it: the report's own name ("Colissimo", "Mondial Relay"), except
 * a code such as "AMZN_FR", which becomes the carrier's name ("Amazon Logistics").
 */
export function carrierDisplayName(reported: string): string {
  const code = /^[A-Z0-9]+(_[A-Z0-9]+)+$/.test(reported.trim())
  return code ? (findCarrier(reported)?.name ?? reported) : reported
}

/** Tracking numbers are letters, digits and a few separators; anything else gets no link. */
const TRACKING_NUMBER = /^[A-Za-z0-9][A-Za-z0-9 ._-]{3,39}$/

/** The carrier's own tracking page for this parcel, or null for an unknown carrier or odd number. */
export function trackingUrl(carrier: string | null | undefined, trackingNumber: string | null | undefined) {
  const known = findCarrier(carrier)
  if (!known || !trackingNumber || !TRACKING_NUMBER.test(trackingNumber.trim())) return null
  return known.trackingUrl(trackingNumber.trim().replace(/\s+/g, ''))
}
