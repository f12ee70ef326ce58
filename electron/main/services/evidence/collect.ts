/**
 * What an evidence export is made of: the threads (one, or every thread of an order), the stored
 * attachments, and each message's original mail — the one received when the import kept it, else an
 * RFC 5322 mail written from the stored message.
 */
import { reasonError } from '../../../../shared/ipc/error-details'
import type { Message, ThreadDetail } from '../../../../shared/model/mailbox'
import type { ThreadPage } from '../../../../shared/model/query'
import type { AttachmentStore } from '../attachments'
import type { RawMailStore } from '../mail/raw-store'
import type { MailboxStore } from '../store'
import { synthesiseMail } from './synthesise-mail'

export type EvidenceTarget = { threadId: string } | { orderNumber: string }

export interface EmbeddedFile {
  name: string
  bytes: Uint8Array
  mimeType: string
  description: string
  sentAt: string
}

/** Where the stored bytes come from: attachments, and the originals the import kept (`raw/`). */
export interface BlobSources {
  attachments: AttachmentStore
  raws: RawMailStore
}

/** The original mail as received, if the import kept it (checked against its SHA-256). */
export async function originalOf(sources: BlobSources, message: Message): Promise<Uint8Array | null> {
  if (!message.raw) return null
  try {
    return await sources.raws.read(message.raw.id)
  } catch {
    return null
  }
}

/** The mail of a message: its original, else one written from the stored message. */
export async function mailOf(
  sources: BlobSources,
  detail: ThreadDetail,
  message: Message,
  ownerName: string,
): Promise<{ bytes: Uint8Array; original: boolean }> {
  const original = await originalOf(sources, message)
  if (original) return { bytes: original, original: true }
  const bytes = await synthesiseMail({
    detail,
    message,
    ownerName,
    readBlob: (id) => readBlobOrNull(sources.attachments, id),
  })
  return { bytes, original: false }
}

export function threadsFor(store: MailboxStore, target: EvidenceTarget): ThreadDetail[] {
  if ('threadId' in target) return [store.getThread(target.threadId)]
  // An empty query leaves out trashed and blocked threads; evidence wants them too.
  const ids = new Set<string>()
  for (const view of [undefined, 'trash', 'blocked'] as const) {
    let cursor: string | null = null
    do {
      const page: ThreadPage = store.query({
        order: target.orderNumber,
        limit: 500,
        ...(view ? { view } : {}),
        ...(cursor ? { cursor } : {}),
      })
      for (const t of page.threads) if (t.orderNumber === target.orderNumber) ids.add(t.id)
      cursor = page.nextCursor
    } while (cursor)
  }
  if (ids.size === 0)
    throw reasonError('NOT_FOUND', `No thread belongs to order ${target.orderNumber}.`, {
      reason: 'not-found',
      what: 'order',
      id: target.orderNumber,
    })
  return [...ids]
    .map((id) => store.getThread(id))
    .sort((a, b) => (a.messages[0]?.sentAt ?? '').localeCompare(b.messages[0]?.sentAt ?? ''))
}

export async function readBlobOrNull(attachments: AttachmentStore, id: string): Promise<Uint8Array | null> {
  try {
    return (await attachments.read(id))?.bytes ?? null
  } catch {
    return null
  }
}

const safeName = (text: string) => text.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)

/** The originals embedded in the PDF: each message's mail, then each distinct attachment file. */
export async function collectOriginals(
  threads: ThreadDetail[],
  sources: BlobSources,
  ownerName: string,
): Promise<EmbeddedFile[]> {
  const files: EmbeddedFile[] = []
  const seen = new Set<string>()
  for (const detail of threads) {
    for (const [index, message] of detail.messages.entries()) {
      const mail = await mailOf(sources, detail, message, ownerName)
      files.push({
        name: `${safeName(detail.thread.id)}-${String(index + 1).padStart(3, '0')}-${safeName(message.id)}.eml`,
        bytes: mail.bytes,
        mimeType: 'message/rfc822',
        description: mail.original
          ? 'Original mail as received / Mail original tel que reçu'
          : 'Mail written from the stored message (no original kept) / Mail reconstitué depuis le message enregistré',
        sentAt: message.sentAt,
      })
    }
  }
  for (const detail of threads)
    for (const message of detail.messages)
      for (const ref of message.attachments) {
        if (seen.has(ref.id)) continue
        seen.add(ref.id)
        const bytes = await readBlobOrNull(sources.attachments, ref.id)
        if (!bytes) continue
        files.push({
          name: ref.name,
          bytes,
          mimeType: 'application/octet-stream',
          description: `SHA-256 ${ref.id}`,
          sentAt: message.sentAt,
        })
      }
  return files
}
