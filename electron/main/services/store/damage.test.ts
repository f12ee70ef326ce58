/**
 * Damage the store must survive without losing anything: a lost manifest, a manifest naming a
 * generation that is gone, lost partition or meta files, and lock files a power cut or a reused pid
 * left behind (issue 11, items 1–3).
 */
import { spawn } from 'node:child_process'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LOCK_FILE, MANIFEST_FILE, parseGenerationDir } from './layout'
import { MailboxStore } from './mailbox-store'
import { canonical, fixtureSnapshot, tempStoreDir } from './store-fixtures'
import { currentBootId, processStartTime } from './store-lock'
import type { PartitionData } from './schema'

let dir: string
let cleanup: () => Promise<void>
beforeEach(async () => ({ dir, cleanup } = await tempStoreDir()))
afterEach(() => cleanup())

async function seededStore(): Promise<void> {
  const store = await MailboxStore.open(dir)
  await store.importSnapshot(fixtureSnapshot())
  await store.close()
}

async function generations(): Promise<string[]> {
  return (await readdir(dir)).filter((n) => parseGenerationDir(n) !== null).sort()
}

async function fileHolding(threadId: string): Promise<string> {
  const gen = path.join(dir, (await generations())[0]!)
  for (const name of await readdir(gen)) {
    if (!name.startsWith('p-')) continue
    const data = JSON.parse(await readFile(path.join(gen, name), 'utf8')) as PartitionData
    if (data.threads.some((t) => t.id === threadId)) return path.join(gen, name)
  }
  throw new Error(`no file holds ${threadId}`)
}

describe('a lost manifest', () => {
  it('is rebuilt from the generation on disk: nothing is deleted, the user is told', async () => {
    await seededStore()
    const [live] = await generations()
    await rm(path.join(dir, MANIFEST_FILE))
    const store = await MailboxStore.open(dir)
    expect(canonical(store.exportSnapshot())).toEqual(canonical(fixtureSnapshot()))
    expect(store.openWarnings).toEqual([
      expect.stringMatching(/manifest\.json was missing.*rebuilt from gen-/),
    ])
    await store.close()
    expect(await generations()).toEqual([live])
    const again = await MailboxStore.open(dir)
    expect(again.openWarnings).toEqual([])
    expect(canonical(again.exportSnapshot())).toEqual(canonical(fixtureSnapshot()))
    await again.close()
  })

  it('picks the newest generation and keeps the others aside, never deleting them', async () => {
    await seededStore()
    const [live] = await generations()
    const older = path.join(dir, 'gen-0-n64')
    await mkdir(older)
    await writeFile(path.join(older, 'meta.json'), JSON.stringify({ owner: null, folders: [], labels: [] }))
    await rm(path.join(dir, MANIFEST_FILE))
    const store = await MailboxStore.open(dir)
    expect(canonical(store.exportSnapshot())).toEqual(canonical(fixtureSnapshot()))
    expect(store.openWarnings.join('\n')).toMatch(new RegExp(`rebuilt from ${live}`))
    expect(store.openWarnings.join('\n')).toMatch(/gen-0-n64.*kept/)
    await store.close()
    const kept = await readdir(path.join(dir, 'damaged'))
    expect(kept.some((name) => name.includes('gen-0-n64'))).toBe(true)
  })

  it('prefers the complete generation to a newer, unfinished bulk write', async () => {
    await seededStore()
    const [live] = await generations()
    const count = parseGenerationDir(live!)!.partitionCount
    const unfinished = path.join(dir, `gen-99-n${count}`)
    await mkdir(unfinished)
    await writeFile(
      path.join(unfinished, 'meta.json'),
      JSON.stringify({ owner: null, folders: [], labels: [] }),
    )
    await rm(path.join(dir, MANIFEST_FILE))
    const store = await MailboxStore.open(dir)
    expect(canonical(store.exportSnapshot())).toEqual(canonical(fixtureSnapshot()))
    expect(store.openWarnings.join('\n')).toMatch(new RegExp(`rebuilt from ${live}.*gen-99-n${count}`))
    await store.close()
  })

  it('naming a generation that does not exist: the real one opens, nothing is deleted', async () => {
    await seededStore()
    const [live] = await generations()
    const manifestPath = path.join(dir, MANIFEST_FILE)
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>
    await writeFile(manifestPath, JSON.stringify({ ...manifest, generation: 42 }))
    const store = await MailboxStore.open(dir)
    expect(canonical(store.exportSnapshot())).toEqual(canonical(fixtureSnapshot()))
    expect(store.openWarnings).toEqual([
      expect.stringMatching(/names gen-42-n\d+, which does not exist.*rebuilt from gen-/),
    ])
    await store.close()
    expect(await generations()).toEqual([live])
  })
  it('lost together with a partition file: the rebuild names the missing file too', async () => {
    await seededStore()
    const lost = await fileHolding('t1')
    await rm(path.join(dir, MANIFEST_FILE))
    await rm(lost)
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toEqual([
      expect.stringMatching(
        new RegExp(`manifest\\.json was missing.*rebuilt.*${path.basename(lost)} is missing`),
      ),
    ])
    await store.close()
  })
})

