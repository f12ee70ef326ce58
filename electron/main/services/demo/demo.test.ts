import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ComptoirError } from '../../../../shared/ipc/result'
import { ORDER_NUMBER_PATTERN } from '../../../../shared/model/mailbox'
import type { Message } from '../../../../shared/model/mailbox'
import type { MailboxSnapshot, ThreadRecord } from '../../../../shared/model/snapshot'
import { blockingFindings, checkPolicy, detectLanguage } from '../../../../shared/policy'
import { AttachmentStore, sha256Hex } from '../attachments'
import { MailboxStore } from '../store'
import type { DemoMailbox } from './index'
import { DEMO_ANCHOR, loadDemoMailbox } from './index'

const DEMO_DIR = fileURLToPath(new URL('../../../../resources/demo', import.meta.url))
const HOUR = 3_600_000
const NOW = new Date('2031-03-05T08:30:00.000Z')

let demo: DemoMailbox
let snapshot: MailboxSnapshot
const messagesOf = (threadId: string): Message[] => snapshot.messages.filter((m) => m.threadId === threadId)
const lastOf = (thread: ThreadRecord): Message => messagesOf(thread.id).at(-1)!
const blockedIds = () => new Set(snapshot.contacts.filter((c) => c.blocked).map((c) => c.id))
const needsReply = () =>
  snapshot.threads.filter(
    (t) =>
      !t.trashed && !t.noResponseNeeded && !blockedIds().has(t.contactId) && lastOf(t).direction === 'in',
  )

beforeAll(async () => {
  demo = await loadDemoMailbox({ now: NOW })
  snapshot = demo.snapshot
})

const temps: string[] = []
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true })
})
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'comptoir-demo-'))
  temps.push(dir)
  return dir
}

