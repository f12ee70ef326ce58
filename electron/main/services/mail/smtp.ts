/**
 * Replies leave through the account's SMTP server (nodemailer): From the account's address, To the
 * exact relay address, In-Reply-To and References, plain UTF-8 text and the validated attachments.
 * The same composed bytes are appended to the Sent mailbox, so both copies are identical.
 */
import nodemailer from 'nodemailer'
import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import type { MailAccount } from '../../../../shared/model/account'
import { formatEndpoint } from '../../../../shared/model/account'
import type { AttachmentType } from '../../../../shared/model/mailbox'

export interface OutgoingMail {
  from: string
  to: string
  subject: string
  text: string
  /** RFC Message-ID of this reply, `<…@domain>`. */
  messageId: string
  inReplyTo: string | null
  references: string[]
  attachments: { name: string; bytes: Uint8Array; type: AttachmentType; mime: string }[]
  date: Date
}

export async function composeRaw(mail: OutgoingMail): Promise<Buffer> {
  const composer = new MailComposer({
    from: mail.from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    messageId: mail.messageId,
    date: mail.date,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references.length > 0 ? { references: mail.references } : {}),
    textEncoding: 'quoted-printable',
    attachments: mail.attachments.map((a) => ({
      filename: a.name,
      content: Buffer.from(a.bytes),
      contentType: a.mime,
    })),
  })
  return composer.compile().build()
}

export function createSmtpTransport(account: MailAccount, password: string) {
  return nodemailer.createTransport({
    host: account.smtp.host,
    port: account.smtp.port,
    secure: account.security === 'tls',
    requireTLS: account.security === 'starttls',
    ignoreTLS: account.security === 'none',
    auth: { user: account.user, pass: password },
    connectionTimeout: 15_000,
    greetingTimeout: 10_000,
    socketTimeout: 60_000,
    logger: false,
    debug: false,
  })
}

export function smtpEndpoint(account: MailAccount): { kind: 'SMTP'; endpoint: string } {
  return { kind: 'SMTP', endpoint: formatEndpoint(account.smtp) }
}

/** Sends the raw message; resolves once the server accepted it (250 after DATA). */
export async function sendRaw(
  account: MailAccount,
  password: string,
  mail: OutgoingMail,
  raw: Buffer,
): Promise<void> {
  const transport = createSmtpTransport(account, password)
  try {
    const info = await transport.sendMail({ envelope: { from: mail.from, to: [mail.to] }, raw })
    if (info.rejected.length > 0) {
      throw Object.assign(new Error(`recipient refused: ${String(info.rejected[0])}`), {
        responseCode: 550,
        response: info.response,
      })
    }
  } finally {
    transport.close()
  }
}
