/** The partitioned lowdb store (the product's store) behind the benchmark's peer interface. */
import { MailboxStore } from '../../services/store'
import type { BenchPeer } from './measure'
import type { PlannedChange, ThreadState } from './plan'

export async function openStorePeer(dir: string): Promise<BenchPeer> {
  const store = await MailboxStore.open(dir)
  const expectChanged = (result: { threadIds: string[] }, change: PlannedChange) => {
    if (result.threadIds.length !== 1)
      throw new Error(`the store reports no change for ${JSON.stringify(change)}`)
  }
  return {
    query(query) {
      const page = store.query(query)
      return { ids: page.threads.map((t) => t.id), total: page.total, nextCursor: page.nextCursor }
    },
    counts: () => store.counts(),
    async apply(change) {
      const ids = [change.threadId]
      switch (change.kind) {
        case 'read':
        case 'unread':
          return expectChanged(await store.markRead(ids, change.kind === 'read'), change)
        case 'archive':
        case 'unarchive':
          return expectChanged(await store.archive(ids, change.kind === 'archive'), change)
        case 'label':
        case 'unlabel':
          return expectChanged(await store.label(ids, change.labelId!, change.kind === 'label'), change)
        case 'no-response':
          return expectChanged(await store.setNoResponseNeeded(ids, true), change)
        case 'file':
        case 'unfile':
          return expectChanged(await store.move(ids, change.folderId ?? null), change)
        case 'trash':
        case 'restore':
          return expectChanged(await store.trash(ids, change.kind === 'trash'), change)
        case 'arrival':
          await store.appendMessage({
            threadId: change.threadId,
            direction: 'in',
            body: change.body!,
            sentAt: change.sentAt!,
            readAt: null,
          })
      }
    },
    async send(send) {
      await store.appendMessage({
        threadId: send.threadId,
        direction: 'out',
        body: send.body,
        sentAt: send.sentAt,
      })
    },
    state(threadId): ThreadState {
      const [summary] = store.summaries([threadId])
      if (!summary) throw new Error(`no thread ${threadId}`)
      return {
        unreadCount: summary.unreadCount,
        messageCount: summary.messageCount,
        archived: summary.archived,
        trashed: summary.trashed,
        noResponseNeeded: summary.noResponseNeeded,
        folderId: summary.folderId,
        labelIds: summary.labelIds,
      }
    },
    startGrowth: () => store.startGrowth(),
    writeCallBytes: () => store.writeStats().bytes,
    close: () => store.close(),
  }
}

/**
 * Cold open, in a process of its own: from the call that opens the store to the data of the first
 * Inbox page (its rows and the sidebar counts), as the app shows it at start. The store opens early
 * (from the thread summaries saved at close); `loaded` is when its bodies are read too.
 */
export async function storeFirstPage(
  dir: string,
): Promise<{ ids: string[]; loaded: Promise<void>; close(): Promise<void> }> {
  const store = await MailboxStore.open(dir, { early: true })
  const page = store.query({ view: 'inbox' })
  store.counts()
  return { ids: page.threads.map((t) => t.id), loaded: store.loaded, close: () => store.close() }
}
