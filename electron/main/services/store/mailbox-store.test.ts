import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ThreadQuery } from '../../../../shared/model/query'
import { MailboxStore } from './mailbox-store'
import type { MailboxStoreOptions, StoreChange } from './mailbox-store'
import { ATTACHMENT_A, ATTACHMENT_B, canonical, fixtureSnapshot, tempStoreDir } from './store-fixtures'

let dir: string
let cleanup: () => Promise<void>
let store: MailboxStore
const released: string[][] = []
const options: MailboxStoreOptions = {
  releaseBlobs: async (ids) => void released.push(ids),
  now: () => new Date('2025-04-01T12:00:00.000Z'),
}

beforeEach(async () => {
  ;({ dir, cleanup } = await tempStoreDir())
  released.length = 0
  store = await MailboxStore.open(dir, options)
  await store.importSnapshot(fixtureSnapshot())
})
afterEach(async () => {
  await store.close()
  await cleanup()
})

const ids = (query: ThreadQuery) => store.query(query).threads.map((t) => t.id)
const code = (c: string) => expect.objectContaining({ code: c })

/** Every command must be on disk when it resolves: reopen and compare everything. */
async function expectPersisted(): Promise<void> {
  const before = canonical(store.exportSnapshot())
  const counts = store.counts()
  await store.close()
  store = await MailboxStore.open(dir, options)
  expect(store.openWarnings).toEqual([])
  expect(canonical(store.exportSnapshot())).toEqual(before)
  expect(store.counts()).toEqual(counts)
}

describe('opening', () => {
  it('starts empty, without owner, and keeps the owner once set', async () => {
    const other = await tempStoreDir()
    const fresh = await MailboxStore.open(other.dir)
    expect(fresh.isEmpty()).toBe(true)
    expect(fresh.owner()).toBeNull()
    await fresh.setOwner({ role: 'buyer', displayName: 'Marie' })
    await expect(fresh.setOwner({ role: 'admin' as never, displayName: 'x' })).rejects.toThrow(
      code('BAD_REQUEST'),
    )
    await fresh.close()
    const again = await MailboxStore.open(other.dir)
    expect(again.owner()).toEqual({ role: 'buyer', displayName: 'Marie' })
    await again.close()
    await other.cleanup()
  })

  it('imports a snapshot that reads back identical after reopening', async () => {
    expect(store.isEmpty()).toBe(false)
    expect(store.owner()).toEqual({ role: 'seller', displayName: 'Boutique Test' })
    expect(canonical(store.exportSnapshot())).toEqual(canonical(fixtureSnapshot()))
    await expectPersisted()
  })

  it('refuses a snapshot that clashes with the store or does not hold together', async () => {
    await expect(store.importSnapshot(fixtureSnapshot())).rejects.toThrow(code('CONFLICT'))
    const dangling = fixtureSnapshot()
    dangling.threads = []
    dangling.messages = dangling.messages.map((m) => ({ ...m, id: `x-${m.id}`, threadId: 'ghost' }))
    await expect(store.importSnapshot(dangling)).rejects.toThrow(code('BAD_REQUEST'))
    await expect(store.importSnapshot({ version: 2 } as never)).rejects.toThrow(code('BAD_REQUEST'))
    expect(canonical(store.exportSnapshot())).toEqual(canonical(fixtureSnapshot()))
  })
})

