import { describe, expect, it } from 'vitest'
import type { InfiniteData } from '@tanstack/react-query'
import type { ThreadSummary } from '../../../shared/model/mailbox'
import type { ThreadPage } from '../../../shared/model/query'
import { patchList } from './store-events'

const summary = (id: string, extra: Partial<ThreadSummary> = {}): ThreadSummary => ({
  id,
  subject: `Sujet ${id}`,
  contact: { id: `c-${id}`, displayName: 'Élodie', blocked: false } as ThreadSummary['contact'],
  orderNumber: '405-1234567-1234567',
  lastMessageAt: '2025-05-01T10:00:00.000Z',
  lastDirection: 'in',
  waitingSince: null,
  preview: '',
  messageCount: 2,
  unreadCount: 1,
  hasAttachments: false,
  folderId: null,
  labelIds: [],
  archived: false,
  trashed: false,
  blocked: false,
  noResponseNeeded: false,
  needsReply: true,
  reported: false,
  ...extra,
})

const list = (...threads: ThreadSummary[]): InfiniteData<ThreadPage, string | null> => ({
  pages: [{ threads, nextCursor: null, total: threads.length }],
  pageParams: [null],
})

describe('patching a list from a change event', () => {
  it('patches a row in place (a read flag) without refetching', () => {
    const result = patchList(
      list(summary('a'), summary('b')),
      { view: 'inbox' },
      [summary('a', { unreadCount: 0 })],
      new Set(),
      [],
    )
    expect(result.refetch).toBe(false)
    expect(result.data.pages[0]?.threads.map((t) => t.unreadCount)).toEqual([0, 1])
  })

  it('drops a row that left the list (archived, or filed in a folder) and lowers the total', () => {
    const archived = patchList(
      list(summary('a'), summary('b')),
      { view: 'inbox' },
      [summary('a', { archived: true })],
      new Set(),
      [],
    )
    expect(archived.data.pages[0]?.threads.map((t) => t.id)).toEqual(['b'])
    expect(archived.data.pages[0]?.total).toBe(1)
    expect(archived.refetch).toBe(false)
    const filed = patchList(
      list(summary('a')),
      { view: 'inbox' },
      [summary('a', { folderId: 'f1' })],
      new Set(),
      [],
    )
    expect(filed.data.pages[0]?.threads).toEqual([])
  })

  it('refetches a list a thread may have joined, and one whose order changed', () => {
    const joined = patchList(
      list(summary('b')),
      { view: 'archive' },
      [summary('a', { archived: true })],
      new Set(),
      [],
    )
    expect(joined.refetch).toBe(true)
    const moved = patchList(
      list(summary('a')),
      { view: 'inbox' },
      [summary('a', { lastMessageAt: '2025-06-01T00:00:00.000Z' })],
      new Set(),
      [],
    )
    expect(moved.refetch).toBe(true)
  })

  it('removes purged threads', () => {
    const result = patchList(list(summary('a'), summary('b')), { view: 'trash' }, [], new Set(['a']), [])
    expect(result.data.pages[0]?.threads.map((t) => t.id)).toEqual(['b'])
  })
})
