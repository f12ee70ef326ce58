import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportDoneEvent, ImportProgressEvent } from '../../../../shared/ipc/contract'
import { createImportJobs } from './import-jobs'
import * as fx from './mail-fixtures'
import { openMailServices } from './open'
import type { MailServices } from './ingest'

let dir: string
let services: MailServices
let progress: ImportProgressEvent[]
let done: (event: ImportDoneEvent) => void
let finished: Promise<ImportDoneEvent>

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'comptoir-jobs-'))
  services = await openMailServices(dir)
  progress = []
  finished = new Promise((resolve) => (done = resolve))
})
afterEach(async () => {
  await services.store.close()
  await rm(dir, { recursive: true, force: true })
})

const jobs = (acceptPaths: boolean) =>
  createImportJobs({
    services,
    userDataDir: dir,
    acceptPaths,
    onProgress: (event) => progress.push(event),
    onDone: (event) => done(event),
  })

describe('import jobs', () => {
  it('imports an upload, reports progress and a summary, then deletes the upload', async () => {
    const imports = jobs(false)
    const mbox = fx.toMbox([await fx.relayMail(), await fx.ordinaryMail()])
    const upload = await imports.receiveUpload('../../relay.mbox', Readable.from([Buffer.from(mbox)]))
    expect(upload).toMatchObject({ name: 'relay.mbox', bytes: mbox.byteLength })
    const { jobId } = imports.start({ sources: [{ kind: 'upload', id: upload.id }], all: false })
    const summary = await finished
    expect(summary).toMatchObject({ jobId, read: 2, imported: 1, skipped: 1, cancelled: false, fatal: null })
    expect(summary.threadIds).toHaveLength(1)
    expect(progress.at(-1)).toMatchObject({ jobId, bytesDone: mbox.byteLength, bytesTotal: mbox.byteLength })
    expect(await readdir(path.join(dir, 'uploads'))).toEqual([])
  })

  it('refuses paths over the web harness, unknown uploads, and a second run at once', async () => {
    const imports = jobs(false)
    expect(() => imports.start({ sources: [{ kind: 'path', path: '/etc/passwd' }], all: false })).toThrow(
      /desktop app/,
    )
    expect(() => imports.start({ sources: [{ kind: 'upload', id: 'f'.repeat(32) }], all: false })).toThrow(
      /unknown/,
    )
    const upload = await imports.receiveUpload('a.eml', Readable.from([Buffer.from(await fx.relayMail())]))
    imports.start({ sources: [{ kind: 'upload', id: upload.id }], all: false })
    expect(() => imports.start({ sources: [{ kind: 'upload', id: upload.id }], all: false })).toThrow(
      /already running/,
    )
    await finished
  })
})
