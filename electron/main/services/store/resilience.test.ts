/** Damaged files, interrupted commits, migrations from every older layout, and the single-writer lock. */
import { spawnSync } from 'node:child_process'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { DurableJsonFile } from './durable-file'
import { JOURNAL_FILE, LEGACY_V0_FILE, LOCK_FILE, MANIFEST_FILE, parseGenerationDir } from './layout'
import { MailboxStore } from './mailbox-store'
import { SCHEMA_VERSION, isPartitionData } from './schema'
import type { PartitionData } from './schema'
import { canonical, fixtureSnapshot, tempStoreDir } from './store-fixtures'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempStoreDir()))
afterEach(() => cleanup())

async function seededStore(): Promise<void> {
  const store = await MailboxStore.open(dir)
  await store.importSnapshot(fixtureSnapshot())
  await store.close()
}

async function generationPath(): Promise<string> {
  const name = (await readdir(dir)).find((n) => parseGenerationDir(n) !== null)!
  return path.join(dir, name)
}

/** The partition file holding a thread. */
async function fileHolding(threadId: string): Promise<string> {
  const gen = await generationPath()
  for (const name of await readdir(gen)) {
    if (!name.startsWith('p-')) continue
    const data = JSON.parse(await readFile(path.join(gen, name), 'utf8')) as PartitionData
    if (data.threads.some((t) => t.id === threadId)) return path.join(gen, name)
  }
  throw new Error(`no file holds ${threadId}`)
}

describe('damaged files', () => {
  it('sets a truncated partition and a garbage one aside, opens the rest and says so', async () => {
    await seededStore()
    const truncated = await fileHolding('t1')
    const garbage = await fileHolding('t2')
    expect(garbage).not.toBe(truncated)
    const content = await readFile(truncated)
    await writeFile(truncated, content.subarray(0, Math.floor(content.length / 2)))
    await writeFile(garbage, Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x7b]))

    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toHaveLength(2)
    for (const file of [truncated, garbage]) {
      const warning = store.openWarnings.find((w) => w.includes(path.basename(file)))
      expect(warning).toMatch(/Damaged store file .* was set aside as damaged[/\\].* in /)
    }
    const setAside = await readdir(path.join(dir, 'damaged'))
    expect(setAside).toHaveLength(2) // kept for inspection, never deleted
    expect(() => store.getThread('t1')).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }))
    expect(store.getThread('t3').thread.subject).toBe('Offre spéciale')
    await store.archive(['t3'], true) // the store keeps working, the lost partition is written afresh
    await store.close()
    const again = await MailboxStore.open(dir)
    expect(again.openWarnings).toEqual([])
    expect(again.getThread('t3').thread.archived).toBe(true)
    await again.close()
  })

  it('sets aside valid JSON of the wrong shape, and a damaged meta file', async () => {
    await seededStore()
    await writeFile(await fileHolding('t3'), JSON.stringify({ threads: 'nope' }))
    await writeFile(path.join(await generationPath(), 'meta.json'), '{"owner":')
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toHaveLength(2)
    expect(store.openWarnings.join('\n')).toMatch(/meta\.json .* folders, labels and owner/)
    expect(store.openWarnings.join('\n')).toMatch(/not the expected structure/)
    expect(store.listFolders()).toEqual([])
    expect(store.getThread('t1').thread.folderId).toBeNull()
    await store.close()
  })

  it('rebuilds a damaged manifest from the generation folder', async () => {
    await seededStore()
    await writeFile(path.join(dir, MANIFEST_FILE), '')
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toEqual([
      expect.stringMatching(/manifest\.json was damaged .* rebuilt from gen-/),
    ])
    expect(canonical(store.exportSnapshot())).toEqual(canonical(fixtureSnapshot()))
    await store.close()
  })
})

describe('interrupted commits', () => {
  it('finishes a multi-file commit whose journal was written, and drops unjournaled temp files', async () => {
    await seededStore()
    const stats = { bytes: 0, files: 0 }
    const staged = []
    for (const threadId of ['t1', 't2']) {
      const file = await fileHolding(threadId)
      const adapter = new DurableJsonFile<PartitionData>(file, isPartitionData, stats)
      const data = (await adapter.read())!
      data.threads.find((t) => t.id === threadId)!.archived = true
      staged.push(await adapter.stage(data))
    }
    const orphan = await new DurableJsonFile<PartitionData>(
      await fileHolding('t3'),
      isPartitionData,
      stats,
    ).stage({
      threads: [],
      messages: [],
      contacts: [],
      orders: [],
      reports: [],
    })
    // The crash: journal durable, renames not done yet.
    const renames = staged.map((s) => [path.relative(dir, s.tempPath), path.relative(dir, s.finalPath)])
    await writeFile(path.join(dir, JOURNAL_FILE), JSON.stringify({ renames }))
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toEqual([])
    expect(store.query({ view: 'archive' }).threads.map((t) => t.id)).toEqual(['t2', 't1', 't4'])
    expect(store.getThread('t3').thread.subject).toBe('Offre spéciale') // the unjournaled write never happened
    await store.close()
    const files = [...(await readdir(dir)), ...(await readdir(await generationPath()))]
    expect(files.filter((f) => f.endsWith('.tmp') || f === JOURNAL_FILE)).toEqual([])
    expect(files).not.toContain(path.basename(orphan.tempPath))
  })
})

