/**
 * A stand-in for the relay understanding (ingest.ts on branch w-import) in tests of the sync engine
 * alone: one thread per sender, duplicates by Message-ID. The real ingest replaces it in the app.
 */
import { simpleParser } from 'mailparser'
import type { MailboxStore } from '../../electron/main/services/store'
import type { Ingest, IngestResult } from '../../electron/main/services/mail/ingest-seam'

export function fakeIngest(store: MailboxStore): Ingest & { calls: number } {
  const seen = new Map<string, { threadId: string; messageId: string }>()
  const threads = new Map<string, string>()
  const ingest = async (raw: Uint8Array, options: Parameters<Ingest>[1]): Promise<IngestResult> => {
    ingest.calls++
    const mail = await simpleParser(Buffer.from(raw))
    const id = mail.messageId ?? ''
    const known = seen.get(id)
    if (known) return { status: 'duplicate', ...known }
    const from = mail.from?.value[0]?.address ?? ''
    if (!from.includes('marketplace.amazon')) return { status: 'skipped', reason: 'not a relay mail' }
    let threadId = threads.get(from)
    const created = threadId === undefined
    if (!threadId) {
      threadId = (
        await store.createThread({
          subject: mail.subject ?? '',
          contact: { displayName: 'Buyer', relayAddress: from },
        })
      ).id
      threads.set(from, threadId)
    }
    const message = await store.appendMessage({
      threadId,
      direction: 'in',
      body: mail.text ?? '',
      sentAt: (options.receivedAt ?? new Date()).toISOString(),
    })
    if (options.folder === 'archive') await store.archive([threadId], true)
    seen.set(id, { threadId, messageId: message.id })
    return { status: 'imported', threadId, messageId: message.id, threadCreated: created }
  }
  ingest.calls = 0
  return ingest
}