describe('lost files of the live generation', () => {
  it('says which partition file is missing and what that means', async () => {
    await seededStore()
    const lost = await fileHolding('t1')
    await rm(lost)
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toEqual([
      expect.stringMatching(
        new RegExp(`${path.basename(lost)} is missing.*threads, messages and contacts it held are missing`),
      ),
    ])
    expect(store.getThread('t3').thread.subject).toBe('Offre spéciale')
    await store.close()
  })

  it('says that meta.json is missing (folders, labels, owner)', async () => {
    await seededStore()
    await rm(path.join(dir, (await generations())[0]!, 'meta.json'))
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toEqual([
      expect.stringMatching(/meta\.json is missing.*folders, labels and owner/),
    ])
    await store.close()
  })

  it('does not warn about partitions that are empty on purpose', async () => {
    const store = await MailboxStore.open(dir)
    await store.close()
    const again = await MailboxStore.open(dir)
    expect(again.openWarnings).toEqual([])
    await again.close()
  })
})

/** A process that stays alive until killed: its pid is "live" but it is not Comptoir. */
function liveStranger(): { pid: number; stop: () => void } {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
  return { pid: child.pid!, stop: () => child.kill('SIGKILL') }
}

describe('the lock', () => {
  for (const [what, content] of [
    ['empty', ''],
    ['truncated', '{"pid":12'],
  ] as const) {
    it(`an ${what} lock file left by a power cut does not lock the user out`, async () => {
      await mkdir(dir, { recursive: true })
      await writeFile(path.join(dir, LOCK_FILE), content)
      const store = await MailboxStore.open(dir)
      expect(store.isEmpty()).toBe(true)
      await store.close()
    })
  }

  it('a lock naming a pid now used by another process is stale', async () => {
    await seededStore()
    const stranger = liveStranger()
    try {
      // What an earlier boot's Comptoir left: same pid as a live process now, but another boot.
      await writeFile(
        path.join(dir, LOCK_FILE),
        JSON.stringify({
          pid: stranger.pid,
          hostname: (await import('node:os')).hostname(),
          since: 'earlier',
          bootId: 'an-earlier-boot',
          startTime: 1,
        }),
      )
      const store = await MailboxStore.open(dir)
      expect(store.isEmpty()).toBe(false)
      await store.close()
    } finally {
      stranger.stop()
    }
  })

  it('still refuses a second writer while the first is open', async () => {
    const first = await MailboxStore.open(dir)
    await expect(MailboxStore.open(dir)).rejects.toThrow(expect.objectContaining({ code: 'STORE_LOCKED' }))
    await first.close()
  })
})

