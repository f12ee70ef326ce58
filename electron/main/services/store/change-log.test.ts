/**
 * The change log under what a power cut, a kill or a bad disk leaves: a torn last entry is dropped
 * silently with everything before it kept; damage in the middle of the log is reported and kept
 * aside; compaction moves the log into the partition files without losing a change; a failed append
 * leaves memory as the disk is, earlier logged changes included.
 */
import { appendFile, readFile, readdir, rm, truncate, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOG_DIR, decodeSegment, encodeEntry } from './change-log'
import { MailboxStore } from './mailbox-store'
import { canonical, fixtureSnapshot, tempStoreDir } from './store-fixtures'

let dir: string
let cleanup: () => Promise<void>
const now = () => new Date('2025-04-01T12:00:00.000Z')
beforeEach(async () => {
  ;({ dir, cleanup } = await tempStoreDir())
  const store = await MailboxStore.open(dir, { now })
  await store.importSnapshot(fixtureSnapshot())
  await store.close()
})
afterEach(() => cleanup())

const logDir = () => path.join(dir, LOG_DIR)
const segments = async () => (await readdir(logDir())).filter((n) => n.endsWith('.log')).sort()

/** The segment holding entries (the one written last). */
async function writtenSegment(): Promise<string> {
  for (const name of (await segments()).reverse()) {
    const { entries } = decodeSegment(await readFile(path.join(logDir(), name)))
    if (entries.length > 0) return path.join(logDir(), name)
  }
  throw new Error('no segment holds an entry')
}

