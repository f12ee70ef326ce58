/**
 * Growth happens beside the live generation while commands go on: changes made during it are kept,
 * in memory and after a reopen, and the old generation goes once the new one is live.
 */
import { readdir } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseGenerationDir, partitionOf } from './layout'
import { MailboxStore } from './mailbox-store'
import type { PartitionSet } from './partitions'
import { canonical, fixtureSnapshot, tempStoreDir } from './store-fixtures'

let dir: string
let cleanup: () => Promise<void>
const now = () => new Date('2025-04-01T12:00:00.000Z')
beforeEach(async () => ({ dir, cleanup } = await tempStoreDir()))
afterEach(() => cleanup())

const generations = async () => (await readdir(dir)).map(parseGenerationDir).filter((g) => g !== null)

describe('growth', () => {
  it('keeps every change made while the partitions are copied', async () => {
    const store = await MailboxStore.open(dir, { now })
    await store.importSnapshot(fixtureSnapshot())
    const [before] = await generations()
    let grown = false
    const growing = store.startGrowth().then(() => (grown = true))
    // One command after another while the growth copies, splits and switches: they land between its turns.
    const created = await store.createThread({
      subject: 'Nouveau',
      contact: { displayName: 'N', relayAddress: 'n@relay' },
    })
    let during = 0
    for (let i = 0; !grown && i < 500; i++, during++) {
      await store.appendMessage({ threadId: `t${(i % 6) + 1}`, direction: 'out', body: `pendant ${i}` })
      await store.archive([`t${(i % 6) + 1}`], i % 2 === 0)
    }
    await growing
    expect(grown).toBe(true)
    expect(during).toBeGreaterThan(1)
    // Every record sits in the partition its key hashes to in the new layout (commands find it there).
    const { parts } = (store as unknown as { context: { parts: PartitionSet } }).context
    parts.partitions.forEach(({ data }, i) => {
      for (const key of [
        ...data.threads.map((t) => t.id),
        ...data.messages.map((m) => m.threadId),
        ...data.contacts.map((c) => c.id),
        ...data.orders.map((o) => o.orderNumber),
      ])
        expect(partitionOf(key, parts.partitionCount)).toBe(i)
    })
    await store.label(['t3'], 'lU', true)
    const expected = canonical(store.exportSnapshot())
    expect(store.getThread('t1').messages.at(-1)!.body).toMatch(/^pendant/)
    expect(store.query({ keywords: 'Nouveau' }).threads.map((t) => t.id)).toEqual([created.id])
    await store.close()
    const [after] = await generations()
    expect(await generations()).toHaveLength(1)
    expect(after!.partitionCount).toBe(before!.partitionCount * 2)
    const again = await MailboxStore.open(dir, { now })
    expect(again.openWarnings).toEqual([])
    expect(canonical(again.exportSnapshot())).toEqual(expected)
    await again.close()
  })
})
