import { execFile, spawn } from 'node:child_process'
import { writeFile } from 'node:fs/promises'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { relayMail, toMbox, writeFixtureSet } from '../services/mail/mail-fixtures'
import { openMailServices } from '../services/mail/open'

const run = promisify(execFile)
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')

async function importCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, ['electron/main/cli/import.ts', ...args], { cwd: ROOT })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

let dir: string
let fixtures: Awaited<ReturnType<typeof writeFixtureSet>>

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'comptoir-import-cli-'))
  fixtures = await writeFixtureSet(path.join(dir, 'sources'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('npm run import', () => {
  it('says on stderr what the store found damaged when it opened (the app will not say it again)', async () => {
    const data = path.join(dir, 'damaged')
    const sources = [path.join(dir, 'sources', 'photos.eml')]
    expect((await importCli(['--data', data, ...sources])).code).toBe(0)
    await rm(path.join(data, 'store', 'manifest.json'))
    const again = await importCli(['--data', data, ...sources])
    expect(again.code).toBe(0)
    expect(again.stderr).toMatch(/comptoir import: .*manifest\.json was missing.*rebuilt/)
  })

  it('imports every kind of source, names the entry it could not read, and adds nothing the second time', async () => {
    const data = path.join(dir, 'data')
    const first = await importCli(['--data', data, ...fixtures.paths])
    expect(first.code).toBe(0)
    const summary = JSON.parse(first.stdout.trim().split('\n').at(-1)!)
    expect(summary).toMatchObject(fixtures.expected)
    expect(summary.errors).toEqual([
      expect.objectContaining({ source: 'relay.mbox#7', reason: expect.stringMatching(/not an e-mail/) }),
    ])
    expect(first.stderr).toMatch(/100%/)

    const again = await importCli(['--data', data, ...fixtures.paths])
    expect(JSON.parse(again.stdout.trim())).toMatchObject({
      read: 12,
      imported: 0,
      duplicates: 10,
      skipped: 1,
      failed: 1,
    })

    const services = await openMailServices(data)
    try {
      const fr = services.store.query({ order: '405-1234567-7654321' }).threads
      expect(fr).toHaveLength(1)
      const detail = services.store.getThread(fr[0]!.id)
      // Buyer message, return notice, and our reply from the Maildir's Sent folder: answered.
      expect(detail.messages.map((m) => m.kind)).toEqual(['buyer-message', 'outbound', 'notice'])
      expect(detail.thread.needsReply).toBe(false)
      expect(services.store.query({ keywords: 'lampe rayee' }).threads.map((t) => t.id)).toEqual([fr[0]!.id])
      const hugo = services.store.query({ order: '405-9999999-0000001' }).threads[0]!
      expect(services.store.getThread(hugo.id).messages).toHaveLength(2) // gz + Maildir, by alias
      const photos = services.store.getThread(
        services.store.query({ order: '405-2222222-3333333' }).threads[0]!.id,
      )
      expect(photos.messages[0]!.attachments.map((a) => a.type)).toEqual(['jpg', 'pdf'])
      expect(photos.messages[0]!.refusedAttachments?.[0]?.code).toBe('executable')
    } finally {
      await services.store.close()
    }
  }, 60_000)

  it('--all keeps other mail too', async () => {
    const data = path.join(dir, 'data-all')
    const result = await importCli(['--data', data, '--all', fixtures.paths[0]!])
    expect(JSON.parse(result.stdout.trim())).toMatchObject({ read: 7, imported: 6, skipped: 0, failed: 1 })
  }, 30_000)

  it('exits 2 with one sentence when it cannot run', async () => {
    const missing = await importCli(['--data', path.join(dir, 'x'), path.join(dir, 'nope.mbox')])
    expect(missing.code).toBe(2)
    expect(missing.stdout).toBe('')
    expect(missing.stderr).toMatch(/No such file or folder: .*nope\.mbox/)

    const data = path.join(dir, 'held')
    const services = await openMailServices(data) // as a running app would
    try {
      const held = await importCli(['--data', data, fixtures.paths[2]!])
      expect(held.code).toBe(2)
      expect(held.stderr).toMatch(/comptoir import: .*(in use|locked|held|another)/i)
    } finally {
      await services.store.close()
    }
  }, 30_000)

  it('killed with SIGKILL mid-import and run again, it finishes with every mail once', async () => {
    // Enough mail that the first progress line (mail is filed in batches of up to 200) comes well
    // before the end, so the kill lands mid-import on a fast machine too.
    const MAILS = 1200
    const mails = []
    for (let i = 0; i < MAILS; i++) {
      mails.push(
        await relayMail({
          alias: `kill${i % 50}`,
          orderNumber: `407-${String(1000000 + i).padStart(7, '0')}-7654321`,
          text: `Message ${i}`,
          messageId: `<kill.${i}@marketplace.amazon.fr>`,
        }),
      )
    }
    const mbox = path.join(dir, 'kill.mbox')
    await writeFile(mbox, toMbox(mails))
    const data = path.join(dir, 'killed')
    // One process (node with tsx's loader), so that SIGKILL hits the importer itself.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/main/cli/import.ts', '--data', data, mbox],
      {
        cwd: ROOT,
      },
    )
    let stderr = ''
    await new Promise<void>((resolve) => {
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        // Killed once it has imported some but not all.
        if (/imported [1-9]\d*/.test(stderr)) {
          child.kill('SIGKILL')
          resolve()
        }
      })
      child.on('exit', () => resolve())
    })
    if (child.exitCode === null && child.signalCode === null)
      await new Promise((resolve) => child.on('exit', resolve))
    expect(child.signalCode).toBe('SIGKILL')
    const again = await importCli(['--data', data, mbox])
    const summary = JSON.parse(again.stdout.trim())
    expect(summary.imported).toBeGreaterThan(0) // the rest, after the kill
    expect(summary.imported + summary.duplicates).toBe(MAILS)
    const services = await openMailServices(data)
    try {
      // One thread per order, each holding its one mail exactly once (paged: 500 at most per query).
      let messages = 0
      let threads = 0
      let cursor: string | undefined
      do {
        const page = services.store.query({ limit: 500, ...(cursor ? { cursor } : {}) })
        expect(page.total).toBe(MAILS)
        threads += page.threads.length
        messages += page.threads.reduce((sum, t) => sum + t.messageCount, 0)
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      expect(threads).toBe(MAILS)
      expect(messages).toBe(MAILS)
    } finally {
      await services.store.close()
    }
  }, 120_000)
})