describe('the change log', () => {
  it('entries round-trip, and reading stops at the first one that is not whole', () => {
    const first = encodeEntry({ meta: { owner: null, folders: [], labels: [] } })
    const second = encodeEntry({
      contacts: [{ id: 'c', displayName: 'É', relayAddress: 'r', blocked: true }],
    })
    const both = Buffer.concat([first, second, Buffer.alloc(64)])
    expect(decodeSegment(both)).toMatchObject({ end: first.length + second.length, clean: true })
    expect(decodeSegment(both).entries[1]!.contacts![0]!.displayName).toBe('É')
    const torn = Buffer.concat([first, second.subarray(0, second.length - 3), Buffer.alloc(64)])
    expect(decodeSegment(torn)).toMatchObject({ end: first.length, clean: false })
    const flipped = Buffer.concat([first, second])
    flipped[flipped.length - 2]! ^= 0xff // a bit flipped inside the payload: the checksum catches it
    expect(decodeSegment(flipped).entries).toHaveLength(1)
  })

  it('a change is durable in the log alone; a torn entry after it is dropped without a warning', async () => {
    const store = await MailboxStore.open(dir, { now })
    await store.archive(['t1'], true)
    await store.appendMessage({ threadId: 't2', direction: 'out', body: 'gardé' })
    const expected = canonical(store.exportSnapshot())
    await store.close()
    const segment = await writtenSegment()
    const { end } = decodeSegment(await readFile(segment))
    // A kill mid-append: the header and half the payload of a third entry reached the disk.
    const torn = encodeEntry({ meta: { owner: null, folders: [], labels: [] } })
    await truncate(segment, end)
    await appendFile(segment, torn.subarray(0, torn.length - 10))
    const again = await MailboxStore.open(dir, { now })
    expect(again.openWarnings).toEqual([])
    expect(canonical(again.exportSnapshot())).toEqual(expected)
    expect(again.getThread('t1').thread.archived).toBe(true)
    expect(again.getThread('t2').messages.at(-1)!.body).toBe('gardé')
    // New changes go after the torn bytes are gone, and survive the next open.
    await again.archive(['t2'], true)
    await again.close()
    const third = await MailboxStore.open(dir, { now })
    expect(third.getThread('t2').thread.archived).toBe(true)
    expect(third.getThread('t1').thread.archived).toBe(true)
    await third.close()
  })

  it('damage inside an earlier segment is reported, kept aside, and the rest opens', async () => {
    const store = await MailboxStore.open(dir, { now })
    await store.archive(['t1'], true)
    await store.close()
    const segment = await writtenSegment()
    const bytes = await readFile(segment)
    const { end } = decodeSegment(bytes)
    bytes[end - 5]! ^= 0xff // the last entry of this segment is damaged...
    await writeFile(segment, bytes)
    const laterSeq = Number(path.basename(segment, '.log')) + 5
    const later = path.join(logDir(), `${String(laterSeq).padStart(8, '0')}.log`) // ...and a later one holds a change
    await writeFile(later, encodeEntry({ meta: { owner: null, folders: [], labels: [] } }))
    const again = await MailboxStore.open(dir, { now })
    expect(again.openWarnings).toEqual([expect.stringMatching(/change log log\/\d+\.log .* is damaged/)])
    expect(again.getThread('t1').thread.archived).toBe(false) // the damaged change is the one lost
    expect(again.listFolders()).toEqual([]) // the later entry was applied
    await again.close()
    expect((await readdir(path.join(dir, 'damaged'))).some((n) => n.endsWith('.log'))).toBe(true)
  })

  it('a flag change logs the thread record alone, and replay keeps the messages logged before it', async () => {
    const store = await MailboxStore.open(dir, { now })
    await store.appendMessage({ threadId: 't1', direction: 'out', body: 'avant le classement' })
    await store.archive(['t1'], true)
    const expected = canonical(store.exportSnapshot())
    await store.close()
    const { entries } = decodeSegment(await readFile(await writtenSegment()))
    const [flagged] = entries.at(-1)!.threads!
    expect(flagged!.record!.archived).toBe(true)
    expect(flagged!.messages).toBeUndefined()
    const again = await MailboxStore.open(dir, { now })
    expect(canonical(again.exportSnapshot())).toEqual(expected)
    expect(again.getThread('t1').messages.at(-1)!.body).toBe('avant le classement')
    await again.close()
  })

  it('compaction writes the partitions and retires the log, losing nothing', async () => {
    const store = await MailboxStore.open(dir, { now, compactLogAtBytes: 2_000 })
    for (let i = 0; i < 30; i++) {
      await store.appendMessage({ threadId: `t${(i % 6) + 1}`, direction: 'out', body: `réponse ${i}` })
      await store.archive([`t${(i % 6) + 1}`], i % 2 === 0)
    }
    await store.settle()
    const expected = canonical(store.exportSnapshot())
    await store.close()
    const again = await MailboxStore.open(dir, { now })
    expect(again.openWarnings).toEqual([])
    expect(canonical(again.exportSnapshot())).toEqual(expected)
    await again.close()
    // Without the log, the partition files alone hold all but the last changes: compaction wrote them.
    await rm(logDir(), { recursive: true })
    const filesOnly = await MailboxStore.open(dir, { now })
    const replies = ['t1', 't2', 't3', 't4', 't5', 't6']
      .flatMap((id) => filesOnly.getThread(id).messages)
      .filter((m) => m.body.startsWith('réponse'))
    expect(replies.length).toBeGreaterThanOrEqual(27)
    await filesOnly.close()
  })

  it('the spare segment a session prepared and never used is reused, not written again', async () => {
    for (let i = 0; i < 3; i++) {
      const store = await MailboxStore.open(dir, { now })
      await store.settle()
      await store.close()
    }
    expect(await segments()).toHaveLength(1)
    const store = await MailboxStore.open(dir, { now })
    await store.archive(['t1'], true)
    await store.close()
    const again = await MailboxStore.open(dir, { now })
    expect(again.getThread('t1').thread.archived).toBe(true)
    await again.close()
  })

  it('a failed append leaves memory as the disk is, changes only in the log included', async () => {
    const store = await MailboxStore.open(dir, { now })
    await store.archive(['t1'], true) // in the log only
    const before = canonical(store.exportSnapshot())
    const log = (store as unknown as { context: { parts: { log: { append: () => Promise<void> } } } }).context
      .parts.log
    const append = log.append.bind(log)
    log.append = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left'), { code: 'ENOSPC' }))
    await expect(store.archive(['t1', 't2', 't4'], false)).rejects.toThrow(
      expect.objectContaining({ code: 'DISK_FULL' }),
    )
    log.append = append
    expect(canonical(store.exportSnapshot())).toEqual(before)
    expect(store.getThread('t1').thread.archived).toBe(true)
    await store.close()
    const again = await MailboxStore.open(dir, { now })
    expect(canonical(again.exportSnapshot())).toEqual(before)
    await again.close()
  })
})