describe('demo mailbox: content', () => {
  it('is a seller mailbox of at least 45 threads, each tied to a valid, known order', () => {
    expect(snapshot.version).toBe(1)
    expect(snapshot.owner.role).toBe('seller')
    expect(snapshot.owner.displayName.length).toBeGreaterThan(0)
    expect(snapshot.threads.length).toBeGreaterThanOrEqual(45)
    const orders = new Map(snapshot.orders.map((o) => [o.orderNumber, o]))
    expect(orders.size).toBe(snapshot.orders.length)
    for (const order of snapshot.orders) {
      expect(order.orderNumber).toMatch(ORDER_NUMBER_PATTERN)
      expect(order.items.length).toBeGreaterThan(0)
      for (const item of order.items) {
        expect(item.asin).toMatch(/^B0[A-Z0-9]{8}$/)
        expect(item.priceCents).toBeGreaterThan(0)
        expect(item.currency).toBe('EUR')
      }
      expect(order.carrier === null).toBe(order.trackingNumber === null)
    }
    for (const thread of snapshot.threads) {
      expect(thread.orderNumber).toMatch(ORDER_NUMBER_PATTERN)
      expect(orders.has(thread.orderNumber!)).toBe(true)
    }
    // Varied: the last seven digits tell the orders apart (the order filter matches on them).
    expect(new Set(snapshot.orders.map((o) => o.orderNumber.slice(-7))).size).toBe(snapshot.orders.length)
    expect(new Set(snapshot.orders.map((o) => o.status))).toEqual(
      new Set(['pending', 'shipped', 'delivered', 'returned', 'refunded', 'cancelled']),
    )
    expect(new Set(snapshot.orders.map((o) => o.carrier))).toEqual(
      new Set([null, 'Colissimo', 'Chronopost', 'Mondial Relay', 'UPS', 'DHL']),
    )
  })

  it('has unique ids and every reference resolves', () => {
    const unique = (ids: string[]) => expect(new Set(ids).size).toBe(ids.length)
    unique(snapshot.threads.map((t) => t.id))
    unique(snapshot.messages.map((m) => m.id))
    unique(snapshot.contacts.map((c) => c.id))
    unique(snapshot.contacts.map((c) => c.relayAddress))
    unique(snapshot.folders.map((f) => f.id))
    unique(snapshot.labels.map((l) => l.id))
    const threads = new Map(snapshot.threads.map((t) => [t.id, t]))
    const contacts = new Set(snapshot.contacts.map((c) => c.id))
    const folders = new Set(snapshot.folders.map((f) => f.id))
    const labels = new Set(snapshot.labels.map((l) => l.id))
    const messages = new Map(snapshot.messages.map((m) => [m.id, m]))
    for (const message of snapshot.messages) expect(threads.has(message.threadId), message.id).toBe(true)
    for (const thread of snapshot.threads) {
      expect(contacts.has(thread.contactId), thread.id).toBe(true)
      if (thread.folderId !== null) expect(folders.has(thread.folderId), thread.id).toBe(true)
      for (const label of thread.labelIds) expect(labels.has(label), thread.id).toBe(true)
    }
    for (const folder of snapshot.folders) {
      if (folder.parentId !== null) expect(folders.has(folder.parentId)).toBe(true)
    }
    for (const report of snapshot.reports) {
      expect(messages.get(report.messageId)?.threadId).toBe(report.threadId)
    }
    for (const contact of snapshot.contacts) {
      expect(contact.relayAddress).toMatch(/^[a-z0-9]{10,16}@marketplace\.amazon\.fr$/)
      expect(snapshot.threads.some((t) => t.contactId === contact.id)).toBe(true)
    }
  })

  it('has 1 to 6 messages per thread, in order, with realistic read states', () => {
    for (const thread of snapshot.threads) {
      const messages = messagesOf(thread.id)
      expect(messages.length, thread.id).toBeGreaterThanOrEqual(1)
      expect(messages.length, thread.id).toBeLessThanOrEqual(6)
      const times = messages.map((m) => Date.parse(m.sentAt))
      expect([...times].sort((a, b) => a - b)).toEqual(times)
      for (const message of messages) {
        expect(message.body.trim().length).toBeGreaterThan(0)
        if (message.direction === 'out') expect(message.readAt).toBe(message.sentAt)
        if (message.readAt !== null)
          expect(Date.parse(message.readAt)).toBeGreaterThanOrEqual(Date.parse(message.sentAt))
      }
    }
    expect(snapshot.messages.some((m) => m.direction === 'in')).toBe(true)
    expect(snapshot.messages.some((m) => m.direction === 'out')).toBe(true)
  })

  it('has unread threads and at least 10 waiting for a reply, from about 1 h to 30 h', () => {
    const unread = new Set(
      snapshot.messages.filter((m) => m.direction === 'in' && m.readAt === null).map((m) => m.threadId),
    )
    expect(unread.size).toBeGreaterThanOrEqual(8)
    expect(unread.size).toBeLessThan(snapshot.threads.length / 2)
    const waits = needsReply().map((t) => (NOW.getTime() - Date.parse(lastOf(t).sentAt)) / HOUR)
    expect(waits.length).toBeGreaterThanOrEqual(10)
    expect(Math.min(...waits)).toBeGreaterThanOrEqual(1)
    expect(Math.min(...waits)).toBeLessThan(2)
    expect(Math.max(...waits)).toBeGreaterThan(24) // some overdue
    expect(Math.max(...waits)).toBeLessThanOrEqual(30)
    expect(waits.some((w) => w > 18 && w < 24)).toBe(true) // some in the warning window
    // Some are read but not answered yet; some threads are answered; some need no response.
    expect(needsReply().some((t) => !unread.has(t.id))).toBe(true)
    expect(snapshot.threads.filter((t) => t.noResponseNeeded).length).toBeGreaterThanOrEqual(3)
  })

  it('has folders with a subfolder, labels of every kind, archived, trashed, blocked and reported threads', () => {
    const sub = snapshot.folders.filter((f) => f.parentId !== null)
    expect(snapshot.folders.length).toBeGreaterThanOrEqual(3)
    expect(sub.length).toBeGreaterThanOrEqual(1)
    for (const folder of snapshot.folders) {
      expect(
        snapshot.threads.some((t) => t.folderId === folder.id),
        folder.name,
      ).toBe(true)
    }
    expect(new Set(snapshot.labels.map((l) => l.kind))).toEqual(new Set(['urgency', 'priority', 'free']))
    for (const label of snapshot.labels) {
      expect(label.color).toMatch(/^#[0-9a-f]{6}$/)
      expect(
        snapshot.threads.some((t) => t.labelIds.includes(label.id)),
        label.name,
      ).toBe(true)
    }
    expect(snapshot.threads.filter((t) => t.archived).length).toBeGreaterThanOrEqual(3)
    const trashed = snapshot.threads.filter((t) => t.trashed).length
    expect(trashed).toBeGreaterThanOrEqual(1)
    expect(trashed).toBeLessThanOrEqual(2)
    const blocked = snapshot.contacts.filter((c) => c.blocked)
    expect(blocked).toHaveLength(1)
    expect(snapshot.threads.some((t) => t.contactId === blocked[0]!.id)).toBe(true)
    expect(snapshot.reports.length).toBeGreaterThanOrEqual(1)
  })

  it('is mostly French with about 15 % of English-speaking buyers', () => {
    const languageOf = (thread: ThreadRecord) =>
      detectLanguage(
        messagesOf(thread.id)
          .map((m) => m.body)
          .join('\n'),
      )
    const english = snapshot.threads.filter((t) => languageOf(t) === 'en').length
    const share = english / snapshot.threads.length
    expect(english).toBeGreaterThanOrEqual(5)
    expect(share).toBeGreaterThan(0.1)
    expect(share).toBeLessThan(0.25)
  })

  it('keeps every seller message within the marketplace rules', () => {
    for (const message of snapshot.messages.filter((m) => m.direction === 'out')) {
      expect(blockingFindings(checkPolicy(message.body)), message.body).toEqual([])
    }
  })

  it('shows the abuses the app must handle: contact outside the marketplace, and phishing HTML', () => {
    const inbound = snapshot.messages.filter((m) => m.direction === 'in')
    const offPlatform = inbound.filter((m) => checkPolicy(m.body).some((f) => f.rule === 'contact-phone'))
    expect(offPlatform.length).toBeGreaterThanOrEqual(1)
    expect(inbound.some((m) => /whatsapp/i.test(m.body))).toBe(true)
    const phishing = inbound.filter((m) => m.html !== null)
    expect(phishing.length).toBeGreaterThanOrEqual(1)
    expect(phishing[0]!.html).toMatch(/<script/i)
    expect(phishing[0]!.html).toMatch(/onerror=/i)
    expect(phishing[0]!.html).toMatch(/<a href="http/i)
    expect(snapshot.reports.some((r) => r.messageId === phishing[0]!.id)).toBe(true)
  })
})

describe('demo mailbox: attachments', () => {
  it('returns every referenced attachment once, verified against its SHA-256', () => {
    const referenced = new Set(snapshot.messages.flatMap((m) => m.attachments.map((a) => a.id)))
    expect(new Set(demo.blobs.map((b) => b.id))).toEqual(referenced)
    for (const blob of demo.blobs) expect(sha256Hex(blob.bytes)).toBe(blob.id)
    expect(new Set(demo.blobs.map((b) => b.type))).toEqual(
      new Set(['pdf', 'jpg', 'png', 'gif', 'txt', 'docx']),
    )
    expect(
      snapshot.messages.some((m) => m.direction === 'out' && m.attachments.some((a) => a.type === 'pdf')),
    ).toBe(true)
    expect(
      snapshot.messages.some((m) => m.direction === 'in' && m.attachments.some((a) => a.type === 'jpg')),
    ).toBe(true)
  })

  it('keeps the attachment folder small and free of strays', async () => {
    const files = await readdir(path.join(DEMO_DIR, 'attachments'))
    expect(new Set(files)).toEqual(new Set(demo.blobs.map((b) => b.id)))
    let total = 0
    for (const file of files) total += (await stat(path.join(DEMO_DIR, 'attachments', file))).size
    expect(total).toBeLessThan(300 * 1024)
  })

  it('is accepted as is by the attachment store and the mailbox store', async () => {
    const root = await tempDir()
    const attachments = new AttachmentStore(path.join(root, 'attachments'))
    for (const blob of demo.blobs) {
      const ref = await attachments.put(blob.bytes, blob.name, blob.type)
      expect(ref.id).toBe(blob.id)
    }
    const fresh = await loadDemoMailbox()
    const store = await MailboxStore.open(path.join(root, 'store'))
    try {
      await store.importSnapshot(fresh.snapshot)
      const counts = store.counts()
      expect(counts.views['needs-reply'].total).toBeGreaterThanOrEqual(10)
      expect(counts.views.inbox.unread).toBeGreaterThanOrEqual(8)
      expect(counts.views.archive.total).toBeGreaterThanOrEqual(3)
      expect(counts.views.trash.total).toBeGreaterThanOrEqual(1)
      expect(counts.views.blocked.total).toBe(1)
      const page = store.query({ view: 'inbox', limit: 1 })
      expect(Date.now() - Date.parse(page.threads[0]!.lastMessageAt)).toBeLessThan(2 * HOUR)
    } finally {
      await store.close()
    }
  })
})

describe('demo mailbox: dates', () => {
  it('shifts every date by (now − anchor)', async () => {
    const atAnchor = await loadDemoMailbox({ now: DEMO_ANCHOR })
    const offset = NOW.getTime() - DEMO_ANCHOR.getTime()
    const shifted = (a: string | null, b: string | null) =>
      a === null ? expect(b).toBeNull() : expect(Date.parse(b!) - Date.parse(a)).toBe(offset)
    atAnchor.snapshot.messages.forEach((m, i) => {
      shifted(m.sentAt, snapshot.messages[i]!.sentAt)
      shifted(m.readAt, snapshot.messages[i]!.readAt)
    })
    atAnchor.snapshot.orders.forEach((o, i) => shifted(o.orderedAt, snapshot.orders[i]!.orderedAt))
    atAnchor.snapshot.reports.forEach((r, i) => shifted(r.reportedAt, snapshot.reports[i]!.reportedAt))
  })

  it('puts the newest message shortly before now and the whole story within about two weeks', () => {
    const times = [
      ...snapshot.messages.flatMap((m) => [m.sentAt, m.readAt]),
      ...snapshot.reports.map((r) => r.reportedAt),
    ]
      .filter((t): t is string => t !== null)
      .map((t) => Date.parse(t))
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime())
    const sent = snapshot.messages.map((m) => Date.parse(m.sentAt))
    expect(NOW.getTime() - Math.max(...sent)).toBeLessThan(2 * HOUR)
    expect(NOW.getTime() - Math.min(...sent)).toBeLessThan(16 * 24 * HOUR)
    for (const message of snapshot.messages)
      expect(message.sentAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    for (const thread of snapshot.threads) {
      const order = snapshot.orders.find((o) => o.orderNumber === thread.orderNumber)!
      expect(Date.parse(order.orderedAt)).toBeLessThanOrEqual(Date.parse(messagesOf(thread.id)[0]!.sentAt))
    }
  })
})

describe('demo mailbox: locating and checking the files', () => {
  async function copyDemo(): Promise<string> {
    const dir = path.join(await tempDir(), 'resources', 'demo')
    await cp(DEMO_DIR, dir, { recursive: true })
    return dir
  }

  it('accepts the demo folder or the resources folder that holds it', async () => {
    const dir = await copyDemo()
    for (const resourcesDir of [dir, path.dirname(dir)]) {
      const copy = await loadDemoMailbox({ now: NOW, resourcesDir })
      expect(copy.snapshot.threads).toHaveLength(snapshot.threads.length)
      expect(copy.blobs).toHaveLength(demo.blobs.length)
    }
  })

  it('refuses a missing folder, a missing attachment and a damaged one with a clear error', async () => {
    const expectError = async (resourcesDir: string, code: string, text: RegExp, file: RegExp = text) => {
      const error = await loadDemoMailbox({ resourcesDir }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ComptoirError)
      expect((error as ComptoirError).code).toBe(code)
      expect((error as ComptoirError).message).toMatch(text)
      // The user's words come from typed details (the renderer words them); main builds no FR/EN pair.
      expect((error as ComptoirError).message).not.toMatch(/ \/ |introuvable|endommagée/)
      const details = (error as ComptoirError).details as { reason: string; why: string; file: string }
      expect(details).toMatchObject({
        reason: 'demo-unavailable',
        why: code === 'NOT_FOUND' ? 'missing' : 'damaged',
      })
      expect(details.file).toMatch(file)
    }
    await expectError(path.join(await tempDir(), 'nowhere'), 'NOT_FOUND', /mailbox\.json/)

    const blob = demo.blobs.find((b) => b.type === 'pdf')!
    const damaged = await copyDemo()
    const bytes = Uint8Array.from(blob.bytes)
    bytes.set([bytes.at(-10)! ^ 0xff], bytes.length - 10) // one flipped byte, same size
    await writeFile(path.join(damaged, 'attachments', blob.id), bytes)
    await expectError(damaged, 'INTERNAL', new RegExp(blob.name.replace(/[.]/g, '\\.')))

    const gone = await copyDemo()
    await rm(path.join(gone, 'attachments', blob.id))
    await expectError(gone, 'NOT_FOUND', new RegExp(blob.id))

    const notJson = await copyDemo()
    await writeFile(path.join(notJson, 'mailbox.json'), '{"version": 1, "threads": [')
    await expectError(notJson, 'INTERNAL', /JSON/, /^mailbox\.json$/)
  })
})