describe('thread state commands', () => {
  it('marks read and unread', async () => {
    expect(await store.markRead(['t1', 't2'], true)).toEqual({ threadIds: ['t1'] })
    expect(store.getThread('t1').messages.every((m) => m.readAt !== null)).toBe(true)
    expect(ids({ unread: true })).toEqual(['t3'])
    await store.markRead(['t2'], false)
    expect(store.getThread('t2').thread.unreadCount).toBe(1)
    expect(store.getThread('t2').messages[0]!.readAt).toBeNull() // the latest inbound message
    await expectPersisted()
  })

  it('archives and unarchives', async () => {
    await store.archive(['t1'], true)
    expect(ids({ view: 'archive' })).toEqual(['t1', 't4'])
    expect(ids({ view: 'inbox' })).not.toContain('t1')
    await store.archive(['t4'], false)
    expect(ids({ view: 'inbox' })).toContain('t4')
    await expectPersisted()
  })

  it('trashes, restores and purges only trashed threads, freeing unshared attachments', async () => {
    await store.trash(['t2'], true)
    expect(ids({ view: 'trash' })).toEqual(['t5', 't2'])
    await store.trash(['t2'], false)
    expect(ids({ view: 'trash' })).toEqual(['t5'])
    await expect(store.purge(['t5', 't1'])).rejects.toThrow(code('CONFLICT'))
    expect(ids({ view: 'trash' })).toEqual(['t5'])

    await store.report('t5-m1', 'Contenu suspect')
    expect(await store.purge(['t5'])).toEqual({ threadIds: ['t5'] })
    expect(released).toEqual([]) // attachment A is still used by t6
    expect(() => store.getThread('t5')).toThrow(code('NOT_FOUND'))
    expect(store.exportSnapshot().reports).toEqual([])

    await store.trash(['t6'], true)
    await store.purge(['t6'])
    expect(released.flat().sort()).toEqual([ATTACHMENT_A.id, ATTACHMENT_B.id])
    await expectPersisted()
  })

  it('moves threads between folders', async () => {
    await store.move(['t1', 't2'], 'fC')
    expect(ids({ folderId: 'fC' })).toEqual(['t2', 't1'])
    await store.move(['t1'], null)
    expect(store.getThread('t1').thread.folderId).toBeNull()
    await expect(store.move(['t1'], 'nope')).rejects.toThrow(code('NOT_FOUND'))
    await expectPersisted()
  })

  it('labels and unlabels', async () => {
    await store.label(['t1', 't2'], 'lU', true)
    expect(ids({ labelId: 'lU' })).toEqual(['t3', 't2', 't1'])
    await store.label(['t3'], 'lU', false)
    expect(ids({ labelId: 'lU' })).toEqual(['t2', 't1'])
    await expect(store.label(['t1'], 'nope', true)).rejects.toThrow(code('NOT_FOUND'))
    await expectPersisted()
  })

  it('sets "no response needed", cleared by the next inbound message', async () => {
    await store.setNoResponseNeeded(['t1'], true)
    expect(ids({ view: 'needs-reply' })).toEqual(['t3', 't4'])
    await store.appendMessage({ threadId: 't1', direction: 'in', body: 'Toujours rien reçu.' })
    expect(store.getThread('t1').thread).toMatchObject({ noResponseNeeded: false, needsReply: true })
    await expectPersisted()
  })

  it('refuses unknown threads as a whole, changing nothing', async () => {
    await expect(store.archive(['t1', 'ghost'], true)).rejects.toThrow(code('NOT_FOUND'))
    expect(store.getThread('t1').thread.archived).toBe(false)
  })
})

