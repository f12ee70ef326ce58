import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { strToU8, unzipSync, zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MailboxStore } from '../store'
import { buildDataDir, canonicalDump } from './backup-fixtures'
import { restoreBackup, writeBackup } from '.'
import { BACKUP_MANIFEST } from './backup-format'
import type { BackupManifest } from './backup-format'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')
const temp: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'comptoir-backup-'))
  temp.push(dir)
  return dir
}

let source: string
let backupFile: string
let sourceDump: string

async function backupOf(dir: string, out: string) {
  const store = await MailboxStore.open(path.join(dir, 'store'))
  try {
    return await writeBackup({ store, dataDir: dir, out })
  } finally {
    await store.close()
  }
}

beforeAll(async () => {
  source = tempDir()
  // The demo (47 threads, attachments, settings) plus 10,000 generated messages in 1,000 threads.
  await buildDataDir(source, { syntheticMessages: 10_000 })
  sourceDump = await canonicalDump(source)
  backupFile = path.join(tempDir(), 'comptoir.zip')
  await backupOf(source, backupFile)
}, 120_000)

afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('restores into an empty folder exactly what was backed up', async () => {
    const target = tempDir()
    const summary = await restoreBackup({ dataDir: target, file: backupFile })
    expect(summary.threads).toBeGreaterThanOrEqual(1_047)
    expect(summary.messages).toBeGreaterThanOrEqual(10_000)
    expect(summary.attachments).toBeGreaterThan(0)
    const dump = await canonicalDump(target)
    expect(dump).toContain('"raw/')
    expect(dump).toBe(sourceDump)
    expect(readdirSync(target).filter((n) => n.startsWith('.'))).toEqual([])
  }, 120_000)

  it('sets the data it replaces aside, then holds only the backup', async () => {
    const target = tempDir()
    await buildDataDir(target)
    const before = await canonicalDump(target)
    const summary = await restoreBackup({ dataDir: target, file: backupFile })
    expect(await canonicalDump(target)).toBe(sourceDump)
    // The folder set aside is itself a complete data folder.
    expect(await canonicalDump(summary.previous)).toBe(before)
  }, 120_000)

  it('refuses a store another process holds', async () => {
    const target = tempDir()
    await buildDataDir(target)
    const store = await MailboxStore.open(path.join(target, 'store'))
    try {
      await expect(restoreBackup({ dataDir: target, file: backupFile })).rejects.toThrow(/already open/)
    } finally {
      await store.close()
    }
  }, 60_000)
})

