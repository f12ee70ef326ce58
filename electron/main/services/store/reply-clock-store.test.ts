import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { computeDashboardMetrics } from '../../../../shared/model/reply-metrics'
import { MailboxIndex } from './mailbox-index'
import { MailboxStore } from './mailbox-store'
import { emptyPartition } from './schema'
import { day, fixtureSnapshot, tempStoreDir } from './store-fixtures'
import { threadTimelines } from './timelines'

let dir: string
let cleanup: () => Promise<void>
let store: MailboxStore
const options = { now: () => new Date(day(7)) }

beforeEach(async () => {
  ;({ dir, cleanup } = await tempStoreDir())
  store = await MailboxStore.open(dir, options)
  await store.importSnapshot(fixtureSnapshot())
})
afterEach(async () => {
  await store.close()
  await cleanup()
})

const waiting = (id: string) => store.getThread(id).thread

describe('the wait as the store derives it', () => {
  it('starts at the first of several inbound messages in a row', () => {
    expect(waiting('t4').waitingSince).toBe(day(0))
  })

  it('"no response needed" stops it; a new message restarts it from that message, also after reopening', async () => {
    expect(waiting('t1').waitingSince).toBe(day(3))
    await store.setNoResponseNeeded(['t1'], true)
    expect(waiting('t1')).toMatchObject({ needsReply: false, waitingSince: null })
    await store.appendMessage({ threadId: 't1', direction: 'in', body: 'Une autre question', sentAt: day(6) })
    expect(waiting('t1')).toMatchObject({ needsReply: true, noResponseNeeded: false, waitingSince: day(6) })
    await store.close()
    store = await MailboxStore.open(dir, options)
    expect(waiting('t1').waitingSince).toBe(day(6))
  })

  it('an imported "no response needed" (no time) also covers what came before a new message', async () => {
    expect(waiting('t6')).toMatchObject({ noResponseNeeded: true, needsReply: false })
    await store.appendMessage({ threadId: 't6', direction: 'in', body: 'Une question', sentAt: day(6.5) })
    expect(waiting('t6')).toMatchObject({ needsReply: true, waitingSince: day(6.5) })
  })

  it('undoing "no response needed" brings the original wait back', async () => {
    await store.setNoResponseNeeded(['t1'], true)
    await store.setNoResponseNeeded(['t1'], false)
    expect(waiting('t1')).toMatchObject({ needsReply: true, waitingSince: day(3) })
  })
})

describe('timelines', () => {
  it('hands the dashboard every thread with directions, times and flags', () => {
    const snapshot = fixtureSnapshot()
    const data = emptyPartition()
    data.threads = snapshot.threads.map((t) => ({ ...t, createdAt: day(0) }))
    data.messages = snapshot.messages
    data.contacts = snapshot.contacts
    const index = new MailboxIndex()
    index.addPartition(data)
    index.linkContacts()
    const byId = new Map(threadTimelines(index).map((t) => [t.threadId, t]))
    expect(byId.get('t1')!.messages).toEqual([
      { direction: 'in', at: Date.parse(day(1)) },
      { direction: 'out', at: Date.parse(day(2)) },
      { direction: 'in', at: Date.parse(day(3)) },
    ])
    expect(byId.get('t5')).toMatchObject({ trashed: true })
    expect(byId.get('t6')).toMatchObject({ noResponseNeeded: true, dismissedThrough: null })
    // t1 (day 1 → day 2) answered in 24 h; t2 (day 1.5 → day 4) not; t1, t3 and t4 overdue now;
    // t5 is trashed and t6 needs no response.
    const metrics = computeDashboardMetrics([...byId.values()], {
      nowMs: Date.parse(day(7)),
      timeZone: 'Europe/Paris',
      days: 30,
    })
    expect(metrics.windows[1]).toMatchObject({ decided: 5, answered: 2, answeredWithin24h: 1 })
    expect(metrics.overdueNow).toBe(3)
  })
})

describe('needs reply sorted by time left', () => {
  it('puts the longest wait first and pages with a cursor', async () => {
    // Waiting: t4 since day 0 (archived, still needs a reply), t1 since day 3; t3 since day 5.
    const all = store.query({ view: 'needs-reply', sort: 'time-left' })
    expect(all.threads.map((t) => t.id)).toEqual(['t4', 't1', 't3'])
    expect(store.query({ view: 'needs-reply' }).threads.map((t) => t.id)).toEqual(['t3', 't1', 't4'])
    const first = store.query({ view: 'needs-reply', sort: 'time-left', limit: 2 })
    expect(first.threads.map((t) => t.id)).toEqual(['t4', 't1'])
    const second = store.query({
      view: 'needs-reply',
      sort: 'time-left',
      limit: 2,
      cursor: first.nextCursor!,
    })
    expect(second).toMatchObject({ nextCursor: null, total: 3 })
    expect(second.threads.map((t) => t.id)).toEqual(['t3'])
    expect(() => store.query({ sort: 'time-left', cursor: 'nope' })).toThrow(
      expect.objectContaining({ code: 'BAD_REQUEST' }),
    )
  })

  it('threads nobody waits on follow, in activity order', () => {
    // t3 and t6 are filed in folders, so they are not in the Inbox (shared/model/thread-match.ts).
    expect(store.query({ view: 'inbox', sort: 'time-left' }).threads.map((t) => t.id)).toEqual([
      't1',
      't2', // nobody waits: last activity day 4
    ])
    expect(store.query({ folderId: 'fA', sort: 'time-left' }).threads.map((t) => t.id)).toEqual(['t3', 't6'])
  })
})
