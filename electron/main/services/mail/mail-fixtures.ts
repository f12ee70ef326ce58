/**
 * Relay mails built in code for tests and benchmarks (nodemailer's MailComposer writes the raw MIME):
 * both body templates, several storefronts, notices, bounces, opt-outs, our own replies and
 * pretenders. Names, aliases and texts are invented; nothing here is a copy of anyone's mail.
 */
import MailComposer from 'nodemailer/lib/mail-composer'
import type Mail from 'nodemailer/lib/mailer'

export type Template = 'plain' | 'html'

export interface RelayFixture {
  tld?: string
  alias?: string
  caseId?: string
  buyer?: string
  orderNumber?: string | null
  /** Where the order number appears: the subject (English style) or the body only (French style). */
  orderIn?: 'subject' | 'body'
  template?: Template
  text?: string
  subject?: string
  messageId?: string
  date?: Date
  attachments?: Mail.Attachment[]
  /** Headers a pretender cannot fake (its own DKIM signer, a failed SPF…). */
  spoofed?: boolean
  inReplyTo?: string
}

export const SELLER_ADDRESS = 'boutique@vendeur.example'

export function relayAddress(alias: string, caseId: string, tld: string): string {
  return `${alias}+${caseId}@marketplace.amazon.${tld}`
}

function build(options: Mail.Options): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    new MailComposer(options).compile().build((error, message) => {
      if (error) reject(error)
      else resolve(new Uint8Array(message.buffer, message.byteOffset, message.byteLength))
    })
  })
}

const FOOTER_FR = `Répondre à ce message permet de répondre au client.
Marquer comme ne nécessitant pas de réponse : https://sellercentral.amazon.fr/messaging/reply?noResponseNeeded=1
Cet e-mail vous a-t-il été utile ?
[commMgrTok:A1B2C3D4E5F6]
Copyright 2026 Amazon, Inc. ou ses filiales.`

const FOOTER_EN = `To respond to this customer, reply to this e-mail.
Mark as no response needed: https://sellercentral.amazon.com/messaging/reply?noResponseNeeded=1
Was this email helpful?
[commMgrTok:A1B2C3D4E5F6]`

