/**
 * Shared by the query engine's property tests: random small mailboxes and queries, and a plain
 * reference that recomputes every answer from a snapshot in the most obvious way (and matches keywords
 * by folding text with NFD, not with the engine's regexes or its index).
 */
import fc from 'fast-check'
import type { Folder, Message } from '../../../../shared/model/mailbox'
import { SYSTEM_VIEWS } from '../../../../shared/model/query'
import type { ThreadQuery, ViewCounts } from '../../../../shared/model/query'
import type { MailboxSnapshot, ThreadRecord } from '../../../../shared/model/snapshot'
import { MailboxIndex } from './mailbox-index'
import { distribute } from './redistribute'
import { emptyMeta, emptyPartition } from './schema'
import { mergeSnapshot } from './snapshot-io'

export const NOW = new Date('2025-06-01T00:00:00.000Z')
export const DAYS = ['2025-03-01', '2025-03-02', '2025-03-03', '2025-03-05']
export const TIMES = ['T00:00:00.000Z', 'T12:30:00.000Z', 'T23:59:59.999Z']
export const WORDS = [
  'Colis',
  'colis',
  'REMBOURSÉ',
  'remboursement',
  'écran',
  'Écran',
  'sœur',
  'soeur',
  'n’est',
  "l'article",
  'délai',
  'Hélène',
]
export const QUERY_WORDS = [
  'colis',
  'rembourse',
  'ECRAN',
  'soeur',
  'sœur',
  "n'est",
  'article',
  'delai',
  'helene',
  'zz',
  'é',
]
export const ORDERS = ['405-1234567-1234567', '171-7654321-7654321', '405-0000000-1111111']

const fold = (text: string) =>
  text.toLowerCase().replace(/œ/g, 'oe').normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'")

export const mailboxArb = fc
  .record({
    contacts: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    folders: fc.array(fc.nat(), { maxLength: 4 }),
    labelCount: fc.integer({ min: 0, max: 3 }),
    threads: fc.array(
      fc.record({
        contact: fc.nat(),
        folder: fc.option(fc.nat(), { nil: null }),
        labels: fc.array(fc.nat({ max: 2 }), { maxLength: 2 }),
        archived: fc.boolean(),
        trashed: fc.boolean(),
        noResponseNeeded: fc.boolean(),
        order: fc.option(fc.constantFrom(...ORDERS), { nil: null }),
        subject: fc.constantFrom(...WORDS),
        messages: fc.array(
          fc.record({
            inbound: fc.boolean(),
            day: fc.constantFrom(...DAYS),
            time: fc.constantFrom(...TIMES),
            read: fc.boolean(),
            words: fc.array(fc.constantFrom(...WORDS), { maxLength: 3 }),
          }),
          { maxLength: 4 },
        ),
      }),
      { maxLength: 12 },
    ),
  })
  .map((raw): MailboxSnapshot => {
    const folders: Folder[] = raw.folders.map((parent, i) => ({
      id: `f${i}`,
      name: `F${i}`,
      parentId: i === 0 || parent % (i + 1) === i ? null : `f${parent % i}`,
    }))
    const labels = Array.from({ length: raw.labelCount }, (_, i) => ({
      id: `l${i}`,
      name: `L${i}`,
      color: '#000000',
      kind: 'free' as const,
    }))
    const messages: Message[] = []
    const threads: ThreadRecord[] = raw.threads.map((t, i) => {
      t.messages.forEach((m, j) => {
        const sentAt = `${m.day}${m.time}`
        messages.push({
          id: `t${i}-m${j}`,
          threadId: `t${i}`,
          direction: m.inbound ? 'in' : 'out',
          body: m.words.join(' '),
          html: null,
          attachments: [],
          sentAt,
          readAt: m.read || !m.inbound ? sentAt : null,
        })
      })
      return {
        id: `t${i}`,
        subject: t.subject,
        contactId: `c${t.contact % raw.contacts.length}`,
        orderNumber: t.order,
        folderId: t.folder === null || folders.length === 0 ? null : `f${t.folder % folders.length}`,
        labelIds: [...new Set(t.labels.filter((l) => l < labels.length).map((l) => `l${l}`))],
        archived: t.archived,
        trashed: t.trashed,
        noResponseNeeded: t.noResponseNeeded,
      }
    })
    return {
      version: 1,
      owner: { role: 'seller', displayName: 'Test' },
      contacts: raw.contacts.map((blocked, i) => ({
        id: `c${i}`,
        displayName: i % 2 ? 'Hélène' : 'Jean',
        relayAddress: `c${i}@relay`,
        blocked,
      })),
      orders: [],
      folders,
      labels,
      threads,
      messages,
      reports: [],
    }
  })

export const queryArb = fc.record(
  {
    view: fc.constantFrom(...SYSTEM_VIEWS),
    folderId: fc.constantFrom('f0', 'f1', 'f2', 'f3', 'ghost'),
    includeSubfolders: fc.boolean(),
    labelId: fc.constantFrom('l0', 'l1', 'l2'),
    unread: fc.boolean(),
    needsReply: fc.boolean(),
    sent: fc.boolean(),
    received: fc.boolean(),
    archived: fc.boolean(),
    from: fc.oneof(fc.constantFrom(...DAYS), fc.constantFrom(...DAYS.map((d) => `${d}T12:30:00.000Z`))),
    to: fc.oneof(fc.constantFrom(...DAYS), fc.constantFrom(...DAYS.map((d) => `${d}T12:30:00.000Z`))),
    order: fc.constantFrom('405', '1234567', '405-0000', '7654321-765', '99'),
    keywords: fc
      .array(fc.constantFrom(...QUERY_WORDS), { minLength: 1, maxLength: 2 })
      .map((w) => w.join(' ')),
    limit: fc.integer({ min: 1, max: 7 }),
  },
  { requiredKeys: [] },
)

