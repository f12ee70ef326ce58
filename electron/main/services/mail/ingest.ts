/**
 * One raw mail into the store: the single entry point of every mail source (file import, live IMAP
 * sync). Decodes MIME (mailparser), understands the relay (shared/mail/relay.ts), validates the
 * attachments with the one validation function, keeps the original as evidence, then files it in its
 * thread with one durable store command. The same mail twice is a duplicate (Message-ID, else the hash
 * of its bytes), so an interrupted import simply runs again.
 */
import type { MailImportProblem } from '../../../../shared/model/mail-import'
import type { AttachmentRef, RefusedAttachment } from '../../../../shared/model/mailbox'
import { analyseRelayMail } from '../../../../shared/mail/relay'
import type { RelayAnalysis } from '../../../../shared/mail/relay'
import { sha256Hex, validateAttachments } from '../attachments'
import type { AttachmentStore } from '../attachments'
import type { IngestMailInput, IngestMailResult, MailboxStore } from '../store'
import { decodeMail } from './parse'
import type { DecodedMail, MailAttachment } from './parse'
import type { RawMailStore } from './raw-store'

export interface MailServices {
  store: MailboxStore
  attachments: AttachmentStore
  raws: RawMailStore
}

export type MailFolder = 'inbox' | 'sent' | 'archive' | 'trash'

export interface IngestOptions {
  /** Names the mail in errors: "relay.mbox#10", "mail.eml", "INBOX/1234". */
  source: string
  /** Import mail that is no marketplace conversation too, as ordinary threads. */
  all?: boolean
  folder?: MailFolder
  /** The owner's addresses: mail from them is an outbound reply. */
  ownAddresses?: string[]
  /** When the mail arrived (ISO), used when it carries no Date header. */
  receivedAt?: string
  /** Announce an inbound message as new (notification): live sync yes, bulk import no. */
  announce?: boolean
  /** Already read in its source mailbox. */
  seen?: boolean
}

export interface IngestOutcome {
  status: 'imported' | 'duplicate' | 'skipped' | 'failed'
  threadId?: string
  messageId?: string
  threadCreated?: boolean
  /** Why it was skipped or failed, as data (worded by the renderer, or by import-words.ts for the CLI). */
  problem?: MailImportProblem
}

function unreadable(error: unknown): MailImportProblem {
  return { kind: 'unreadable-mail', detail: (error as Error)?.message ?? String(error) }
}

/** Each file through `validateAttachments`: accepted ones stored, refused ones named with the reason. */
async function keepAttachments(
  services: MailServices,
  files: MailAttachment[],
): Promise<{ stored: AttachmentRef[]; refused: RefusedAttachment[] }> {
  const stored: AttachmentRef[] = []
  const refused: RefusedAttachment[] = []
  if (files.length === 0) return { stored, refused }
  const check = await validateAttachments(files.map((file) => ({ name: file.name, source: file.content })))
  for (const [index, verdict] of check.files.entries()) {
    const file = files[index]!
    if (verdict.accepted && verdict.type) {
      stored.push(await services.attachments.put(file.content, file.name, verdict.type))
    } else {
      refused.push({
        name: file.name,
        bytes: verdict.bytes,
        code: verdict.code ?? 'unrecognised',
        refusal: verdict.refusal ?? { code: 'unrecognised' },
      })
    }
  }
  return { stored, refused }
}

function contactOf(analysis: RelayAnalysis, mail: DecodedMail): IngestMailInput['contact'] {
  if (analysis.buyer) return { displayName: analysis.buyer.name, relayAddress: analysis.buyer.relayAddress }
  const from = mail.parsed.from
  const address = from?.address.toLowerCase() ?? 'inconnu@invalid'
  const name = from?.name.trim() || address
  // A pretender gets a contact of its own: blocking it never blocks the buyer it imitates.
  if (analysis.kind === 'spoofed') return { displayName: name, relayAddress: `unverified:${address}` }
  return { displayName: name, relayAddress: address }
}

function bodyOf(analysis: RelayAnalysis, mail: DecodedMail): { body: string; html: string | null } {
  const isRelayWrapped =
    analysis.kind === 'buyer-message' || analysis.kind === 'opt-out' || analysis.kind === 'notice'
  if (isRelayWrapped || analysis.kind === 'delivery-failure' || analysis.kind === 'outbound') {
    return { body: analysis.text, html: analysis.text === '' ? mail.parsed.html : null }
  }
  return { body: mail.parsed.text.trim(), html: mail.parsed.html }
}

/** A mail ready to be filed (decoded, understood, attachments stored), or what became of it already. */
export type PreparedMail =
  { outcome: IngestOutcome } | { input: IngestMailInput; raw: Uint8Array; rawId: string }