function plainBody(text: string, lang: 'fr' | 'en', orderLine: string): string {
  const [begin, end, footer] =
    lang === 'fr'
      ? [
          '------------- Début du message -------------',
          '------------- Fin du message -------------',
          FOOTER_FR,
        ]
      : ['------------- Begin message -------------', '------------- End message -------------', FOOTER_EN]
  return `${orderLine}\n\n${begin}\n\n${text}\n\n${end}\n\n${footer}\n`
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

function htmlBody(text: string, orderLine: string): string {
  return `<!DOCTYPE html><html><body><table><tr><td><h2>You have received a message</h2>
<p>${escapeHtml(orderLine)}</p><pre style="white-space:pre-wrap">${escapeHtml(text)}</pre>
<p><a href="https://sellercentral.amazon.com/messaging">Reply</a></p>
<img src="https://www.amazon.com/gp/r.html?track=1" width="1" height="1">
<p>Was this email helpful?</p><p>[commMgrTok:A1B2C3D4E5F6]</p></td></tr></table></body></html>`
}

function authHeaders(tld: string, spoofed: boolean): Record<string, string> {
  return spoofed
    ? {
        'Authentication-Results':
          'mx.vendeur.example; spf=fail smtp.mailfrom=phish.example; dkim=pass header.d=phish.example',
        'Received-SPF':
          'fail (mx.vendeur.example: domain of phish.example does not designate 203.0.113.9 as permitted sender)',
        'DKIM-Signature': 'v=1; a=rsa-sha256; d=phish.example; s=s1; h=from:subject; bh=AAAA; b=BBBB',
      }
    : {
        'Authentication-Results': `mx.vendeur.example; spf=pass smtp.mailfrom=eu-west-1.amazonses.com; dkim=pass header.d=marketplace.amazon.${tld}; dmarc=pass header.from=marketplace.amazon.${tld}`,
        'Received-SPF':
          'pass (mx.vendeur.example: domain of eu-west-1.amazonses.com designates 54.240.0.1 as permitted sender)',
        'DKIM-Signature': `v=1; a=rsa-sha256; d=marketplace.amazon.${tld}; s=relay; h=from:subject; bh=AAAA; b=BBBB`,
      }
}

const LANG_OF: Record<string, 'fr' | 'en'> = { fr: 'fr', 'com.be': 'fr' }

/** A buyer's message as the relay delivers it. */
export function relayMail(fixture: RelayFixture = {}): Promise<Uint8Array> {
  const tld = fixture.tld ?? 'fr'
  const lang = LANG_OF[tld] ?? 'en'
  const alias = fixture.alias ?? 'kq7w2mzx4hv9tpl'
  const caseId = fixture.caseId ?? 'a1b2c3d4-e5f6-4711-8abc-0123456789ab'
  const buyer = fixture.buyer ?? 'Élodie'
  const order = fixture.orderNumber === undefined ? '405-1234567-7654321' : fixture.orderNumber
  const orderIn = fixture.orderIn ?? (lang === 'fr' ? 'body' : 'subject')
  const text = fixture.text ?? 'Bonjour, le colis est arrivé abîmé. Que faire ?'
  const subject =
    fixture.subject ??
    (lang === 'fr'
      ? `Demande de renseignements de la part du client Amazon ${buyer}`
      : `Inquiry from Amazon customer ${buyer}${order && orderIn === 'subject' ? ` (Order: ${order})` : ''}`)
  const orderLine = order ? (lang === 'fr' ? `Commande : ${order}` : `Order ID: ${order}`) : ''
  const spoofed = fixture.spoofed === true
  const template = fixture.template ?? 'plain'
  return build({
    from: { name: `${buyer} - Amazon Marketplace`, address: relayAddress(alias, caseId, tld) },
    to: SELLER_ADDRESS,
    subject,
    messageId: fixture.messageId ?? `<${alias}.${Math.abs(hash(text + subject))}@marketplace.amazon.${tld}>`,
    date: fixture.date ?? new Date('2026-11-20T09:15:00Z'),
    ...(fixture.inReplyTo ? { inReplyTo: fixture.inReplyTo } : {}),
    headers: {
      ...authHeaders(tld, spoofed),
      'Return-Path': spoofed ? '<bounce@phish.example>' : `<0102019a@eu-west-1.amazonses.com>`,
    },
    ...(template === 'plain'
      ? { text: plainBody(text, lang, orderLine) }
      : {
          html: htmlBody(text, orderLine),
          text: `You have received a message.\n${orderLine}\n\n${text}\n\nWas this email helpful?`,
        }),
    attachments: fixture.attachments ?? [],
  })
}

/** A marketplace notice about an order (return authorisation, cancellation request, refund…). */
export function noticeMail(options: {
  tld?: string
  orderNumber: string
  subject: string
  text: string
  date?: Date
  messageId?: string
}): Promise<Uint8Array> {
  const tld = options.tld ?? 'fr'
  return build({
    from: { name: `Amazon.${tld}`, address: `seller-notification@amazon.${tld}` },
    to: SELLER_ADDRESS,
    subject: options.subject,
    messageId:
      options.messageId ?? `<notice.${Math.abs(hash(options.subject + options.text))}@amazon.${tld}>`,
    date: options.date ?? new Date('2026-11-21T08:00:00Z'),
    headers: { ...authHeaders(tld, false), 'Return-Path': '<0102019b@eu-west-1.amazonses.com>' },
    text: `${options.text}\n\nCommande : ${options.orderNumber}\n`,
  })
}

/** The relay's bounce of one of our replies. */
export function deliveryFailureMail(options: {
  tld?: string
  toRelay: string
  date?: Date
}): Promise<Uint8Array> {
  const tld = options.tld ?? 'fr'
  return build({
    from: { name: 'Amazon Marketplace', address: `donotreply@marketplace.amazon.${tld}` },
    to: SELLER_ADDRESS,
    subject: 'Delivery failure: your message could not be delivered',
    messageId: `<bounce.${Math.abs(hash(options.toRelay))}@marketplace.amazon.${tld}>`,
    date: options.date ?? new Date('2026-11-22T10:00:00Z'),
    headers: { ...authHeaders(tld, false), 'Return-Path': '<0102019c@eu-west-1.amazonses.com>' },
    text: `We were unable to deliver the message you sent to ${options.toRelay}.\nThe message contained an external link, which is not allowed.\n`,
  })
}

/** Our own reply to a buyer, as a Sent folder keeps it. */
export function sellerReplyMail(options: {
  to: string
  subject: string
  text: string
  date?: Date
  inReplyTo?: string
  messageId?: string
}): Promise<Uint8Array> {
  return build({
    from: { name: 'Ma Boutique', address: SELLER_ADDRESS },
    to: options.to,
    subject: options.subject,
    messageId: options.messageId ?? `<reply.${Math.abs(hash(options.text))}@vendeur.example>`,
    date: options.date ?? new Date('2026-11-20T11:00:00Z'),
    ...(options.inReplyTo ? { inReplyTo: options.inReplyTo, references: options.inReplyTo } : {}),
    text: `${options.text}\n\nLe 20/11/2026, un client a écrit :\n> Bonjour, le colis est arrivé abîmé.\n`,
  })
}

/** Mail that has nothing to do with the marketplace. */
export function ordinaryMail(options: { subject?: string; text?: string } = {}): Promise<Uint8Array> {
  return build({
    from: { name: 'Fournisseur', address: 'contact@fournisseur.example' },
    to: SELLER_ADDRESS,
    subject: options.subject ?? 'Nouveau catalogue',
    messageId: `<ordinary.${Math.abs(hash(options.text ?? 'x'))}@fournisseur.example>`,
    date: new Date('2026-11-19T07:00:00Z'),
    text: options.text ?? 'Voici notre catalogue 2027.',
  })
}

/** An mbox (mboxrd: body lines starting with "From " get a ">") of these raw mails. */
export function toMbox(mails: Uint8Array[]): Uint8Array {
  const parts: Buffer[] = []
  for (const raw of mails) {
    const text = Buffer.from(raw).toString('latin1').replace(/\r\n/g, '\n')
    const escaped = text.replace(/^(>*From )/gm, '>$1')
    parts.push(
      Buffer.from(
        `From MAILER-DAEMON Fri Nov 20 09:15:00 2026\n${escaped}${escaped.endsWith('\n') ? '' : '\n'}\n`,
        'latin1',
      ),
    )
  }
  const all = Buffer.concat(parts)
  return new Uint8Array(all.buffer, all.byteOffset, all.byteLength)
}

function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193)
  return h
}

