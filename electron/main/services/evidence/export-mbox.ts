/**
 * A thread, a folder (with its subfolders) or the whole mailbox as one mboxrd file: each message's
 * original mail when the import kept it, else an RFC 5322 mail written from the stored message
 * (synthesise-mail.ts), so the import reads it back into the same threads. Streamed to a file beside
 * the target, then renamed: a crash never leaves half an export under the final name.
 */
import { createWriteStream } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { once } from 'node:events'
import type { ThreadDetail } from '../../../../shared/model/mailbox'
import type { ThreadPage, ThreadQuery } from '../../../../shared/model/query'
import type { MailboxStore } from '../store'
import { mailOf } from './collect'
import type { BlobSources } from './collect'
import { mboxrdRecord } from './mboxrd'
import { OWNER_ADDRESS_FALLBACK } from './synthesise-mail'
import { ComptoirError } from '../../../../shared/ipc/result'

export type MboxScope = { threadId: string } | { folderId: string } | { everything: true }

export interface ExportMboxOptions extends BlobSources {
  store: MailboxStore
  scope: MboxScope
  out: string
  onProgress?: (progress: { done: number; total: number }) => void
  signal?: AbortSignal
}

/** Every thread of the scope, trashed and blocked ones included (an export leaves nothing out). */
export function threadIdsOf(store: MailboxStore, scope: MboxScope): string[] {
  if ('threadId' in scope) return [store.getThread(scope.threadId).thread.id]
  const base: ThreadQuery = 'folderId' in scope ? { folderId: scope.folderId } : {}
  if ('folderId' in scope && !store.listFolders().some((f) => f.id === scope.folderId))
    throw new ComptoirError('NOT_FOUND', `No such folder: ${scope.folderId}`)
  const ids = new Set<string>()
  for (const view of [undefined, 'trash', 'blocked'] as const) {
    let cursor: string | null = null
    do {
      const page: ThreadPage = store.query({
        ...base,
        limit: 500,
        ...(view ? { view } : {}),
        ...(cursor ? { cursor } : {}),
      })
      for (const t of page.threads) ids.add(t.id)
      cursor = page.nextCursor
    } while (cursor)
  }
  return [...ids].reverse()
}

export async function exportMbox(options: ExportMboxOptions): Promise<{ messages: number; threads: number }> {
  const ids = threadIdsOf(options.store, options.scope)
  const ownerName = options.store.owner()?.displayName ?? ''
  const tmp = `${options.out}.${process.pid}.tmp`
  const stream = createWriteStream(tmp, { flush: true })
  let messages = 0
  try {
    for (const [done, id] of ids.entries()) {
      options.signal?.throwIfAborted()
      const detail: ThreadDetail = options.store.getThread(id)
      for (const message of detail.messages) {
        const mail = await mailOf(options, detail, message, ownerName)
        const sender =
          message.mailFrom ??
          (message.direction === 'in' ? detail.thread.contact.relayAddress : OWNER_ADDRESS_FALLBACK)
        if (!stream.write(mboxrdRecord(mail.bytes, sender, new Date(message.sentAt))))
          await once(stream, 'drain')
        messages++
      }
      options.onProgress?.({ done: done + 1, total: ids.length })
    }
    stream.end()
    await once(stream, 'finish')
    await rename(tmp, options.out)
  } catch (error) {
    stream.destroy()
    await rm(tmp, { force: true })
    throw error
  }
  return { messages, threads: ids.length }
}
