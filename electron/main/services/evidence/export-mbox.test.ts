import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDataDir } from '../backup/backup-fixtures'
import { importSources } from '../mail/import-run'
import { openMailServices } from '../mail/open'
import type { MailServices } from '../mail/ingest'
import { buildEvidenceData, EVIDENCE_THREAD } from './evidence-fixtures'
import { exportMbox } from './export-mbox'
import { asctime, mboxrdRecord } from './mboxrd'

const temp: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'comptoir-mbox-'))
  temp.push(dir)
  return dir
}
let source: string

async function withServices<T>(dir: string, work: (services: MailServices) => Promise<T>): Promise<T> {
  const services = await openMailServices(dir)
  try {
    return await work(services)
  } finally {
    await services.store.close()
  }
}

/** Message counts of every thread (trash and blocked included), sorted: the shape of a mailbox. */
function shape(services: MailServices): number[] {
  const snapshot = services.store.exportSnapshot()
  const sizes = new Map<string, number>()
  for (const m of snapshot.messages) sizes.set(m.threadId, (sizes.get(m.threadId) ?? 0) + 1)
  return [...sizes.values()].sort((a, b) => a - b)
}

beforeAll(async () => {
  source = tempDir()
  await buildDataDir(source)
  await buildEvidenceData(source, 'http://127.0.0.1:9/remote.png')
}, 60_000)

afterAll(() => {
  for (const dir of temp) rmSync(dir, { recursive: true, force: true })
})

describe('mboxrd', () => {
  it('writes From_ lines with the sender and an asctime date, LF line ends and >From quoting', () => {
    expect(asctime(new Date('2026-12-02T04:05:06Z'))).toBe('Wed Dec  2 04:05:06 2026')
    const mail = Buffer.from('Subject: x\r\n\r\nFrom here on\r\n>From quoted\r\nend')
    expect(mboxrdRecord(mail, 'a@b.example', new Date('2026-01-10T10:00:00Z')).toString()).toBe(
      'From a@b.example Sat Jan 10 10:00:00 2026\nSubject: x\n\n>From here on\n>>From quoted\nend\n\n',
    )
  })
})

describe('mbox export', () => {
  it('reads back through the import into the same threads and messages', async () => {
    const out = path.join(tempDir(), 'everything.mbox')
    const exported = await withServices(source, (services) =>
      exportMbox({ ...services, scope: { everything: true }, out }),
    )
    const before = await withServices(source, async (s) => shape(s))
    expect(exported.messages).toBe(before.reduce((a, b) => a + b, 0))
    const target = tempDir()
    const summary = await withServices(target, (services) => importSources(services, [out], { all: true }))
    expect(summary.failed).toBe(0)
    expect(summary.threads_created).toBe(before.length)
    expect(summary.imported).toBe(exported.messages)
    expect(await withServices(target, async (s) => shape(s))).toEqual(before)
    // Thunderbird's reading: every mail starts after a blank line with "From sender date".
    const text = readFileSync(out, 'latin1')
    expect(text).not.toContain('\r')
    expect(text.match(/^From \S+ \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}$/gm)).toHaveLength(
      exported.messages,
    )
  }, 120_000)

  it('exports one thread, bodies intact in any script', async () => {
    const out = path.join(tempDir(), 'thread.mbox')
    const exported = await withServices(source, (services) =>
      exportMbox({ ...services, scope: { threadId: EVIDENCE_THREAD }, out }),
    )
    expect(exported.messages).toBe(4)
    const target = tempDir()
    await withServices(target, (services) => importSources(services, [out], { all: true }))
    const bodies = await withServices(source, async (s) =>
      s.store.getThread(EVIDENCE_THREAD).messages.map((m) => m.body),
    )
    const imported = await withServices(target, async (s) => {
      const [thread] = s.store.exportSnapshot().threads
      return s.store.getThread(thread!.id).messages.map((m) => m.body)
    })
    expect(imported).toEqual(bodies)
  }, 60_000)

  it('exports a folder with its subfolders, and refuses an unknown one', async () => {
    await withServices(source, async (services) => {
      const [folder] = services.store.listFolders()
      const out = path.join(tempDir(), 'folder.mbox')
      const expected = services.store.query({ folderId: folder!.id, limit: 500 }).threads
      const result = await exportMbox({ ...services, scope: { folderId: folder!.id }, out })
      expect(result.threads).toBeGreaterThanOrEqual(expected.length)
      await expect(exportMbox({ ...services, scope: { folderId: 'nope' }, out })).rejects.toThrow(
        /No such folder/,
      )
    })
  }, 60_000)
})