describe('contacts and messages', () => {
  it('blocks a contact: its threads and new messages go to Blocked, nothing is deleted', async () => {
    const changes: StoreChange[] = []
    store.onChange((c) => changes.push(c))
    expect((await store.blockContact('c1', true)).threadIds.sort()).toEqual(['t1', 't4'])
    expect(ids({ view: 'blocked' })).toEqual(['t1', 't4'])
    expect(ids({ view: 'inbox' })).not.toContain('t1')
    expect(ids({ view: 'needs-reply' })).toEqual(['t3'])
    const message = await store.appendMessage({ threadId: 't1', direction: 'in', body: 'Relance' })
    expect(changes.at(-1)?.newMessage).toEqual({ threadId: 't1', messageId: message.id, blocked: true })
    await expectPersisted()
    await store.blockContact('c1', false)
    expect(ids({ view: 'blocked' })).toEqual([])
    expect(ids({ view: 'inbox' })).toContain('t1')
    await expect(store.blockContact('ghost', true)).rejects.toThrow(code('NOT_FOUND'))
  })

  it('reports a message with a reason and a time', async () => {
    expect(store.getThread('t3').thread.reported).toBe(false)
    const report = await store.report('t3-m1', '  Publicité  ')
    expect(report).toMatchObject({
      messageId: 't3-m1',
      threadId: 't3',
      reason: 'Publicité',
      reportedAt: '2025-04-01T12:00:00.000Z',
    })
    await expect(store.report('ghost', 'x')).rejects.toThrow(code('NOT_FOUND'))
    await expect(store.report('t3-m1', '  ')).rejects.toThrow(code('BAD_REQUEST'))
    await expectPersisted()
    expect(store.exportSnapshot().reports).toEqual([report])
    // The thread and its row show the report, after a reopen too (the index is rebuilt from disk).
    expect(store.getThread('t3').thread.reported).toBe(true)
    expect(store.getThread('t3').reports).toEqual([report])
    expect(store.summaries(['t3'])[0]?.reported).toBe(true)
    expect(store.getThread('t1').reports).toEqual([])
  })

  it('stores an outbound message: read, answered, in Sent, first in the list', async () => {
    const sent = await store.appendMessage({
      threadId: 't3',
      direction: 'out',
      body: 'Merci, pas intéressé.',
      attachments: [{ ...ATTACHMENT_B }],
    })
    expect(sent).toMatchObject({ direction: 'out', sentAt: '2025-04-01T12:00:00.000Z', readAt: sent.sentAt })
    expect(store.getThread('t3').thread).toMatchObject({
      lastDirection: 'out',
      needsReply: false,
      waitingSince: null,
    })
    expect(ids({ view: 'sent' })).toEqual(['t3', 't2', 't1'])
    expect(ids({})[0]).toBe('t3')
    await expect(store.appendMessage({ threadId: 't3', direction: 'out', body: ' ' })).rejects.toThrow(
      code('BAD_REQUEST'),
    )
    await expect(store.appendMessage({ threadId: 'x', direction: 'out', body: 'a' })).rejects.toThrow(
      code('NOT_FOUND'),
    )
    await expectPersisted()
  })

  it('brings an archived thread back to the Inbox on a new inbound message', async () => {
    const message = await store.appendMessage({
      threadId: 't4',
      direction: 'in',
      body: 'Alors ?',
      sentAt: '2025-03-20T10:00:00.000Z',
    })
    expect(message.readAt).toBeNull()
    expect(ids({ view: 'inbox' })[0]).toBe('t4')
    expect(store.getThread('t4').thread.waitingSince).toBe('2025-03-01T09:00:00.000Z')
    expect(store.query({ keywords: 'alors' }).threads.map((t) => t.id)).toEqual(['t4'])
  })

  it('creates threads for new conversations, reusing a known contact by relay address', async () => {
    const known = await store.createThread({
      subject: 'Nouvelle question',
      contact: { displayName: 'H. Dupré', relayAddress: 'HELENE@relay.example.fr' },
      orderNumber: '405-1234567-1234567',
    })
    expect(known.contact.id).toBe('c1')
    const order = {
      orderNumber: '999-1111111-2222222',
      items: [],
      status: 'pending',
      carrier: null,
      trackingNumber: null,
      orderedAt: '2025-03-30T10:00:00.000Z',
    } as const
    const created = await store.createThread({
      subject: 'Bonjour',
      contact: { displayName: 'Zoé', relayAddress: 'zoe@relay' },
      order: { ...order, items: [] },
    })
    expect(created).toMatchObject({
      orderNumber: order.orderNumber,
      messageCount: 0,
      needsReply: false,
      lastMessageAt: '2025-04-01T12:00:00.000Z',
    })
    expect(store.getThread(created.id).order).toEqual(order)
    await expect(
      store.createThread({
        subject: 'x',
        contact: { displayName: 'a', relayAddress: 'b' },
        orderNumber: '12-34',
      }),
    ).rejects.toThrow(code('BAD_REQUEST'))
    await store.appendMessage({ threadId: created.id, direction: 'in', body: 'Où en est ma commande ?' })
    expect(ids({ view: 'needs-reply' })[0]).toBe(created.id)
    await expectPersisted()
  })
})