describe('restore refuses, changing nothing', () => {
  let target: string
  let before: string
  let listing: string[]
  let entries: Record<string, Uint8Array>
  let manifest: BackupManifest

  beforeAll(async () => {
    target = tempDir()
    await buildDataDir(target)
    before = await canonicalDump(target)
    listing = readdirSync(target).sort()
    entries = unzipSync(readFileSync(backupFile))
    manifest = JSON.parse(Buffer.from(entries[BACKUP_MANIFEST]!).toString('utf8')) as BackupManifest
  }, 60_000)

  const writeZip = (files: Zippable) => {
    const file = path.join(tempDir(), 'crafted.zip')
    writeFileSync(file, zipSync(files, { level: 0 }))
    return file
  }
  const withManifest = (m: BackupManifest, extra: Zippable = {}) =>
    writeZip({ ...entries, ...extra, [BACKUP_MANIFEST]: strToU8(JSON.stringify(m)) })

  async function expectRefused(file: string, reason: RegExp) {
    await expect(restoreBackup({ dataDir: target, file })).rejects.toThrow(reason)
    expect(readdirSync(target).sort()).toEqual(listing)
    expect(await canonicalDump(target)).toBe(before)
  }

  it('a damaged file', async () => {
    const bytes = readFileSync(backupFile)
    const file = path.join(tempDir(), 'truncated.zip')
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)))
    await expectRefused(file, /not a readable zip/)
  })

  it('a tampered entry', async () => {
    const name = manifest.entries.find((e) => e.path.includes('/p-'))!.path
    const text = Buffer.from(entries[name]!)
      .toString('latin1')
      .replace(/"archived":false/, '"archived":true ')
    await expectRefused(writeZip({ ...entries, [name]: Buffer.from(text, 'latin1') }), /SHA-256/)
  })

  it('a tampered attachment whose manifest was rewritten to match', async () => {
    const attachment = manifest.entries.find((e) => e.path.startsWith('attachments/'))!
    const altered = strToU8('not the original')
    const { createHash } = await import('node:crypto')
    const sha256 = createHash('sha256').update(altered).digest('hex')
    const m = {
      ...manifest,
      entries: manifest.entries.map((e) => (e === attachment ? { ...e, bytes: altered.length, sha256 } : e)),
    }
    await expectRefused(withManifest(m, { [attachment.path]: altered }), /does not hold the content/)
  })

  it('a newer schema', async () => {
    await expectRefused(withManifest({ ...manifest, schemaVersion: 99 }), /newer schema/)
  })

  it('counts that do not match the mailbox', async () => {
    const counts = { ...manifest.counts, threads: manifest.counts.threads + 1 }
    await expectRefused(withManifest({ ...manifest, counts }), /promises/)
  }, 60_000)

  it('an entry that is not in the manifest', async () => {
    await expectRefused(withManifest(manifest, { 'data/settings.json.extra': strToU8('{}') }), /not part/)
  })

  for (const [label, name, reason] of [
    ['a ../ path', '../escape.json', /leaves the store|relative path/],
    ['a ../ path inside the store', 'store/../../escape.json', /leaves the store|relative path/],
    ['an absolute path', '/tmp/escape.json', /absolute/],
  ] as const) {
    it(label, async () => {
      const m = {
        ...manifest,
        entries: [...manifest.entries, { path: name, bytes: 2, sha256: '0'.repeat(64) }],
      }
      await expectRefused(withManifest(m, { [name]: strToU8('{}') }), reason)
      expect(() => readFileSync(path.join(target, '..', 'escape.json'))).toThrow()
    })
  }

  it('a symbolic link', async () => {
    const name = 'data/templates.json'
    const link = strToU8('/etc/passwd')
    const { createHash } = await import('node:crypto')
    const sha256 = createHash('sha256').update(link).digest('hex')
    const m = {
      ...manifest,
      entries: [
        ...manifest.entries.filter((e) => e.path !== name),
        { path: name, bytes: link.length, sha256 },
      ],
    }
    const file = withManifest(m, { [name]: [link, { os: 3, attrs: (0o120777 << 16) >>> 0 }] })
    await expectRefused(file, /symbolic link/)
  })
})

describe('restore killed with SIGKILL', () => {
  const steps = [
    'staged',
    'verified',
    'journal',
    'store:aside',
    'store:in',
    'attachments:in',
    'settings.json:in',
  ]

  it('leaves the previous data, or the whole backup, at every point', async () => {
    const small = tempDir()
    await buildDataDir(small, { syntheticMessages: 300 })
    const smallDump = await canonicalDump(small)
    const smallBackup = path.join(tempDir(), 'small.zip')
    await backupOf(small, smallBackup)
    for (const step of steps) {
      const target = tempDir()
      await buildDataDir(target)
      const before = await canonicalDump(target)
      await killedAt(step, target, smallBackup)
      const after = await canonicalDump(target)
      const committed = steps.indexOf(step) >= steps.indexOf('journal')
      expect(after, `killed at ${step}`).toBe(committed ? smallDump : before)
    }
  }, 240_000)
})

function killedAt(step: string, dataDir: string, file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'electron/main/cli/restore.ts'), '--data', dataDir, file],
      {
        cwd: root,
        env: { ...process.env, COMPTOIR_TEST_RESTORE_PAUSE_AT: step },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      if (stderr.includes(`paused at ${step}`)) child.kill('SIGKILL')
    })
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL'
        ? resolve()
        : reject(new Error(`restore ended (${code}) before ${step}: ${stderr}`)),
    )
  })
}
