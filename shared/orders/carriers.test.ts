import { describe, expect, it } from 'vitest'
import { checkPolicy } from '../policy'
import { carrierDisplayName, findCarrier, trackingUrl } from './carriers'

/** Carrier names as Seller Central's reports and sellers write them. */
const REPORTED_NAMES: [string, string][] = [
  ['La Poste', 'colissimo'],
  ['Colissimo', 'colissimo'],
  ['LaPoste Colissimo', 'colissimo'],
  ['Chronopost', 'chronopost'],
  ['DHL', 'dhl'],
  ['DHL Express', 'dhl'],
  ['UPS', 'ups'],
  ['DPD', 'dpd'],
  ['GLS', 'gls'],
  ['Mondial Relay', 'mondial-relay'],
  ['Mondial-Relay', 'mondial-relay'],
  ['FedEx', 'fedex'],
  ['AMZN_FR', 'amazon'],
  ['Amazon Logistics', 'amazon'],
  ['TNT', 'tnt'],
  ['Colis Privé', 'colis-prive'],
  ['Royal Mail', 'royal-mail'],
  ['Hermes', 'evri'],
  ['USPS', 'usps'],
  ['PostNL', 'postnl'],
  ['bpost', 'bpost'],
  ['Correos', 'correos'],
]

describe('carrier tracking links', () => {
  it.each(REPORTED_NAMES)('recognises %s', (name, id) => {
    expect(findCarrier(name)?.id).toBe(id)
  })

  it.each(REPORTED_NAMES)(
    'builds an https link for %s that the policy checker reports as an allowed carrier link (info)',
    (name) => {
      const url = trackingUrl(name, '6A12345678901')!
      expect(url).toMatch(/^https:\/\/[^/]+\//)
      expect(url).toContain('6A12345678901')
      const findings = checkPolicy(`Bonjour, votre colis est suivi ici : ${url} Bonne journée.`)
      expect(findings.length).toBeGreaterThan(0)
      expect(findings.map((f) => [f.rule, f.severity])).toEqual(findings.map(() => ['external-link', 'info']))
    },
  )

  it('shows a carrier code by its name, and a name as the report writes it', () => {
    expect(carrierDisplayName('AMZN_FR')).toBe('Amazon Logistics')
    expect(carrierDisplayName('Colissimo')).toBe('Colissimo')
    expect(carrierDisplayName('DHL')).toBe('DHL')
    expect(carrierDisplayName('ACME_EXPRESS')).toBe('ACME_EXPRESS')
  })

  it('gives no link for an unknown carrier or a tracking number that is not one', () => {
    expect(trackingUrl('Transports Dupont', '6A12345678901')).toBeNull()
    expect(trackingUrl('Colissimo', null)).toBeNull()
    expect(trackingUrl('Colissimo', 'abc')).toBeNull()
    expect(trackingUrl('Colissimo', '6A123<script>')).toBeNull()
    expect(trackingUrl('UPS', '1Z 999 AA1 01 2345 6784')).toBe(
      'https://www.ups.com/track?tracknum=1Z999AA10123456784',
    )
  })
})
