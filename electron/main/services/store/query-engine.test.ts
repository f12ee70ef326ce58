import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ThreadQuery } from '../../../../shared/model/query'
import { MailboxStore } from './mailbox-store'
import { fixtureSnapshot, tempStoreDir } from './store-fixtures'

let store: MailboxStore
let cleanup: () => Promise<void>

beforeAll(async () => {
  const temp = await tempStoreDir()
  cleanup = temp.cleanup
  store = await MailboxStore.open(temp.dir)
  await store.importSnapshot(fixtureSnapshot())
})
afterAll(async () => {
  await store.close()
  await cleanup()
})

const ids = (query: ThreadQuery) => store.query(query).threads.map((t) => t.id)

describe('system views', () => {
  it.each([
    // t3 and t6 are filed in folders: a filed thread leaves the Inbox.
    ['inbox', ['t2', 't1']],
    ['needs-reply', ['t3', 't1', 't4']],
    ['sent', ['t2', 't1']],
    ['archive', ['t4']],
    ['trash', ['t5']],
    ['blocked', []],
  ] as const)('%s', (view, expected) => {
    expect(ids({ view })).toEqual(expected)
  })

  it('without a view: everything neither trashed nor blocked, latest activity first', () => {
    expect(ids({})).toEqual(['t3', 't2', 't1', 't6', 't4'])
  })
})

describe('filters', () => {
  it.each<[string, ThreadQuery, string[]]>([
    ['folder with subfolders', { folderId: 'fA' }, ['t3', 't6']],
    ['folder without subfolders', { folderId: 'fA', includeSubfolders: false }, ['t6']],
    ['subfolder', { folderId: 'fB' }, ['t3']],
    ['empty folder', { folderId: 'fC' }, []],
    ['label', { labelId: 'lU' }, ['t3']],
    ['unread', { unread: true }, ['t3', 't1']],
    ['read', { unread: false }, ['t2', 't6', 't4']],
    ['needs reply', { needsReply: true }, ['t3', 't1', 't4']],
    ['does not need a reply', { needsReply: false }, ['t2', 't6']],
    ['sent', { sent: true }, ['t2', 't1']],
    ['never answered', { sent: false }, ['t3', 't6', 't4']],
    ['received', { received: true }, ['t3', 't2', 't1', 't6', 't4']],
    ['archived', { archived: true }, ['t4']],
    ['not archived', { archived: false }, ['t3', 't2', 't1', 't6']],
    ['from a date-time', { from: '2025-03-03T21:00:00.000Z' }, ['t3', 't2', 't1', 't6']],
    ['to a bare date (the whole day)', { to: '2025-03-04' }, ['t1', 't6', 't4']],
    ['one day', { from: '2025-03-04', to: '2025-03-04' }, ['t1']],
    ['full order number', { order: '405-1234567-1234567' }, ['t1']],
    ['partial order number', { order: '1234567' }, ['t1']],
    ['order number digits only', { order: '1717654' }, ['t2']],
    ['order number with spaces', { order: '405 1234567' }, ['t1']],
    ['order query without digits', { order: 'abc' }, []],
  ])('%s', (_name, query, expected) => {
    expect(ids(query)).toEqual(expected)
  })

  it.each<[string, string, string[]]>([
    ['accent-insensitive', 'rembourse', ['t1']],
    ['case-insensitive', 'COLIS', ['t1']],
    ['accented query', 'REMBOURSÉ', ['t1']],
    ['subject with accents', 'offre speciale', ['t3']],
    ['counterpart name', 'helene', ['t1', 't4']],
    ['relay address', 'john@relay', ['t2', 't6']],
    ['order number', '405-1234567', ['t1']],
    ['order number without its dashes', '40512345671234567', ['t1']],
    ['order number digits, start', '4051234567', ['t1']],
    ['typographic apostrophe', "n'est", ['t1']],
    ['every word must match', 'colis helene', ['t1']],
    ['words matched anywhere in the thread', 'enquete voudrais', ['t1']],
    ['no match', 'colis john', []],
    ['trashed threads stay out', 'facture', ['t6']],
    ['blank keywords are ignored', '   ', ['t3', 't2', 't1', 't6', 't4']],
  ])('keywords: %s', (_name, keywords, expected) => {
    expect(ids({ keywords })).toEqual(expected)
  })

  it('combines filters with AND', () => {
    expect(ids({ view: 'needs-reply', labelId: 'lU', unread: true })).toEqual(['t3'])
    expect(ids({ view: 'inbox', labelId: 'lU' })).toEqual([])
    expect(ids({ view: 'needs-reply', archived: true, keywords: 'taille' })).toEqual(['t4'])
    expect(ids({ view: 'trash', keywords: 'facture' })).toEqual(['t5'])
    expect(ids({ folderId: 'fA', unread: false })).toEqual(['t6'])
  })

  it('rejects invalid dates, cursors and page sizes', () => {
    expect(() => store.query({ from: 'yesterday' })).toThrow(
      expect.objectContaining({
        code: 'BAD_REQUEST',
        details: { reason: 'date-invalid', value: 'yesterday' },
      }),
    )
    expect(() => store.query({ cursor: 'not-a-cursor' })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST', details: { reason: 'page-cursor-invalid' } }),
    )
    expect(() => store.query({ limit: 0 })).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }))
    expect(() => store.query({ limit: 501 })).toThrow(expect.objectContaining({ code: 'BAD_REQUEST' }))
  })
})