describe('folders', () => {
  it('creates, renames and moves folders, refusing duplicates and cycles', async () => {
    const sub = await store.createFolder('Retours', 'fC')
    expect(store.listFolders()).toContainEqual(sub)
    await expect(store.createFolder('retours', 'fC')).rejects.toThrow(code('CONFLICT'))
    await expect(store.createFolder('Ailleurs', 'ghost')).rejects.toThrow(code('NOT_FOUND'))
    await expect(store.createFolder('  ', null)).rejects.toThrow(code('BAD_REQUEST'))
    expect(await store.renameFolder(sub.id, 'Retours 2025')).toMatchObject({ name: 'Retours 2025' })
    await expect(store.moveFolder('fA', 'fB')).rejects.toThrow(code('BAD_REQUEST'))
    await expect(store.moveFolder('fA', 'fA')).rejects.toThrow(code('BAD_REQUEST'))
    expect(await store.moveFolder('fA', sub.id)).toMatchObject({ parentId: sub.id })
    expect(ids({ folderId: 'fC' })).toEqual(['t3', 't6']) // fC > Retours > fA > fB
    await expectPersisted()
  })

  it('refuses to delete a folder still holding threads (subfolders included) without a destination', async () => {
    await expect(store.deleteFolder('fA')).rejects.toThrow(code('CONFLICT'))
    expect(store.listFolders()).toHaveLength(3)
    expect((await store.deleteFolder('fA', { moveThreadsTo: 'fC' })).threadIds.sort()).toEqual(['t3', 't6'])
    expect(store.listFolders().map((f) => f.id)).toEqual(['fC'])
    expect(ids({ folderId: 'fC' })).toEqual(['t3', 't6'])
    await expect(store.deleteFolder('fC', { moveThreadsTo: 'fC' })).rejects.toThrow(code('BAD_REQUEST'))
    await store.deleteFolder('fC', { moveThreadsTo: null })
    expect(store.getThread('t3').thread.folderId).toBeNull()
    const empty = await store.createFolder('Vide', null)
    expect(await store.deleteFolder(empty.id)).toEqual({ threadIds: [] })
    await expectPersisted()
  })
})

describe('labels', () => {
  it('creates, updates and deletes labels, removing them from threads', async () => {
    const label = await store.createLabel({ name: 'À rappeler', color: '#00aa00', kind: 'priority' })
    expect(store.listLabels()).toContainEqual(label)
    await expect(store.createLabel({ name: 'urgent', color: '#000000', kind: 'free' })).rejects.toThrow(
      code('CONFLICT'),
    )
    await expect(store.createLabel({ name: 'X', color: 'red', kind: 'free' })).rejects.toThrow(
      code('BAD_REQUEST'),
    )
    await expect(store.createLabel({ name: 'Y', color: '#000000', kind: 'other' as never })).rejects.toThrow(
      code('BAD_REQUEST'),
    )
    expect(await store.updateLabel(label.id, { color: '#112233', name: 'Rappel' })).toMatchObject({
      name: 'Rappel',
      color: '#112233',
      kind: 'priority',
    })
    await expect(store.updateLabel('ghost', { name: 'Z' })).rejects.toThrow(code('NOT_FOUND'))
    expect(await store.deleteLabel('lU')).toEqual({ threadIds: ['t3'] })
    expect(store.getThread('t3').thread.labelIds).toEqual([])
    expect(store.counts().labels).not.toHaveProperty('lU')
    await expectPersisted()
  })
})

describe('change events and failures', () => {
  it('announces each durable change once, and stops after unsubscribing', async () => {
    const listener = vi.fn()
    const unsubscribe = store.onChange(listener)
    await store.archive(['t1'], true)
    expect(listener).toHaveBeenCalledWith({ threadIds: ['t1'], kinds: ['threads'] })
    unsubscribe()
    await store.archive(['t1'], false)
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('undoes in memory a change that could not be written', async () => {
    const parts = (store as unknown as { context: { parts: { commit: () => Promise<void> } } }).context.parts
    const commit = parts.commit.bind(parts)
    parts.commit = () => Promise.reject(new Error('ENOSPC: no space left on device'))
    await expect(store.archive(['t1'], true)).rejects.toThrow(code('STORE_ERROR'))
    await expect(store.appendMessage({ threadId: 't2', direction: 'out', body: 'perdu' })).rejects.toThrow(
      code('STORE_ERROR'),
    )
    const restored = (store as unknown as { context: { parts: { commit: () => Promise<void> } } }).context
      .parts
    restored.commit = commit
    expect(store.getThread('t1').thread.archived).toBe(false)
    expect(store.getThread('t2').messages).toHaveLength(2)
    // t3 and t6 are filed in folders, so not in the Inbox.
    expect(ids({ view: 'inbox' })).toEqual(['t2', 't1'])
    await store.archive(['t1'], true)
    await expectPersisted()
  })

  it('rejects commands after close', async () => {
    await store.close()
    await expect(store.archive(['t1'], true)).rejects.toThrow(code('STORE_ERROR'))
    store = await MailboxStore.open(dir, options)
  })
})
