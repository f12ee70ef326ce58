/**
 * Live-mailbox test helpers: relay mails from the import fixtures (generated in code, never copies
 * of real mail), each buyer with their own alias and order, and a second IMAP client standing for
 * "another mail program" that appends, moves and flags on the server.
 */
import { randomUUID } from 'node:crypto'
import { ImapFlow } from 'imapflow'
import { relayMail as fixtureMail } from '../../electron/main/services/mail/mail-fixtures'
import type { Dovecot } from './dovecot'

let counter = 0

/** A buyer's message with a unique alias, order number and Message-ID. */
export interface BuyerMail {
  raw: Buffer
  messageId: string
  order: string
  alias: string
  caseId: string
}

/** A buyer's message; pass `follows` to write again in the same conversation (same alias and order). */
export async function relayMail(
  input: { buyer?: string; text?: string; date?: Date; follows?: BuyerMail } = {},
): Promise<BuyerMail> {
  counter++
  const digits = String(1_000_000 + counter).slice(1)
  const order =
    input.follows?.order ??
    `405-${digits.padStart(7, '0')}-${String(Date.now() % 10_000_000).padStart(7, '0')}`
  const alias = input.follows?.alias ?? `b${counter}x${randomUUID().slice(0, 8)}`
  const caseId = input.follows?.caseId ?? randomUUID()
  const messageId = `<${randomUUID()}@marketplace.amazon.fr>`
  const bytes = await fixtureMail({
    buyer: input.buyer ?? 'Camille',
    alias,
    caseId,
    orderNumber: order,
    messageId,
    text: input.text ?? `Bonjour, où en est ma commande ${order} ?`,
    date: input.date ?? new Date(),
  })
  return { raw: Buffer.from(bytes), messageId, order, alias, caseId }
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
  date?: Date,
): Promise<void> {
  const client = await otherClient(server)
  try {
    await client.append(mailbox, raw, flags, date)
  } finally {
    await client.logout()
  }
}
