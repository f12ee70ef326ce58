/**
 * MIME is mailparser's job: this turns one raw mail into what the pure relay module reads (headers as
 * the receiving servers wrote them, addresses, subject, text, HTML) plus the mail's identity and its
 * attachments. Nothing here fetches anything: remote images stay links in the HTML, which the
 * renderer's DOMPurify wrapper drops.
 */
import { simpleParser } from 'mailparser'
import type { AddressObject, Attachment } from 'mailparser'
import type { MailAddress, ParsedMail } from '../../../../shared/mail/relay'
import type { MailHeaders } from '../../../../shared/mail/relay-auth'

export interface MailAttachment {
  name: string
  contentType: string
  content: Uint8Array
}

export interface DecodedMail {
  parsed: ParsedMail
  messageId: string | null
  inReplyTo: string | null
  references: string[]
  date: Date | null
  attachments: MailAttachment[]
  /** False when the bytes hold no mail header at all (not a mail: a failed import). */
  looksLikeMail: boolean
}

const stripBrackets = (id: string) => id.trim().replace(/^<|>$/g, '').trim()

function addressesOf(value: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = value === undefined ? [] : Array.isArray(value) ? value : [value]
  const found: MailAddress[] = []
  for (const object of objects) {
    for (const entry of object.value) {
      if (entry.address) found.push({ address: entry.address, name: entry.name ?? '' })
      for (const member of entry.group ?? []) {
        if (member.address) found.push({ address: member.address, name: member.name ?? '' })
      }
    }
  }
  return found
}

/** Header lines as written (unfolded), by lower-case name: what authentication checks need. */
function headersOf(lines: readonly { key: string; line: string }[]): MailHeaders {
  const headers: Record<string, string[]> = {}
  for (const { key, line } of lines) {
    const colon = line.indexOf(':')
    const value = (colon < 0 ? '' : line.slice(colon + 1)).replace(/\r?\n[ \t]+/g, ' ').trim()
    ;(headers[key.toLowerCase()] ??= []).push(value)
  }
  return headers
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
}

/** A file the mail offers: named parts, and unnamed parts that are not the body's inline images. */
function isOffered(attachment: Attachment): boolean {
  if (attachment.filename) return true
  return !attachment.related && attachment.contentDisposition !== 'inline'
}

function nameOf(attachment: Attachment, index: number): string {
  if (attachment.filename) return attachment.filename
  const extension = EXTENSIONS[attachment.contentType] ?? 'bin'
  return `piece-jointe-${index + 1}.${extension}`
}

export async function decodeMail(raw: Uint8Array): Promise<DecodedMail> {
  const mail = await simpleParser(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), {
    skipImageLinks: true,
    skipTextLinks: true,
    skipTextToHtml: true,
  })
  const from = addressesOf(mail.from)[0] ?? null
  const references = mail.references === undefined ? [] : [mail.references].flat().map(stripBrackets)
  const offered = mail.attachments.filter(isOffered)
  const known = ['from', 'to', 'subject', 'date', 'message-id', 'received']
  return {
    parsed: {
      headers: headersOf(mail.headerLines),
      from,
      to: [...addressesOf(mail.to), ...addressesOf(mail.cc)],
      subject: mail.subject ?? '',
      text: mail.text ?? '',
      html: typeof mail.html === 'string' ? mail.html : null,
    },
    messageId: mail.messageId ? stripBrackets(mail.messageId) || null : null,
    inReplyTo: mail.inReplyTo ? stripBrackets(mail.inReplyTo) || null : null,
    references: references.filter((r) => r !== ''),
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    attachments: offered.map((a, index) => ({
      name: nameOf(a, index),
      contentType: a.contentType,
      content: new Uint8Array(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    })),
    looksLikeMail: mail.headerLines.some(({ key }) => known.includes(key.toLowerCase())),
  }
}
