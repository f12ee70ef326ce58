/**
 * The query table and its full-text index kept in step with random commands (the very command
 * functions the store runs, then `syncThreads` as the store does): after every command, counts equal
 * the reference's; at the end every query walks the same pages as the reference, as an index built
 * from scratch on the same records, and as one rebuilt over the index saved before the commands (an
 * index file older than the mailbox).
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SYSTEM_VIEWS } from '../../../../shared/model/query'
import type { ThreadQuery } from '../../../../shared/model/query'
import type { ThreadSummary } from '../../../../shared/model/mailbox'
import { MailboxIndex } from './mailbox-index'
import * as organizer from './organizer-commands'
import type { PartitionSet } from './partitions'
import { countViews, runQuery } from './query-engine'
import {
  DAYS,
  NOW,
  ORDERS,
  QUERY_WORDS,
  TIMES,
  WORDS,
  engineFor,
  mailboxArb,
  queryArb,
  reference,
} from './query-reference'
import { gather } from './redistribute'
import { SearchIndex } from './search-index'
import type { MetaData, PartitionData } from './schema'
import { toSnapshot } from './snapshot-io'
import { newChange } from './store-context'
import type { StoreContext } from './store-context'
import * as threads from './thread-commands'

const commandArb = fc.oneof(
  fc.record({ kind: fc.constant('read' as const), thread: fc.nat(), on: fc.boolean() }),
  fc.record({
    kind: fc.constant('flag' as const),
    thread: fc.nat(),
    flag: fc.constantFrom('archived' as const, 'trashed' as const, 'noResponseNeeded' as const),
    on: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    thread: fc.nat(),
    folder: fc.option(fc.nat(), { nil: null }),
  }),
  fc.record({ kind: fc.constant('label' as const), thread: fc.nat(), label: fc.nat(), on: fc.boolean() }),
  fc.record({ kind: fc.constant('purge' as const), thread: fc.nat() }),
  fc.record({ kind: fc.constant('block' as const), contact: fc.nat(), on: fc.boolean() }),
  fc.record({
    kind: fc.constant('append' as const),
    thread: fc.nat(),
    inbound: fc.boolean(),
    day: fc.constantFrom(...DAYS),
    time: fc.constantFrom(...TIMES),
    words: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({
    kind: fc.constant('create' as const),
    subject: fc.constantFrom(...WORDS),
    contact: fc.nat(),
    order: fc.option(fc.constantFrom(...ORDERS), { nil: null }),
  }),
  fc.record({ kind: fc.constant('delete-label' as const), label: fc.nat() }),
  fc.record({ kind: fc.constant('delete-folder' as const), folder: fc.nat() }),
)
type Command = typeof commandArb extends fc.Arbitrary<infer C> ? C : never

function contextFor(index: MailboxIndex, meta: MetaData, partitions: PartitionData[]): StoreContext {
  const parts = {
    meta: { data: meta },
    partitions: partitions.map((data) => ({ data })),
    partitionCount: partitions.length,
  } as unknown as PartitionSet
  return { index, parts, now: () => NOW }
}

const nth = <T>(items: readonly T[], n: number): T | undefined =>
  items.length === 0 ? undefined : items[n % items.length]

function apply(context: StoreContext, command: Command): void {
  const { index } = context
  const meta = context.parts.meta.data
  const threadIds = [...index.threads.keys()].sort()
  const thread = 'thread' in command ? nth(threadIds, command.thread) : undefined
  const change = newChange()
  try {
    switch (command.kind) {
      case 'read':
        if (thread) threads.markRead(context, change, [thread], command.on)
        break
      case 'flag':
        if (thread) threads.setFlag(context, change, [thread], command.flag, command.on)
        break
      case 'move':
        if (thread) {
          const folder = command.folder === null ? null : (nth(meta.folders, command.folder)?.id ?? null)
          threads.moveThreads(context, change, [thread], folder)
        }
        break
      case 'label': {
        const label = nth(meta.labels, command.label)
        if (thread && label) threads.labelThreads(context, change, [thread], label.id, command.on)
        break
      }
      case 'purge':
        if (thread) threads.purgeThreads(context, change, [thread])
        break
      case 'block': {
        const contact = nth([...index.contacts.keys()].sort(), command.contact)
        if (contact) threads.blockContact(context, change, contact, command.on)
        break
      }
      case 'append':
        if (thread) {
          threads.appendMessage(context, change, {
            threadId: thread,
            direction: command.inbound ? 'in' : 'out',
            body: command.words.join(' '),
            sentAt: `${command.day}${command.time}`,
          })
        }
        break
      case 'create': {
        const contact = nth([...index.contacts.values()], command.contact)
        threads.createThread(context, change, {
          subject: command.subject,
          contact: {
            displayName: contact?.displayName ?? 'Zoé',
            relayAddress: contact?.relayAddress ?? 'new@relay',
          },
          orderNumber: command.order,
        })
        break
      }
      case 'delete-label': {
        const label = nth(meta.labels, command.label)
        if (label) organizer.deleteLabel(context, change, label.id)
        break
      }
      case 'delete-folder': {
        const folder = nth(meta.folders, command.folder)
        if (folder) organizer.deleteFolder(context, change, folder.id, { moveThreadsTo: null })
        break
      }
    }
  } catch {
    // A refused command (purging a thread not in the Trash…) changes nothing.
  } finally {
    index.syncThreads(change.threadIds)
  }
}

/** Every page of the query, as thread ids and the totals each page reported. */
function walk(index: MailboxIndex, meta: MetaData, query: ThreadQuery) {
  const pages: { ids: string[]; total: number; summaries: unknown[] }[] = []
  let cursor: string | null = null
  do {
    const page = runQuery(index, meta.folders, { ...query, ...(cursor ? { cursor } : {}) })
    pages.push({ ids: page.threads.map((t) => t.id), total: page.total, summaries: page.threads })
    cursor = page.nextCursor
  } while (cursor && pages.length < 100)
  return pages
}

