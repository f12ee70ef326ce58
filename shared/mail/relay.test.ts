import { describe, expect, it } from 'vitest'
import { analyseRelayMail, RELAY_DOMAINS, isMarketplaceMailDomain } from './relay'
import type { ParsedMail } from './relay'

const GENUINE = {
  'authentication-results': [
    'mx.example; spf=pass smtp.mailfrom=amazonses.com; dkim=pass header.d=marketplace.amazon.fr',
  ],
  'dkim-signature': ['v=1; a=rsa-sha256; d=marketplace.amazon.fr; s=x'],
  'return-path': ['<0102@eu-west-1.amazonses.com>'],
}

function mail(overrides: Partial<ParsedMail>): ParsedMail {
  return {
    headers: GENUINE,
    from: { address: 'abcalias+0f2c-11aa@marketplace.amazon.fr', name: 'Chloé - Amazon Marketplace' },
    to: [{ address: 'shop@example.com', name: '' }],
    subject: 'Demande de renseignements de la part du client Amazon Chloé',
    text: '',
    html: null,
    ...overrides,
  }
}

describe('analyseRelayMail', () => {
  it('knows 22 relay domains, and a look-alike is not the marketplace', () => {
    expect(RELAY_DOMAINS).toHaveLength(22)
    expect(isMarketplaceMailDomain('marketplace.amazon.co.uk')).toBe(true)
    expect(isMarketplaceMailDomain('amazon-support.fr')).toBe(false)
    expect(isMarketplaceMailDomain('amazon.fr.example.com')).toBe(false)
  })

  it('reads the buyer, the marketplace, the order and the words between the markers', () => {
    const result = analyseRelayMail(
      mail({
        text: 'Commande : 402-1111111-2222222\n\n---- Début du message ----\n\nBonjour,\nle carton était ouvert.\n\n---- Fin du message ----\n\nCet e-mail vous a-t-il été utile ?\n[commMgrTok:XYZ]',
      }),
    )
    expect(result).toMatchObject({
      kind: 'buyer-message',
      orderNumber: '402-1111111-2222222',
      text: 'Bonjour,\nle carton était ouvert.',
      template: 'plain',
      buyer: { name: 'Chloé', alias: 'abcalias' },
      marketplace: { tld: 'fr', language: 'fr' },
    })
  })

  it('reads the newer HTML template: the <pre> block, entities decoded, no footer', () => {
    const result = analyseRelayMail(
      mail({
        from: { address: 'zz9+case@marketplace.amazon.de', name: 'Jonas - Amazon Marketplace' },
        subject: 'Anfrage (Bestellung: 302-1234567-7654321)',
        text: 'You have received a message',
        html: '<p>You have received a message</p><pre>Wo ist mein Paket &amp; die Rechnung?<br>Danke</pre><p>Was this email helpful?</p>',
      }),
    )
    expect(result.text).toBe('Wo ist mein Paket & die Rechnung?\nDanke')
    expect(result.template).toBe('html')
    expect(result.marketplace?.language).toBe('de')
    expect(result.orderNumber).toBe('302-1234567-7654321')
  })

  it('calls a relay look-alike with foreign authentication a pretender, naming why', () => {
    const result = analyseRelayMail(
      mail({
        headers: {
          'authentication-results': [
            'mx; spf=fail smtp.mailfrom=evil.example; dkim=pass header.d=evil.example',
          ],
          'return-path': ['<x@evil.example>'],
        },
      }),
    )
    expect(result.kind).toBe('spoofed')
    expect(result.warnings).toContainEqual({ kind: 'auth-result', method: 'spf', verdict: 'fail' })
    expect(result.warnings).toContainEqual({ kind: 'return-path-other', domain: 'evil.example' })
  })

  it('a display name claiming the marketplace from another domain is a pretender', () => {
    const result = analyseRelayMail(
      mail({ headers: {}, from: { address: 'support@amaz0n-help.example', name: 'Amazon Marketplace' } }),
    )
    expect(result.kind).toBe('spoofed')
  })

  it('recognises notices, bounces and opt-outs', () => {
    const from = { address: 'seller-notification@amazon.fr', name: 'Amazon.fr' }
    expect(
      analyseRelayMail(
        mail({ from, subject: 'Autorisation de retour pour la commande 402-1111111-2222222' }),
      ),
    ).toMatchObject({ kind: 'notice', noticeType: 'return', orderNumber: '402-1111111-2222222' })
    expect(
      analyseRelayMail(
        mail({
          from,
          subject: 'Message',
          text: 'We were unable to deliver the message you sent to a+b@marketplace.amazon.fr.',
        }),
      ),
    ).toMatchObject({ kind: 'delivery-failure', buyer: { relayAddress: 'a+b@marketplace.amazon.fr' } })
    expect(analyseRelayMail(mail({ text: 'Ce client a choisi de ne plus recevoir de messages.' })).kind).toBe(
      'opt-out',
    )
  })

  it('our reply to a relay alias is outbound; other mail is other', () => {
    const reply = analyseRelayMail(
      mail({
        headers: {},
        from: { address: 'shop@example.com', name: 'Shop' },
        to: [{ address: 'abcalias+0f2c-11aa@marketplace.amazon.fr', name: 'Chloé - Amazon Marketplace' }],
        text: 'Bonjour Chloé\n\nLe 20/11, Chloé a écrit :\n> le carton',
      }),
      { ownAddresses: ['Shop@example.com'] },
    )
    expect(reply).toMatchObject({ kind: 'outbound', text: 'Bonjour Chloé', buyer: { name: 'Chloé' } })
    expect(analyseRelayMail(mail({ headers: {}, from: { address: 'a@b.example', name: 'A' } })).kind).toBe(
      'other',
    )
  })
})
