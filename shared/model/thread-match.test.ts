import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Folder, ThreadSummary } from './mailbox'
import { folderSubtree, inView, summaryMatches } from './thread-match'

const folders: Folder[] = [
  { id: 'f1', name: 'Litiges', parentId: null },
  { id: 'f2', name: 'Transporteur', parentId: 'f1' },
]

const summary = (extra: Partial<ThreadSummary>): ThreadSummary =>
  ({
    id: 't',
    subject: 's',
    contact: { id: 'c', displayName: 'Élodie', blocked: false },
    orderNumber: '405-1234567-1234567',
    lastMessageAt: '2025-05-01T10:00:00.000Z',
    lastDirection: 'in',
    waitingSince: null,
    preview: '',
    messageCount: 1,
    unreadCount: 0,
    hasAttachments: false,
    folderId: null,
    labelIds: [],
    archived: false,
    trashed: false,
    blocked: false,
    noResponseNeeded: false,
    needsReply: false,
    ...extra,
  }) as ThreadSummary

describe('thread membership', () => {
  it('a thread filed in a folder leaves the Inbox but stays in its folder, its parents and Needs reply', () => {
    const filed = summary({ folderId: 'f2', needsReply: true })
    expect(summaryMatches(filed, { view: 'inbox' }, folders)).toBe(false)
    expect(summaryMatches(filed, { folderId: 'f1' }, folders)).toBe(true)
    expect(summaryMatches(filed, { folderId: 'f1', includeSubfolders: false }, folders)).toBe(false)
    expect(summaryMatches(filed, { view: 'needs-reply' }, folders)).toBe(true)
  })

  it('the Inbox is exactly what is not filed, archived, trashed or blocked (any flags)', () => {
    fc.assert(
      fc.property(
        fc.record({
          archived: fc.boolean(),
          trashed: fc.boolean(),
          blocked: fc.boolean(),
          folderId: fc.constantFrom(null, 'f1', 'f2'),
          needsReply: fc.boolean(),
        }),
        (flags) => {
          const expected = !flags.archived && !flags.trashed && !flags.blocked && flags.folderId === null
          expect(inView('inbox', flags, false)).toBe(expected)
          // Some view always holds a thread: nothing is lost between views.
          const views = ['inbox', 'archive', 'trash', 'blocked'] as const
          expect(views.some((v) => inView(v, flags, false)) || flags.folderId !== null).toBe(true)
        },
      ),
    )
  })

  it('says "cannot tell" for what a summary does not hold, and matches order digits', () => {
    expect(summaryMatches(summary({}), { keywords: 'colis' }, folders)).toBeNull()
    expect(summaryMatches(summary({}), { order: '4051234567' }, folders)).toBe(true)
    expect(summaryMatches(summary({}), { order: '999' }, folders)).toBe(false)
    expect([...folderSubtree(folders, 'f1')].sort()).toEqual(['f1', 'f2'])
  })
})