/** The reference: every rule written out plainly, straight from the snapshot. */
export function reference(snapshot: MailboxSnapshot) {
  const contacts = new Map(snapshot.contacts.map((c) => [c.id, c]))
  const rows = snapshot.threads.map((thread) => {
    const messages = snapshot.messages
      .filter((m) => m.threadId === thread.id)
      .map((m, order) => ({ m, order }))
      .sort((a, b) => Date.parse(a.m.sentAt) - Date.parse(b.m.sentAt) || a.order - b.order)
      .map(({ m }) => m)
    const last = messages.at(-1)
    const blocked = contacts.get(thread.contactId)!.blocked
    const lastOut = messages.findLastIndex((m) => m.direction === 'out')
    const waiting = messages.slice(lastOut + 1).find((m) => m.direction === 'in')
    const contact = contacts.get(thread.contactId)!
    return {
      thread,
      blocked,
      lastMs: Date.parse(last?.sentAt ?? NOW.toISOString()),
      needsReply: last?.direction === 'in' && !thread.noResponseNeeded,
      unreadCount: messages.filter((m) => m.direction === 'in' && m.readAt === null).length,
      waitingSince: waiting?.sentAt ?? null,
      hasOut: messages.some((m) => m.direction === 'out'),
      hasIn: messages.some((m) => m.direction === 'in'),
      text: fold(
        [
          thread.subject,
          contact.displayName,
          contact.relayAddress,
          thread.orderNumber ?? '',
          ...messages.map((m) => m.body),
        ].join('\n'),
      ),
    }
  })
  type Row = (typeof rows)[number]
  const descendants = (id: string): Set<string> => {
    const result = new Set([id])
    let grew = true
    while (grew) {
      grew = false
      for (const f of snapshot.folders) {
        if (f.parentId !== null && result.has(f.parentId) && !result.has(f.id)) {
          result.add(f.id)
          grew = true
        }
      }
    }
    return result
  }
  const inView = (r: Row, view: ThreadQuery['view']) => {
    const t = r.thread
    if (view === 'inbox') return !t.archived && !t.trashed && !r.blocked && t.folderId === null
    if (view === 'needs-reply') return r.needsReply && !t.trashed && !r.blocked
    if (view === 'sent') return r.hasOut && !t.trashed
    if (view === 'archive') return t.archived && !t.trashed
    if (view === 'trash') return t.trashed
    if (view === 'blocked') return r.blocked && !t.trashed
    return !t.trashed && !r.blocked
  }
  const bound = (value: string, end: boolean) =>
    value.length === 10 ? Date.parse(`${value}T00:00:00.000Z`) + (end ? 86_399_999 : 0) : Date.parse(value)
  const matches = (r: Row, q: ThreadQuery): boolean => {
    const t = r.thread
    if (!inView(r, q.view)) return false
    if (q.folderId !== undefined) {
      const ok =
        q.includeSubfolders === false
          ? t.folderId === q.folderId
          : t.folderId !== null && descendants(q.folderId).has(t.folderId)
      if (!ok) return false
    }
    if (q.labelId !== undefined && !t.labelIds.includes(q.labelId)) return false
    if (q.unread !== undefined && r.unreadCount > 0 !== q.unread) return false
    if (q.needsReply !== undefined && r.needsReply !== q.needsReply) return false
    if (q.sent !== undefined && r.hasOut !== q.sent) return false
    if (q.received !== undefined && r.hasIn !== q.received) return false
    if (q.archived !== undefined && t.archived !== q.archived) return false
    if (q.from !== undefined && r.lastMs < bound(q.from, false)) return false
    if (q.to !== undefined && r.lastMs > bound(q.to, true)) return false
    if (q.order !== undefined) {
      const digits = q.order.replace(/\D/g, '')
      if (!t.orderNumber || !t.orderNumber.replace(/\D/g, '').includes(digits)) return false
    }
    if (
      q.keywords !== undefined &&
      !fold(q.keywords)
        .split(/\s+/)
        .filter(Boolean)
        .every((w) => r.text.includes(w))
    ) {
      return false
    }
    return true
  }
  const sorted = [...rows].sort((a, b) => b.lastMs - a.lastMs || (a.thread.id < b.thread.id ? 1 : -1))
  return {
    query: (q: ThreadQuery) => sorted.filter((r) => matches(r, q)),
    counts: (): ViewCounts => {
      const pair = (q: ThreadQuery) => {
        const hits = sorted.filter((r) => matches(r, q))
        return { total: hits.length, unread: hits.filter((r) => r.unreadCount > 0).length }
      }
      return {
        views: Object.fromEntries(SYSTEM_VIEWS.map((view) => [view, pair({ view })])) as ViewCounts['views'],
        folders: Object.fromEntries(snapshot.folders.map((f) => [f.id, pair({ folderId: f.id })])),
        labels: Object.fromEntries(snapshot.labels.map((l) => [l.id, pair({ labelId: l.id })])),
      }
    },
  }
}

export function engineFor(snapshot: MailboxSnapshot, partitionCount: number) {
  const meta = emptyMeta()
  const records = emptyPartition()
  mergeSnapshot(meta, records, snapshot, NOW)
  const index = new MailboxIndex()
  const partitions = distribute(records, partitionCount)
  for (const p of partitions) index.addPartition(p)
  index.linkContacts()
  index.resort()
  return { index, meta, partitions }
}
