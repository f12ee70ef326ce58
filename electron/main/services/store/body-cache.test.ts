/**
 * Bodies on demand (body-cache.ts): a store that shelves every body it can after each turn answers
 * exactly as one holding them all — through commands on shelved threads, compaction, a growth, a
 * failed-free reopen and an early open — and holds no body once a turn is over.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MailboxStore } from './mailbox-store'
import type { MailboxSnapshot } from '../../../../shared/model/snapshot'
import { tempStoreDir } from './store-fixtures'
import { syntheticMailbox } from './synthetic-mailbox'

const now = () => new Date('2025-07-01T12:00:00.000Z')
let dirs: { dir: string; cleanup: () => Promise<void> }[]
beforeEach(async () => {
  dirs = [await tempStoreDir(), await tempStoreDir()]
})
afterEach(() => Promise.all(dirs.map((d) => d.cleanup())))

/** Small log: compaction runs (and writes shelved partitions) many times during the test. */
const open = (dir: string, bodyCacheBytes: number, early = false) =>
  MailboxStore.open(dir, { now, bodyCacheBytes, compactLogAtBytes: 8 * 1024, early })

/** What a user sees of every thread: its messages, reports, order, summary; the dashboard; searches. */
function seen(store: MailboxStore) {
  const ids = store.query({ limit: 500 }).threads.map((t) => t.id)
  return {
    ids,
    threads: ids.map((id) => store.getThread(id)),
    // In the order of the index's map, which a reopen changes: the dashboard only sums them.
    timelines: store.timelines().sort((a, b) => a.threadId.localeCompare(b.threadId)),
    counts: store.counts(),
    search: ['rembourse', 'colis', 'facture'].map((k) => store.query({ keywords: k, limit: 500 }).total),
  }
}

describe('bodies on demand', () => {
  it('answers as a store holding every body, through commands, compaction, growth and reopens', async () => {
    const snapshot = syntheticMailbox(600)
    const stores: MailboxStore[] = []
    for (const [i, budget] of [Infinity, 0].entries()) {
      const first = await open(dirs[i]!.dir, budget)
      await first.importSnapshot(snapshot)
      await first.close()
      stores.push(await open(dirs[i]!.dir, budget))
    }
    const [held, shelved] = stores as [MailboxStore, MailboxStore]
    expect(held.heldBodyPartitions()).toBeNull()
    expect(shelved.heldBodyPartitions()).toBe(0)

    const ids = held.query({ limit: 500 }).threads.map((t) => t.id)
    const label = snapshot.labels[0]!.id
    const run = async (store: MailboxStore) => {
      for (let i = 0; i < 40; i++) {
        const id = ids[(i * 7) % ids.length]!
        await store.markRead([id], i % 2 === 0)
        await store.archive([ids[(i * 11) % ids.length]!], i % 3 === 0)
        await store.label([ids[(i * 5) % ids.length]!], label, i % 2 === 1)
        await store.appendMessage({
          threadId: ids[(i * 13) % ids.length]!,
          direction: 'out',
          body: `réponse ${i}`,
        })
      }
      const reported = store.getThread(ids[3]!).messages[0]!.id
      await store.report(reported, 'spam')
      // A message of a thread nobody opened: found in its shelved file.
      const far = snapshot.messages.find((m) => m.threadId === ids[ids.length - 1])!.id
      await store.report(far, 'arnaque')
      await store.trash([ids[4]!, ids[5]!], true)
      await store.purge([ids[4]!])
      await store.createThread({
        subject: 'Nouveau fil',
        contact: { displayName: 'N', relayAddress: 'n@relay' },
      })
      // A growth with commands between its turns, some on threads it already copied.
      const growing = store.startGrowth()
      for (let i = 0; i < 20; i++) {
        await store.appendMessage({
          threadId: ids[(i * 3) % ids.length]!,
          direction: 'in',
          body: `pendant ${i}`,
        })
        store.getThread(ids[(i * 17) % ids.length]!)
      }
      await growing
      await store.markRead([ids[9]!], true)
    }
    await run(held)
    await run(shelved)
    await shelved.settle()
    // The last change's partition alone: the log is ahead of its file until compaction writes it.
    expect(shelved.heldBodyPartitions()).toBe(1)
    const expected = seen(held)
    // Ids and dates of created records differ between the two runs: compare what they hold.
    const strip = (value: unknown) =>
      JSON.stringify(value)
        .replace(/"(t|m|r|c)_[0-9a-f-]{36}"/g, '"id"')
        .replace(/"\d{4}-\d{2}-\d{2}T[^"]*"/g, '"date"')
    expect(strip(seen(shelved))).toBe(strip(expected))

    // Closed and opened again: what reached the disk is the same; an early open shows the same rows.
    const exported = held.exportSnapshot()
    await held.close()
    await shelved.close()
    const again = await open(dirs[1]!.dir, 0, true)
    expect(strip(again.query({ limit: 500 }))).toBe(strip(held.query({ limit: 500 })))
    await again.loaded
    expect(again.openWarnings).toEqual([])
    expect(strip(seen(again))).toBe(strip(expected))
    const records = (snapshot: MailboxSnapshot) =>
      Object.values(snapshot).map((items: unknown) =>
        Array.isArray(items) ? items.map(strip).sort() : strip(items),
      )
    expect(records(again.exportSnapshot())).toEqual(records(exported))
    await again.close()
  }, 60_000)
})
