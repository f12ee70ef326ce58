/**
 * Thread summaries saved at close and read by an early open: the first pages and counts are those of
 * the full store, the bodies follow in the background, and a summary that is damaged, stale or
 * contradicted by the files is never what the user is left with.
 */
import { readFile, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ThreadPage, ThreadQuery } from '../../../../shared/model/query'
import { partitionOf, partitionPath } from './layout'
import { MailboxStore } from './mailbox-store'
import type { StoreChange } from './mailbox-store'
import { summaryPath } from './thread-summaries'
import { fixtureSnapshot, tempStoreDir } from './store-fixtures'
import { isManifest } from './schema'

let dir: string
let cleanup: () => Promise<void>

beforeEach(async () => {
  ;({ dir, cleanup } = await tempStoreDir())
  const store = await MailboxStore.open(dir)
  await store.importSnapshot(fixtureSnapshot())
  await store.markRead(['t2'], false)
  await store.close()
})
afterEach(async () => cleanup())

const LISTS: ThreadQuery[] = [
  {},
  { view: 'inbox' },
  { view: 'inbox', limit: 2 },
  { view: 'needs-reply' },
  { view: 'needs-reply', sort: 'time-left' },
  { view: 'sent' },
  { view: 'archive' },
  { view: 'trash' },
  { view: 'blocked' },
  { unread: true },
  { folderId: 'fA' },
  { labelId: 'lU' },
]

/** What the first screen shows: every list page (whole summaries), the counts, folders, labels, owner. */
const firstScreen = (store: MailboxStore) => ({
  lists: LISTS.map((query) => store.query(query)),
  counts: store.counts(),
  folders: store.listFolders(),
  labels: store.listLabels(),
  owner: store.owner(),
})

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

async function fullAnswers() {
  const store = await MailboxStore.open(dir)
  const answers = firstScreen(store)
  await store.close()
  return answers
}

describe('thread summaries', () => {
  it('let an early open answer the first screen exactly as the full store does, before the bodies', async () => {
    const expected = await fullAnswers()
    expect(await exists(summaryPath(dir))).toBe(true)
    const store = await MailboxStore.open(dir, { early: true })
    expect(firstScreen(store)).toEqual(expected)
    expect(() => store.getThread('t1')).toThrow(/still being read/)
    expect(() => store.query({ keywords: 'colis' })).toThrow(/still being read/)
    // Opened: the file is gone until the next close, so a crash cannot leave a stale one.
    expect(await exists(summaryPath(dir))).toBe(false)
    await store.loaded
    expect(store.getThread('t1').messages.length).toBeGreaterThan(0)
    expect(store.query({ keywords: 'colis' }).total).toBeGreaterThan(0)
    expect(firstScreen(store)).toEqual(expected)
    expect(store.openWarnings).toEqual([])
    await store.close()
  })

  it('queue commands behind the bodies, and the next summary holds them', async () => {
    const store = await MailboxStore.open(dir, { early: true })
    const archived = store.archive(['t1'], true)
    await expect(archived).resolves.toEqual({ threadIds: ['t1'] })
    expect(store.query({ view: 'archive' }).threads.map((t) => t.id)).toContain('t1')
    await store.close()
    const expected = await fullAnswers()
    const early = await MailboxStore.open(dir, { early: true })
    expect(firstScreen(early)).toEqual(expected)
    expect(early.query({ view: 'archive' }).threads.map((t) => t.id)).toContain('t1')
    await early.close()
  })

  it('page with cursors and find labels past the 31 held as bits, as the full store does', async () => {
    const full = await MailboxStore.open(dir)
    // t1 carries every label, so the last ones get codes past the 31 label bits of the table.
    let last = ''
    for (let i = 0; i < 33; i++) {
      last = (await full.createLabel({ name: `L${i}`, color: '#888888', kind: 'free' })).id
      await full.label(['t1'], last, true)
    }
    await full.close()
    const pages = (store: MailboxStore) => {
      const seen: ThreadPage[] = []
      let cursor: string | undefined
      do {
        const page = store.query({ limit: 1, ...(cursor ? { cursor } : {}) })
        seen.push(page)
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      return { seen, labelled: store.query({ labelId: last }), counts: store.counts() }
    }
    const reference = await MailboxStore.open(dir)
    const expected = pages(reference)
    await reference.close()
    expect(expected.labelled.threads.map((t) => t.id)).toEqual(['t1'])
    const early = await MailboxStore.open(dir, { early: true })
    expect(() => early.getThread('t1')).toThrow(/still being read/) // the summaries answer
    expect(pages(early)).toEqual(expected)
    await early.close()
  })

  it('keep texts with quotes, backslashes, brackets, commas and any script exactly', async () => {
    const tricky = await tempStoreDir()
    try {
      const snapshot = fixtureSnapshot()
      snapshot.threads[0]!.subject = 'Re: "colis", [urgent] {\\n} \\ , ], Œuvre 🚚 日本'
      snapshot.contacts[0]!.displayName = 'Zoë "Z" O\\Brien, [SARL]'
      const full = await MailboxStore.open(tricky.dir)
      await full.importSnapshot(snapshot)
      const expected = firstScreen(full)
      await full.close()
      const early = await MailboxStore.open(tricky.dir, { early: true })
      expect(() => early.getThread('t1')).toThrow(/still being read/)
      expect(firstScreen(early)).toEqual(expected)
      await early.close()
    } finally {
      await tricky.cleanup()
    }
  })

  it('are ignored when damaged: the open reads everything and reports nothing', async () => {
    const expected = await fullAnswers()
    const file = await readFile(summaryPath(dir))
    file[Math.floor(file.length / 2)]! ^= 0xff
    await writeFile(summaryPath(dir), file)
    const store = await MailboxStore.open(dir, { early: true })
    expect(store.getThread('t1').messages.length).toBeGreaterThan(0) // bodies read at once
    expect(firstScreen(store)).toEqual(expected)
    expect(store.openWarnings).toEqual([])
    await store.close()
  })

  it('are ignored when the log changed after them (a session that ended without closing)', async () => {
    await fullAnswers()
    const old = await readFile(summaryPath(dir))
    const store = await MailboxStore.open(dir)
    await store.trash(['t2'], true)
    await store.close()
    const expected = await fullAnswers()
    await writeFile(summaryPath(dir), old) // as if that session had crashed before its close
    const early = await MailboxStore.open(dir, { early: true })
    expect(firstScreen(early)).toEqual(expected)
    expect(early.query({ view: 'trash' }).threads.map((t) => t.id)).toContain('t2')
    await early.close()
  })

  it('give way to the files: a partition damaged since the close is reported once the bodies are read', async () => {
    await fullAnswers()
    const manifest: unknown = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'))
    if (!isManifest(manifest)) throw new Error('no manifest')
    const partition = partitionOf('t1', manifest.partitionCount)
    await writeFile(partitionPath(dir, manifest, partition), '{"threads": [')
    const store = await MailboxStore.open(dir, { early: true })
    const changes: StoreChange[] = []
    store.onChange((change) => changes.push(change))
    expect(store.summaries(['t1']).map((t) => t.id)).toEqual(['t1']) // the summary's word, for now
    await store.loaded
    expect(changes).toEqual([{ threadIds: [], kinds: ['all'] }])
    expect(store.summaries(['t1'])).toEqual([])
    expect(store.openProblems.map((p) => p.kind)).toContain('file-damaged')
    await store.close()
  })
})
