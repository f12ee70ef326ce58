/**
 * The full-text index saved at close and read back at open: a reopened store finds exactly what it
 * found before, a file older than the mailbox is caught up, a damaged one is ignored.
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ThreadQuery } from '../../../../shared/model/query'
import { MailboxStore } from './mailbox-store'
import { searchIndexPath } from './search-index-file'
import { fixtureSnapshot, tempStoreDir } from './store-fixtures'

let dir: string
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ dir, cleanup } = await tempStoreDir())
  const store = await MailboxStore.open(dir)
  await store.importSnapshot(fixtureSnapshot())
  await store.close()
})
afterEach(async () => cleanup())

const SEARCHES: ThreadQuery[] = [
  { keywords: 'colis' },
  { keywords: 'REMBOURSE' },
  { keywords: 'helene' },
  { keywords: 'zzz' },
  { order: '1234567' },
  { keywords: 'nouveau message' },
]
const answers = (store: MailboxStore) =>
  SEARCHES.map((query) => {
    const page = store.query(query)
    return { ids: page.threads.map((t) => t.id), total: page.total }
  })

describe('saved search index', () => {
  it('is written at close and gives the same answers after reopening', async () => {
    expect((await stat(searchIndexPath(dir))).size).toBeGreaterThan(0)
    const first = await MailboxStore.open(dir)
    const before = answers(first)
    expect(before.some((a) => a.total > 0)).toBe(true)
    await first.close()
    const second = await MailboxStore.open(dir)
    expect(answers(second)).toEqual(before)
    await second.close()
  })

  it('catches up with threads that changed after it was written', async () => {
    const saved = await readFile(searchIndexPath(dir))
    const store = await MailboxStore.open(dir)
    const [threadId] = store.query({ limit: 1 }).threads.map((t) => t.id)
    await store.appendMessage({ threadId: threadId!, direction: 'in', body: 'Nouveau message : xylophone' })
    const after = answers(store)
    await store.close()
    // As if the app had died before closing: the file on disk predates the new message.
    await writeFile(searchIndexPath(dir), saved)
    const reopened = await MailboxStore.open(dir)
    expect(answers(reopened)).toEqual(after)
    expect(reopened.query({ keywords: 'xylophone' }).threads.map((t) => t.id)).toEqual([threadId])
    await reopened.close()
  })

  it('is ignored when damaged', async () => {
    const store = await MailboxStore.open(dir)
    const expected = answers(store)
    await store.close()
    const file = await readFile(searchIndexPath(dir))
    file[Math.floor(file.length / 2)]! ^= 0xff
    await writeFile(searchIndexPath(dir), file)
    const reopened = await MailboxStore.open(dir)
    expect(reopened.openWarnings).toEqual([])
    expect(answers(reopened)).toEqual(expected)
    await reopened.close()
  })
})
