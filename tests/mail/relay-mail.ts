/**
 * Relay mails generated in code for the live-mailbox tests (never copies of real mail), and a second
 * IMAP client standing for "another mail program" that appends them to the server.
 */
import { randomUUID } from 'node:crypto'
import { ImapFlow } from 'imapflow'
import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import type { Dovecot } from './dovecot'

export interface RelayMailInput {
  buyer?: string
  alias?: string
  order?: string
  text?: string
  subject?: string
  date?: Date
  messageId?: string
  to?: string
}

export async function relayMail(input: RelayMailInput = {}): Promise<{ raw: Buffer; messageId: string }> {
  const buyer = input.buyer ?? 'Camille'
  const alias = input.alias ?? `${buyer.toLowerCase()}+${randomUUID()}@marketplace.amazon.fr`
  const order = input.order ?? '405-1234567-7654321'
  const messageId = input.messageId ?? `<${randomUUID()}@marketplace.amazon.fr>`
  const text = [
    '------------- Début du message -------------',
    '',
    input.text ?? `Bonjour, où en est ma commande ${order} ?`,
    '',
    '------------- Fin du message -------------',
  ].join('\n')
  const raw = await new MailComposer({
    from: `"${buyer} - Amazon Marketplace" <${alias}>`,
    to: input.to ?? 'vendeur@boutique.test',
    subject:
      input.subject ?? `Demande de renseignements de la part du client Amazon ${buyer} (Commande : ${order})`,
    text,
    messageId,
    date: input.date ?? new Date(),
  })
    .compile()
    .build()
  return { raw, messageId }
}

/** Another mail program on the same account: appends, moves, flags, as a person would elsewhere. */
export async function otherClient(server: Dovecot, user = server.users[0]!): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: user.user, pass: user.password },
    logger: false,
  })
  await client.connect()
  return client
}

export async function appendMail(
  server: Dovecot,
  raw: Buffer,
  mailbox = 'INBOX',
  flags: string[] = [],
): Promise<void> {
  const client = await otherClient(server)
  try {
    await client.append(mailbox, raw, flags)
  } finally {
    await client.logout()
  }
}