describe('paging', () => {
  it('walks every page with the cursor, totals counting all matches', () => {
    const seen: string[] = []
    let cursor: string | undefined
    let pages = 0
    do {
      const page = store.query({ limit: 2, ...(cursor ? { cursor } : {}) })
      expect(page.total).toBe(5)
      seen.push(...page.threads.map((t) => t.id))
      cursor = page.nextCursor ?? undefined
      pages++
    } while (cursor)
    expect(pages).toBe(3)
    expect(seen).toEqual(['t3', 't2', 't1', 't6', 't4'])
  })

  it('has no next page when everything fits', () => {
    expect(store.query({ limit: 5 }).nextCursor).toBeNull()
  })
})

describe('summaries and counts', () => {
  it('derives the summary fields', () => {
    const t1 = store.query({ keywords: 'colis' }).threads[0]!
    expect(t1).toMatchObject({
      id: 't1',
      subject: 'Colis non reçu',
      contact: { id: 'c1', displayName: 'Hélène Dupré', blocked: false },
      orderNumber: '405-1234567-1234567',
      lastMessageAt: '2025-03-04T09:00:00.000Z',
      lastDirection: 'in',
      waitingSince: '2025-03-04T09:00:00.000Z',
      preview: 'Je voudrais être remboursé, merci.',
      messageCount: 3,
      unreadCount: 1,
      hasAttachments: false,
      labelIds: ['lF'],
      needsReply: true,
      blocked: false,
    })
    const t4 = store.getThread('t4').thread
    expect(t4.waitingSince).toBe('2025-03-01T09:00:00.000Z') // the first unanswered message
    const t6 = store.getThread('t6').thread
    expect(t6).toMatchObject({ hasAttachments: true, noResponseNeeded: true, needsReply: false })
    expect(store.getThread('t2').thread).toMatchObject({
      lastDirection: 'out',
      waitingSince: null,
      needsReply: false,
    })
  })

  it('counts views, folders (with subfolders) and labels', () => {
    expect(store.counts()).toEqual({
      views: {
        inbox: { total: 2, unread: 1 },
        'needs-reply': { total: 3, unread: 2 },
        sent: { total: 2, unread: 1 },
        archive: { total: 1, unread: 0 },
        trash: { total: 1, unread: 0 },
        blocked: { total: 0, unread: 0 },
      },
      folders: { fA: { total: 2, unread: 1 }, fB: { total: 1, unread: 1 }, fC: { total: 0, unread: 0 } },
      labels: { lU: { total: 1, unread: 1 }, lF: { total: 1, unread: 1 } },
    })
  })

  it('returns the thread detail with messages oldest first and the order', () => {
    const detail = store.getThread('t1')
    expect(detail.messages.map((m) => m.id)).toEqual(['t1-m1', 't1-m2', 't1-m3'])
    expect(detail.order?.trackingNumber).toBe('6A12345678901')
    expect(store.getThread('t3').order).toBeNull()
    expect(() => store.getThread('nope')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }))
  })
})
