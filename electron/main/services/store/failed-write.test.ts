/**
 * A write that fails (a full disk) must leave memory and every index exactly as the disk is: the
 * command is refused, and what the user sees — lists, counts, a thread, a contact's blocked state —
 * is what a restart would show (issue 11, item 4).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { MailboxStore as Store } from './mailbox-store'
import { MailboxStore } from './mailbox-store'
import { ATTACHMENT_B, canonical, fixtureSnapshot, tempStoreDir } from './store-fixtures'

let dir: string
let cleanup: () => Promise<void>
let store: Store
const now = () => new Date('2025-04-01T12:00:00.000Z')

beforeEach(async () => {
  ;({ dir, cleanup } = await tempStoreDir())
  store = await MailboxStore.open(dir, { now })
  await store.importSnapshot(fixtureSnapshot())
})
afterEach(async () => {
  await store.close()
  await cleanup()
})

type Parts = { commit: (...args: unknown[]) => Promise<void> }
const partsOf = (s: Store) => (s as unknown as { context: { parts: Parts } }).context.parts

/** Makes every durable write fail as a full disk does, until the returned function is called. */
function fillTheDisk(s: Store): () => void {
  const parts = partsOf(s)
  const commit = parts.commit
  parts.commit = () =>
    Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
  return () => {
    partsOf(s).commit = commit
  }
}

const VIEWS = ['inbox', 'needs-reply', 'sent', 'archive', 'trash', 'blocked'] as const

/** Everything the user can see, through the public API only. */
function observe(s: Store) {
  const threadIds = ['t1', 't2', 't3', 't4', 't5', 't6']
  return {
    snapshot: canonical(s.exportSnapshot()),
    views: VIEWS.map((view) => s.query({ view }).threads.map((t) => [t.id, t.blocked, t.unreadCount])),
    all: s.query({}).threads.map((t) => t.id),
    counts: s.counts(),
    threads: threadIds.map((id) => s.getThread(id)),
    folders: s.listFolders(),
    labels: s.listLabels(),
    owner: s.owner(),
    search: s.query({ keywords: 'perdu' }).total,
  }
}

const COMMANDS: [string, (s: Store) => Promise<unknown>][] = [
  ['contacts:block', (s) => s.blockContact('c3', true)],
  ['threads:archive', (s) => s.archive(['t1', 't2', 't3'], true)],
  ['threads:markRead', (s) => s.markRead(['t1', 't3'], true)],
  ['threads:trash', (s) => s.trash(['t1'], true)],
  ['threads:purge', (s) => s.purge(['t5'])],
  ['threads:move', (s) => s.move(['t1', 't2'], 'fC')],
  ['threads:label', (s) => s.label(['t1', 't2', 't3'], 'lU', true)],
  ['threads:noResponseNeeded', (s) => s.setNoResponseNeeded(['t1'], true)],
  ['messages:report', (s) => s.report('t3-m1', 'spam')],
  [
    'append',
    (s) => s.appendMessage({ threadId: 't2', direction: 'in', body: 'perdu', attachments: [ATTACHMENT_B] }),
  ],
  [
    'create thread (new contact and order)',
    (s) =>
      s.createThread({
        subject: 'perdu',
        contact: { displayName: 'Nouveau', relayAddress: 'nouveau@relay.example.fr' },
        order: { orderNumber: '405-1234567-1234567', items: [], status: 'delivered' } as never,
      }),
  ],
  ['folders:create', (s) => s.createFolder('perdu', null)],
  ['folders:rename', (s) => s.renameFolder('fA', 'perdu')],
  ['folders:delete', (s) => s.deleteFolder('fA', { moveThreadsTo: 'fC' })],
  ['labels:create', (s) => s.createLabel({ name: 'perdu', color: '#000000', kind: 'free' })],
  ['labels:update', (s) => s.updateLabel('lU', { name: 'perdu' })],
  ['labels:delete', (s) => s.deleteLabel('lU')],
  ['owner:set', (s) => s.setOwner({ role: 'buyer', displayName: 'perdu' })],
]

describe('a failed durable write', () => {
  for (const [name, command] of COMMANDS) {
    it(`${name}: memory and every index equal the disk afterwards`, async () => {
      const before = observe(store)
      const restore = fillTheDisk(store)
      await expect(command(store)).rejects.toThrow(expect.objectContaining({ code: 'DISK_FULL' }))
      restore()
      expect(observe(store)).toEqual(before)
      await store.close()
      store = await MailboxStore.open(dir, { now })
      expect(observe(store)).toEqual(before)
    })
  }

  it('after a failed block, blocking and unblocking work at once, without a restart', async () => {
    const restore = fillTheDisk(store)
    await expect(store.blockContact('c3', true)).rejects.toThrow()
    restore()
    expect(store.getThread('t3').thread.blocked).toBe(false)
    await store.blockContact('c3', true)
    expect(store.getThread('t3').thread.blocked).toBe(true)
    expect(store.query({ view: 'blocked' }).threads.map((t) => t.id)).toEqual(['t3'])
    await store.blockContact('c3', false)
    expect(store.getThread('t3').thread.blocked).toBe(false)
    expect(store.query({ view: 'blocked' }).total).toBe(0)
  })
})
