/**
 * The four commands as outside checks call them: one JSON line with exactly the contract's keys and
 * exit 0, or exit 2 with one sentence on stderr.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataDir } from '../services/backup/backup-fixtures'
import { MailboxStore } from '../services/store'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
let work: string
let data: string

function cli(script: string, args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'electron/main/cli', script), ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  )
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const json = (stdout: string) => {
  const lines = stdout.trim().split('\n')
  expect(lines).toHaveLength(1)
  return JSON.parse(lines[0]!) as Record<string, unknown>
}

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'comptoir-cli-'))
  data = path.join(work, 'data')
  await buildDataDir(data)
}, 60_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

describe('safekeeping commands', () => {
  it('backup then restore print the contract lines', () => {
    const zip = path.join(work, 'b.zip')
    const backup = cli('backup.ts', ['--data', data, '--out', zip])
    expect(backup.status).toBe(0)
    const b = json(backup.stdout)
    expect(Object.keys(b)).toEqual(['out', 'threads', 'messages', 'attachments', 'bytes'])
    const restore = cli('restore.ts', ['--data', path.join(work, 'restored'), zip])
    expect(restore.status).toBe(0)
    const r = json(restore.stdout)
    expect(Object.keys(r)).toEqual(['restored', 'threads', 'messages', 'attachments', 'bytes'])
    expect([r.threads, r.messages, r.attachments, r.bytes]).toEqual([
      b.threads,
      b.messages,
      b.attachments,
      b.bytes,
    ])
  }, 60_000)

  it('export:pdf embeds the kept original of an imported mail, byte for byte', async () => {
    const store = await MailboxStore.open(path.join(data, 'store'))
    const snapshot = store.exportSnapshot()
    await store.close()
    const imported = snapshot.messages.find((m) => m.raw)!
    const out = path.join(work, 'imported.pdf')
    const result = cli('export-pdf.ts', ['--data', data, '--thread', imported.threadId, '--out', out])
    expect(result.status).toBe(0)
    expect(Object.keys(json(result.stdout))).toEqual(['out', 'pages', 'messages', 'embedded', 'bytes'])
    const saved = path.join(work, 'detached')
    execFileSync('mkdir', ['-p', saved])
    execFileSync('pdfdetach', ['-saveall', '-o', saved, out])
    const hashes = readdirSync(saved).map((f) =>
      createHash('sha256')
        .update(readFileSync(path.join(saved, f)))
        .digest('hex'),
    )
    expect(hashes).toContain(imported.raw!.id)
  }, 60_000)

  it('export:mbox prints its line; bad input exits 2 with a sentence', () => {
    const mbox = cli('export-mbox.ts', ['--data', data, '--out', path.join(work, 'all.mbox')])
    expect(mbox.status).toBe(0)
    expect(Object.keys(json(mbox.stdout))).toEqual(['out', 'messages'])
    for (const [script, args, reason] of [
      [
        'export-pdf.ts',
        ['--data', data, '--thread', 'nope', '--out', path.join(work, 'x.pdf')],
        /No such thread/,
      ],
      [
        'export-mbox.ts',
        ['--data', data, '--folder', 'nope', '--out', path.join(work, 'x.mbox')],
        /No such folder/,
      ],
      ['restore.ts', ['--data', path.join(work, 'r2'), path.join(work, 'missing.zip')], /does not exist/],
      ['backup.ts', ['--data', data], /required/],
    ] as const) {
      const run = cli(script, [...args])
      expect(run.status, script).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toMatch(reason)
    }
  }, 120_000)
})