describe('interrupted bulk rewrites', () => {
  it('ignores and removes a generation whose manifest switch never happened', async () => {
    await seededStore()
    const live = path.basename(await generationPath())
    const unfinished = path.join(dir, 'gen-99-n128')
    await mkdir(unfinished)
    await writeFile(path.join(unfinished, 'p-0001.json'), '{"threads":[{"id":"half-writ')
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toEqual([])
    expect(canonical(store.exportSnapshot())).toEqual(canonical(fixtureSnapshot()))
    expect((await readdir(dir)).filter((n) => parseGenerationDir(n))).toEqual([live])
    await store.close()
  })
})

describe('growth', () => {
  it('doubles the partitions of a mailbox that outgrew them, keeping everything', async () => {
    await seededStore()
    const store = await MailboxStore.open(dir)
    const before = canonical(store.exportSnapshot())
    const generation = await generationPath()
    await (store as unknown as { grow(): Promise<void> }).grow()
    const grown = await generationPath()
    expect(parseGenerationDir(path.basename(grown))!.partitionCount).toBe(
      parseGenerationDir(path.basename(generation))!.partitionCount * 2,
    )
    expect(canonical(store.exportSnapshot())).toEqual(before)
    await store.archive(['t1', 't2', 't3'], true)
    await store.close()
    expect((await readdir(dir)).filter((n) => parseGenerationDir(n))).toEqual([path.basename(grown)])
    const again = await MailboxStore.open(dir)
    expect(again.query({ view: 'archive' }).threads.map((t) => t.id)).toEqual(['t3', 't2', 't1', 't4'])
    await again.close()
  })
})

describe('migrations', () => {
  it(`migrates a v0 single-file store to v${SCHEMA_VERSION}, keeping the old file`, async () => {
    const snapshot = fixtureSnapshot()
    const { version: _version, ...legacy } = snapshot
    await mkdir(dir, { recursive: true })
    await new Low<typeof legacy>(new JSONFile(path.join(dir, LEGACY_V0_FILE)), legacy).write()
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toEqual([])
    expect(canonical(store.exportSnapshot())).toEqual(canonical(snapshot))
    expect(store.getThread('t4').thread.lastMessageAt).toBe('2025-03-01T21:00:00.000Z')
    await store.archive(['t1'], true)
    await store.close()
    const manifest = JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')) as {
      schemaVersion: number
    }
    expect(manifest.schemaVersion).toBe(SCHEMA_VERSION)
    expect(await readdir(path.join(dir, 'migrated'))).toEqual(['db.v0.json'])
    expect(await readdir(dir)).not.toContain(LEGACY_V0_FILE)
    const again = await MailboxStore.open(dir)
    expect(again.getThread('t1').thread.archived).toBe(true)
    await again.close()
  })

  it('sets a damaged v0 file aside and opens an empty store', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(path.join(dir, LEGACY_V0_FILE), '{"threads": [')
    const store = await MailboxStore.open(dir)
    expect(store.isEmpty()).toBe(true)
    expect(store.openWarnings).toEqual([expect.stringMatching(/db\.json of an earlier version is damaged/)])
    expect(await readdir(path.join(dir, 'damaged'))).toHaveLength(1)
    await store.close()
  })

  it('refuses a store written by a newer version', async () => {
    await seededStore()
    const manifestPath = path.join(dir, MANIFEST_FILE)
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>
    await writeFile(manifestPath, JSON.stringify({ ...manifest, schemaVersion: SCHEMA_VERSION + 1 }))
    await expect(MailboxStore.open(dir)).rejects.toThrow(expect.objectContaining({ code: 'STORE_ERROR' }))
    await expect(MailboxStore.open(dir)).rejects.toThrow(/newer version/) // and the lock was released
  })
})

describe('single writer', () => {
  it('refuses a second instance with a clear STORE_LOCKED error until the first closes', async () => {
    const first = await MailboxStore.open(dir)
    await expect(MailboxStore.open(dir)).rejects.toThrow(
      expect.objectContaining({
        code: 'STORE_LOCKED',
        message: expect.stringMatching(/already open in another Comptoir instance \(process \d+/),
        details: {
          reason: 'store-locked',
          pid: process.pid,
          host: os.hostname(),
          otherMachine: false,
          since: expect.any(String),
        },
      }),
    )
    await first.close()
    const second = await MailboxStore.open(dir)
    await second.close()
  })

  it('takes over the lock of a dead process', async () => {
    await mkdir(dir, { recursive: true })
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString()
    await writeFile(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: Number(dead), hostname: os.hostname(), since: 'earlier' }),
    )
    const store = await MailboxStore.open(dir)
    expect(store.isEmpty()).toBe(true)
    await store.close()
    expect(await readdir(dir)).not.toContain(LOCK_FILE)
  })

  it('refuses a lock held by a live process', async () => {
    await mkdir(dir, { recursive: true })
    await writeFile(
      path.join(dir, LOCK_FILE),
      JSON.stringify({ pid: process.ppid, hostname: os.hostname(), since: 'now' }),
    )
    await expect(MailboxStore.open(dir)).rejects.toThrow(
      expect.objectContaining({
        code: 'STORE_LOCKED',
        details: expect.objectContaining({ pid: process.ppid }),
      }),
    )
  })
})