describe('query table kept in step with commands', () => {
  // Compact the full-text index at the first occasion, so that compaction runs between commands too.
  const { compactAfterRetired, compactAtShare } = SearchIndex
  beforeAll(() => {
    SearchIndex.compactAfterRetired = 0
    SearchIndex.compactAtShare = 0
  })
  afterAll(() => {
    SearchIndex.compactAfterRetired = compactAfterRetired
    SearchIndex.compactAtShare = compactAtShare
  })

  it('answers as the reference and as a fresh index after random commands', () => {
    fc.assert(
      fc.property(
        mailboxArb,
        fc.array(commandArb, { minLength: 1, maxLength: 12 }),
        fc.array(
          fc
            .tuple(queryArb, fc.constantFrom(undefined, 'time-left' as const))
            .map(([q, sort]) => ({ ...q, sort })),
          { minLength: 1, maxLength: 6 },
        ),
        (snapshot, commands, queries) => {
          const { index, meta, partitions } = engineFor(snapshot, 2)
          const context = contextFor(index, meta, partitions)
          // Saved before the commands: an index file older than the mailbox, as after a crash.
          const stale = index.table.save()
          const labelIds = () => meta.labels.map((l) => l.id)
          for (const command of commands) {
            apply(context, command)
            const state = toSnapshot(meta, gather(partitions))
            expect(countViews(index, meta.folders, labelIds())).toEqual(reference(state).counts())
          }
          const state = toSnapshot(meta, gather(partitions))
          const ref = reference(state)
          const fresh = new MailboxIndex()
          for (const data of partitions) fresh.addPartition(data)
          fresh.linkContacts()
          fresh.resort()
          const caughtUp = new MailboxIndex()
          for (const data of partitions) caughtUp.addPartition(data)
          caughtUp.linkContacts()
          caughtUp.resort(stale)
          // Random combinations are mostly empty: each word, order and view alone always finds something.
          const simple: ThreadQuery[] = [
            ...QUERY_WORDS.map((keywords) => ({ keywords, limit: 3 })),
            ...['405', '7654321', '0000000-111'].map((order) => ({ order })),
            ...SYSTEM_VIEWS.map((view) => ({ view })),
            { view: 'needs-reply' as const, sort: 'time-left' as const, limit: 2 },
            { sort: 'time-left' as const, limit: 2 },
          ]
          for (const query of [...simple, ...queries]) {
            const pages = walk(index, meta, query)
            expect(pages).toEqual(walk(fresh, meta, query))
            expect(walk(caughtUp, meta, query)).toEqual(pages)
            if (query.sort === 'time-left') {
              // Activity order, stably sorted by when the reply clock started (nobody waiting last).
              const byActivity = walk(index, meta, { ...query, sort: undefined }).flatMap((p) => p.summaries)
              const wait = (t: ThreadSummary) =>
                t.needsReply && t.waitingSince !== null ? Date.parse(t.waitingSince) : Number.MAX_SAFE_INTEGER
              const expected = [...(byActivity as ThreadSummary[])].sort((a, b) => wait(a) - wait(b))
              expect(pages.flatMap((p) => p.ids)).toEqual(expected.map((t) => t.id))
            }
            if (query.sort === undefined) {
              expect(pages.flatMap((p) => p.ids)).toEqual(ref.query(query).map((r) => r.thread.id))
              for (const page of pages) expect(page.total).toBe(ref.query(query).length)
            }
          }
        },
      ),
      { numRuns: 400 },
    )
  })
})
