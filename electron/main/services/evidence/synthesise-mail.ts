/**
 * An RFC 5322 mail for a message that has no original (the demo, replies composed here), written by
 * nodemailer's MailComposer: the same thread keeps its subject, each message has a stable Message-ID
 * and points at the one before it (In-Reply-To, References), so a mail reader or our import threads
 * them back together. Marked `X-Comptoir-Synthesised: yes`: evidence must not pass it off as received.
 */
import MailComposer from 'nodemailer/lib/mail-composer'
import { MIME_TYPES } from '../attachments/store'
import type { Message, ThreadDetail } from '../../../../shared/model/mailbox'
import type { AttachmentType } from '../../../../shared/model/mailbox'

export const OWNER_ADDRESS_FALLBACK = 'vendeur@comptoir.invalid'

/** Without parameters (a charset is added by MailComposer where needed; data: URLs want the bare type). */
export const mimeOf = (type: AttachmentType) => MIME_TYPES[type].split(';')[0]!

/** A Message-ID that is the same every time for the same message. */
export function messageIdOf(message: Message): string {
  if (message.mailMessageId) return `<${message.mailMessageId.replace(/^<|>$/g, '')}>`
  return `<${message.id.replace(/[^A-Za-z0-9._-]/g, '_')}@comptoir.invalid>`
}

export interface SynthesiseOptions {
  detail: ThreadDetail
  message: Message
  ownerName: string
  ownerAddress?: string
  /** Bytes of the message's attachments, by id (missing ones are listed in a header instead). */
  readBlob: (id: string) => Promise<Uint8Array | null>
}

export async function synthesiseMail(options: SynthesiseOptions): Promise<Buffer> {
  const { detail, message } = options
  const contact = { name: detail.thread.contact.displayName, address: detail.thread.contact.relayAddress }
  const owner = {
    name: options.ownerName || 'Comptoir',
    address: options.ownerAddress ?? OWNER_ADDRESS_FALLBACK,
  }
  const position = detail.messages.findIndex((m) => m.id === message.id)
  const earlier = detail.messages.slice(0, Math.max(0, position)).map(messageIdOf)
  const attachments = []
  const missing: string[] = []
  for (const ref of message.attachments) {
    const bytes = await options.readBlob(ref.id)
    if (bytes)
      attachments.push({ filename: ref.name, content: Buffer.from(bytes), contentType: mimeOf(ref.type) })
    else missing.push(`${ref.name} (${ref.id})`)
  }
  const headers: Record<string, string> = {
    'X-Comptoir-Synthesised': 'yes',
    'X-Comptoir-Thread': detail.thread.id,
  }
  if (detail.thread.orderNumber) headers['X-Comptoir-Order'] = detail.thread.orderNumber
  if (missing.length > 0) headers['X-Comptoir-Missing-Attachments'] = missing.join(', ')
  const composer = new MailComposer({
    from: message.direction === 'in' ? contact : owner,
    to: message.direction === 'in' ? owner : contact,
    subject: position > 0 ? `Re: ${detail.thread.subject}` : detail.thread.subject,
    date: new Date(message.sentAt),
    messageId: messageIdOf(message),
    ...(earlier.length > 0 ? { inReplyTo: earlier.at(-1)!, references: earlier } : {}),
    text: message.body,
    ...(message.html ? { html: message.html } : {}),
    attachments,
    headers,
    textEncoding: 'quoted-printable',
  })
  return composer.compile().build()
}