/**
 * A folder of sources as a seller would export them, for tests and manual checks: an mbox (four
 * storefronts, both templates, a notice, other mail and one entry that is no mail), a gzipped mbox,
 * an .eml with photos, a PDF and a disguised program, and a Maildir with a Sent folder.
 */
export async function writeFixtureSet(
  dir: string,
): Promise<{ paths: string[]; expected: Record<string, number> }> {
  const { mkdir, writeFile } = await import('node:fs/promises')
  const { gzipSync } = await import('node:zlib')
  const files = await import('../attachments/test-fixtures')
  const path = await import('node:path')
  const fr = await relayMail({ text: 'Bonjour, le carton était ouvert et la lampe rayée.' })
  const mbox = toMbox([
    fr,
    await relayMail({
      tld: 'com',
      alias: 'usalias',
      buyer: 'Sam',
      template: 'html',
      orderNumber: '112-1111111-2222222',
      text: 'Where is my order?',
    }),
    await relayMail({
      tld: 'de',
      alias: 'dealias',
      buyer: 'Jonas',
      orderNumber: '302-3333333-4444444',
      text: 'Wo bleibt mein Paket?',
    }),
    await relayMail({
      tld: 'co.uk',
      alias: 'ukalias',
      buyer: 'Olivia',
      template: 'html',
      orderNumber: '202-5555555-6666666',
      text: 'The kettle leaks.',
    }),
    await noticeMail({
      orderNumber: '405-1234567-7654321',
      subject: 'Autorisation de retour pour la commande 405-1234567-7654321',
      text: 'Un retour a été autorisé.',
    }),
    await ordinaryMail(),
    new TextEncoder().encode('\u0000\u0001\u0002 this entry holds no mail header at all\n'),
  ])
  await mkdir(dir, { recursive: true })
  await writeFile(path.join(dir, 'relay.mbox'), mbox)
  await writeFile(
    path.join(dir, 'takeout.mbox.gz'),
    gzipSync(
      toMbox([
        await relayMail({
          tld: 'fr',
          alias: 'gzalias',
          buyer: 'Hugo',
          orderNumber: '405-9999999-0000001',
          text: 'Puis-je échanger la taille ?',
        }),
      ]),
    ),
  )
  await writeFile(
    path.join(dir, 'photos.eml'),
    await relayMail({
      alias: 'photoalias',
      buyer: 'Zoé',
      orderNumber: '405-2222222-3333333',
      subject: 'Réclamation — colis abîmé « urgent »',
      text: 'Voici les photos du colis écrasé.',
      attachments: [
        { filename: 'Photo du colis abîmé.jpg', content: Buffer.from(files.jpeg()) },
        { filename: 'Facture n°12.pdf', content: Buffer.from(files.pdf()) },
        { filename: 'photo-colis.jpg', content: Buffer.from(files.pe()), contentType: 'image/jpeg' },
      ],
    }),
  )
  const maildir = path.join(dir, 'Maildir')
  for (const sub of ['cur', 'new', 'tmp', '.Sent/cur', '.Sent/new', '.Sent/tmp'])
    await mkdir(path.join(maildir, sub), { recursive: true })
  await writeFile(
    path.join(maildir, 'new', '1700000001.M1P1.host'),
    await relayMail({
      tld: 'com.be',
      alias: 'bealias',
      buyer: 'Lucas',
      orderNumber: '405-4444444-5555555',
      text: 'Livrez-vous en Belgique le samedi ?',
    }),
  )
  await writeFile(
    path.join(maildir, 'cur', '1700000002.M2P1.host:2,S'),
    await relayMail({
      alias: 'gzalias',
      caseId: 'a1b2c3d4-e5f6-4711-8abc-0123456789ab',
      buyer: 'Hugo',
      orderNumber: null,
      text: 'Et pour le retour, je fais comment ?',
    }),
  )
  await writeFile(
    path.join(maildir, '.Sent', 'cur', '1700000003.M3P1.host:2,S'),
    await sellerReplyMail({
      to: relayAddress('kq7w2mzx4hv9tpl', 'a1b2c3d4-e5f6-4711-8abc-0123456789ab', 'fr'),
      subject: 'Re: Commande 405-1234567-7654321',
      text: 'Nous vous envoyons une lampe neuve.',
    }),
  )
  return {
    paths: [
      path.join(dir, 'relay.mbox'),
      path.join(dir, 'takeout.mbox.gz'),
      path.join(dir, 'photos.eml'),
      maildir,
    ],
    // 7 in the mbox, 1 gz, 1 eml, 3 in the Maildir; threads: fr, com, de, co.uk, gz, photos, be.
    expected: {
      read: 12,
      imported: 10,
      duplicates: 0,
      skipped: 1,
      failed: 1,
      threads_created: 7,
      threads_updated: 0,
    },
  }
}
