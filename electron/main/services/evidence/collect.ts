/**
 * What an evidence export is made of: the threads (one, or every thread of an order), the stored
 * attachments, and each message's original mail — the one received when the import kept it, else an
 * RFC 5322 mail written from the stored message.
 */
import { ComptoirError } from '../../../../shared/ipc/result'
import type { Message, ThreadDetail } from '../../../../shared/model/mailbox'
import type { ThreadPage } from '../../../../shared/model/query'
import type { AttachmentStore } from '../attachments'
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

/** The raw original of a message, if the import kept one: `raw: { id: sha256, bytes }`. */
export const rawOf = (message: Message) =>
  (message as Message & { raw?: { id: string; bytes: number } | null }).raw ?? null

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
    throw new ComptoirError('NOT_FOUND', `No thread belongs to order ${target.orderNumber}.`)
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
  attachments: AttachmentStore,
  ownerName: string,
): Promise<EmbeddedFile[]> {
  const files: EmbeddedFile[] = []
  const seen = new Set<string>()
  for (const detail of threads) {
    for (const [index, message] of detail.messages.entries()) {
      const raw = rawOf(message)
      const original = raw ? await readBlobOrNull(attachments, raw.id) : null
      const bytes =
        original ??
        (await synthesiseMail({
          detail,
          message,
          ownerName,
          readBlob: (id) => readBlobOrNull(attachments, id),
        }))
      files.push({
        name: `${safeName(detail.thread.id)}-${String(index + 1).padStart(3, '0')}-${safeName(message.id)}.eml`,
        bytes,
        mimeType: 'message/rfc822',
        description: original
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
        const bytes = await readBlobOrNull(attachments, ref.id)
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