describe('the lock judges its owner by boot and start time', () => {
  it('takes over a lock whose pid is alive but started at another time (a reused pid)', async () => {
    const stranger = liveStranger()
    try {
      await mkdir(dir, { recursive: true })
      await writeFile(
        path.join(dir, LOCK_FILE),
        JSON.stringify({
          pid: stranger.pid,
          hostname: (await import('node:os')).hostname(),
          since: 'earlier',
          bootId: currentBootId(),
          startTime: (processStartTime(stranger.pid) ?? 0) + 1,
        }),
      )
      const store = await MailboxStore.open(dir)
      await store.close()
    } finally {
      stranger.stop()
    }
  })

  it('refuses a lock whose owner is alive with the same start time, and says how to get out', async () => {
    const holder = liveStranger()
    try {
      await mkdir(dir, { recursive: true })
      await new Promise((resolve) => setTimeout(resolve, 50))
      await writeFile(
        path.join(dir, LOCK_FILE),
        JSON.stringify({
          pid: holder.pid,
          hostname: (await import('node:os')).hostname(),
          since: 'now',
          bootId: currentBootId(),
          startTime: processStartTime(holder.pid),
        }),
      )
      await expect(MailboxStore.open(dir)).rejects.toThrow(
        expect.objectContaining({
          code: 'STORE_LOCKED',
          message: expect.stringMatching(new RegExp(`end process ${holder.pid}`)),
        }),
      )
    } finally {
      holder.stop()
    }
  })
})

describe('values the screen cannot show', () => {
  it('a bad date or currency is reported with its thread; everything is kept and opens', async () => {
    await seededStore()
    const file = await fileHolding('t1')
    const data = JSON.parse(await readFile(file, 'utf8')) as PartitionData
    data.messages.find((m) => m.threadId === 't1')!.sentAt = 'pas une date'
    await writeFile(file, JSON.stringify(data))
    const gen = path.join(dir, (await generations())[0]!)
    for (const name of await readdir(gen)) {
      if (!name.startsWith('p-')) continue
      const part = JSON.parse(await readFile(path.join(gen, name), 'utf8')) as PartitionData
      const order = part.orders.find((o) => o.orderNumber === '171-7654321-7654321')
      if (!order) continue
      order.items[0]!.currency = 'EURO!'
      await writeFile(path.join(gen, name), JSON.stringify(part))
    }
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toEqual([
      expect.stringMatching(/2 threads hold an invalid date or amount \(t1, t2\)/),
    ])
    expect(store.getThread('t1').messages).toHaveLength(3)
    expect(store.query({}).total).toBe(fixtureSnapshot().threads.filter((t) => !t.trashed).length)
    await store.close()
  })
})

describe('a store written before empty partitions had files', () => {
  it('gets them at its next open, so a partition lost later is reported', async () => {
    await seededStore()
    const gen = path.join(dir, (await generations())[0]!)
    const manifestPath = path.join(dir, MANIFEST_FILE)
    const { everyPartitionWritten: _flag, ...old } = JSON.parse(
      await readFile(manifestPath, 'utf8'),
    ) as Record<string, unknown>
    await writeFile(manifestPath, JSON.stringify(old))
    for (const name of await readdir(gen)) {
      if (!name.startsWith('p-')) continue
      const data = JSON.parse(await readFile(path.join(gen, name), 'utf8')) as PartitionData
      if (data.threads.length + data.contacts.length + data.orders.length === 0)
        await rm(path.join(gen, name))
    }
    const upgraded = await MailboxStore.open(dir)
    expect(upgraded.openWarnings).toEqual([])
    await upgraded.close()
    await rm(await fileHolding('t2'))
    const store = await MailboxStore.open(dir)
    expect(store.openWarnings).toEqual([expect.stringMatching(/is missing/)])
    await store.close()
  })
})