const MAX_NAME = 200
const MAX_ADDRESS = 320

/** Everything but the two writes that make a mail durable (its original, its store command). */
export async function prepareMail(
  services: MailServices,
  raw: Uint8Array,
  opts: IngestOptions,
): Promise<PreparedMail> {
  const rawId = sha256Hex(raw)
  let mail: DecodedMail
  try {
    mail = await decodeMail(raw)
  } catch (error) {
    return { outcome: { status: 'failed', problem: unreadable(error) } }
  }
  if (!mail.looksLikeMail) return { outcome: { status: 'failed', problem: { kind: 'not-a-mail' } } }
  const known = services.store.findMail({
    ...(mail.messageId ? { mailMessageId: mail.messageId } : {}),
    raw: { id: rawId, bytes: raw.byteLength },
  })
  if (known) return { outcome: { status: 'duplicate', ...known, threadCreated: false } }

  const ownAddresses = opts.ownAddresses ?? []
  const analysis = analyseRelayMail(mail.parsed, { ownAddresses })
  const fromOwner = ownAddresses.some((a) => a.toLowerCase() === mail.parsed.from?.address.toLowerCase())
  const outbound = analysis.kind === 'outbound' || (opts.folder === 'sent' && fromOwner)
  if (analysis.kind === 'other' && !opts.all && !outbound) {
    return { outcome: { status: 'skipped', problem: { kind: 'not-marketplace' } } }
  }

  const { stored, refused } = await keepAttachments(services, mail.attachments)
  const { body, html } = bodyOf(analysis, mail)
  const sentAt = (mail.date ?? (opts.receivedAt ? new Date(opts.receivedAt) : new Date())).toISOString()
  const contact = contactOf(analysis, mail)
  const input: IngestMailInput = {
    orderNumber: analysis.kind === 'other' ? null : analysis.orderNumber,
    threadAddress: analysis.buyer?.relayAddress ?? null,
    relatedMessageIds: [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...[...mail.references].reverse()],
    joinExisting: analysis.kind !== 'spoofed',
    subject: mail.parsed.subject,
    // The store refuses names and addresses longer than these; a mail's headers are not checked.
    contact: {
      displayName: contact.displayName.slice(0, MAX_NAME),
      relayAddress: contact.relayAddress.slice(0, MAX_ADDRESS),
    },
    contactIsBuyer: analysis.buyer !== null && analysis.kind !== 'delivery-failure',
    direction: outbound ? 'out' : 'in',
    body,
    html,
    attachments: stored,
    sentAt,
    readAt: opts.seen ? sentAt : null,
    mail: {
      kind: outbound ? 'outbound' : analysis.kind,
      ...(mail.messageId ? { mailMessageId: mail.messageId } : {}),
      ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
      ...(mail.references.length > 0 ? { references: mail.references } : {}),
      ...(mail.parsed.from ? { mailFrom: mail.parsed.from.address.toLowerCase() } : {}),
      raw: { id: rawId, bytes: raw.byteLength },
      ...(refused.length > 0 ? { refusedAttachments: refused } : {}),
      ...(analysis.warnings.length > 0 ? { warnings: analysis.warnings } : {}),
    },
    announce: opts.announce === true,
  }
  return { input, raw, rawId }
}

function outcomeOf(result: IngestMailResult | { status: 'failed'; message: string }): IngestOutcome {
  if (result.status === 'failed') return { status: 'failed', problem: unreadable(new Error(result.message)) }
  return {
    status: result.status,
    threadId: result.threadId,
    messageId: result.messageId,
    threadCreated: result.threadCreated,
  }
}

/** One mail: decoded, understood, its original kept, filed with one durable store command. */
export async function ingestRawMail(
  services: MailServices,
  raw: Uint8Array,
  opts: IngestOptions,
): Promise<IngestOutcome> {
  const prepared = await prepareMail(services, raw, opts)
  if ('outcome' in prepared) return prepared.outcome
  await services.raws.put(prepared.raw, prepared.rawId)
  return outcomeOf(await services.store.ingestMail(prepared.input))
}

/**
 * Bulk import: the originals of many prepared mails written with their fsyncs together, then one store
 * command files them all. Until that command is durable none of them is acknowledged, so a crash only
 * means importing them again (their kept originals are simply found in place).
 */
export async function ingestPreparedMails(
  services: MailServices,
  batch: { input: IngestMailInput; raw: Uint8Array; rawId: string }[],
): Promise<IngestOutcome[]> {
  if (batch.length === 0) return []
  await services.raws.putMany(batch.map(({ raw, rawId }) => ({ raw, id: rawId })))
  return (await services.store.ingestMails(batch.map((b) => b.input))).map(outcomeOf)
}
