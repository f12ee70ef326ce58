import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { AttachmentStore } from '../attachments'
import { RawMailStore } from '../mail/raw-store'
import { openSwappableStore } from '../store/swappable-store'
import type { SwappableStore } from '../store/swappable-store'
import { createBackupService } from './backup-service'

let dir: string
let handle: SwappableStore
let clock: Date

function service() {
  return createBackupService({
    userDataDir: dir,
    handle,
    attachments: new AttachmentStore(path.join(dir, 'attachments')),
    raws: new RawMailStore(path.join(dir, 'raw')),
    print: async () => new Uint8Array(),
    onProgress: () => undefined,
    onRestored: () => undefined,
    now: () => clock,
  })
}

const backups = () => readdirSync(path.join(dir, 'backups')).sort()

beforeEach(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'comptoir-backup-service-'))
  handle = await openSwappableStore(path.join(dir, 'store'), {})
  await handle.store.createFolder('Litiges', null)
  clock = new Date('2026-12-01T08:00:00Z')
})

afterEach(async () => {
  await handle.store.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('automatic backups', () => {
  it('are on by default, taken when none is a day old, and keep only the last N', async () => {
    const safekeeping = service()
    expect((await safekeeping.handlers['backup:status']()).settings).toEqual({ auto: true, keep: 7 })
    await safekeeping.autoBackupIfDue()
    expect(backups()).toHaveLength(1)
    await safekeeping.autoBackupIfDue() // the last one is minutes old: nothing
    expect(backups()).toHaveLength(1)

    await safekeeping.handlers['backup:setSettings']({ keep: 2 })
    for (let day = 1; day <= 3; day++) {
      // Age every backup by a day, as the clock moves on.
      for (const name of backups()) {
        const when = new Date(clock.getTime() - 86_400_000)
        utimesSync(path.join(dir, 'backups', name), when, when)
      }
      clock = new Date(clock.getTime() + 86_400_000)
      await safekeeping.autoBackupIfDue()
    }
    const status = await safekeeping.handlers['backup:status']()
    expect(status.backups).toHaveLength(2)
    expect(status.lastBackupAt).toBe(status.backups[0]!.createdAt)
    await safekeeping.stop()
  }, 60_000)

  it('take nothing when turned off', async () => {
    const safekeeping = service()
    await safekeeping.handlers['backup:setSettings']({ auto: false })
    await safekeeping.autoBackupIfDue()
    expect(readdirSync(dir)).not.toContain('backups')
    await safekeeping.stop()
  })

  it('a restore from the app swaps the store behind the same handle', async () => {
    const safekeeping = service()
    const made = await safekeeping.handlers['backup:create']()
    await handle.store.createFolder('Après la sauvegarde', null)
    expect(handle.store.listFolders()).toHaveLength(2)
    await safekeeping.handlers['backup:restore'](made.name)
    expect(handle.store.listFolders().map((f) => f.name)).toEqual(['Litiges'])
    await safekeeping.stop()
  }, 60_000)
})
