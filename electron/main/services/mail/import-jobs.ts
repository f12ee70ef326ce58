/**
 * Imports started from the app: files arrive as uploads (web harness: streamed to
 * `<userData>/uploads/<id>/<name>`, never held in memory) or as paths (desktop: the dropped file's
 * path), one run at a time, with progress and the summary pushed as events and a cancel.
 */
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'
import type { ImportDoneEvent, ImportProgressEvent, ImportSource } from '../../../../shared/ipc/contract'
import { ComptoirError } from '../../../../shared/ipc/result'
import { reasonError } from '../../../../shared/ipc/error-details'
import { sanitizeFileName } from '../attachments'
import { emptyCounts, importSources } from './import-run'
import type { MailServices } from './ingest'
import type { ImportStop } from '../../../../shared/model/mail-import'
import { ImportPathError } from './sources'

export interface ImportJobsOptions {
  services: MailServices
  userDataDir: string
  /** Paths are accepted only where the user gave them (the desktop app), never over the web harness. */
  acceptPaths: boolean
  onProgress: (event: ImportProgressEvent) => void
  onDone: (event: ImportDoneEvent) => void
  /** True while a run is under way (the host batches store events meanwhile). */
  onRunning?: (running: boolean) => void
}

export interface ImportUpload {
  id: string
  name: string
  bytes: number
}

export function createImportJobs(options: ImportJobsOptions) {
  const uploadsDir = path.join(options.userDataDir, 'uploads')
  let current: { jobId: string; controller: AbortController; finished: Promise<void> } | null = null
  /** Uploaded files by id: the file keeps its own name, so errors say "relay.mbox#10". */
  const uploaded = new Map<string, string>()

  async function receiveUpload(name: string, body: Readable): Promise<ImportUpload> {
    const id = randomBytes(16).toString('hex')
    const safeName = sanitizeFileName(name || 'import.mbox')
    const folder = path.join(uploadsDir, id)
    await mkdir(folder, { recursive: true })
    const file = path.join(folder, safeName)
    try {
      await pipeline(body, createWriteStream(file, { flags: 'wx', mode: 0o600 }))
    } catch (error) {
      await rm(folder, { recursive: true, force: true })
      const detail = (error as Error).message
      throw reasonError('BAD_REQUEST', `The upload was interrupted: ${detail}`, {
        reason: 'upload-interrupted',
        detail,
      })
    }
    uploaded.set(id, file)
    return { id, name: safeName, bytes: (await stat(file)).size }
  }

  function pathOf(source: ImportSource): string {
    if (source.kind === 'upload') {
      const file = uploaded.get(source.id)
      if (!file)
        throw reasonError('NOT_FOUND', 'This upload is unknown or already imported; send the file again.', {
          reason: 'upload-expired',
        })
      return file
    }
    if (!options.acceptPaths) {
      throw new ComptoirError(
        'BAD_REQUEST',
        'Paths are only accepted by the desktop app; upload the file instead.',
      )
    }
    return source.path
  }

  async function run(
    jobId: string,
    sources: ImportSource[],
    all: boolean,
    signal: AbortSignal,
  ): Promise<void> {
    const paths = sources.map(pathOf)
    const uploads = sources.flatMap((s) => (s.kind === 'upload' ? [s.id] : []))
    let done: ImportDoneEvent
    try {
      const summary = await importSources(options.services, paths, {
        all,
        signal,
        progressIntervalMs: 200,
        onProgress: (p) => options.onProgress({ jobId, ...p }),
      })
      done = {
        jobId,
        read: summary.read,
        imported: summary.imported,
        duplicates: summary.duplicates,
        skipped: summary.skipped,
        failed: summary.failed,
        threads_created: summary.threads_created,
        threads_updated: summary.threads_updated,
        cancelled: summary.cancelled,
        errors: summary.errors.map(({ source, problem }) => ({ source, problem })),
        threadIds: summary.threadIds,
        fatal: null,
      }
    } catch (error) {
      const fatal: ImportStop =
        error instanceof ImportPathError
          ? { kind: error.kind, path: error.path }
          : { kind: 'stopped', detail: (error as Error).message }
      done = { jobId, ...emptyCounts(), cancelled: false, errors: [], threadIds: [], fatal }
    } finally {
      for (const id of uploads) {
        uploaded.delete(id)
        await rm(path.join(uploadsDir, id), { recursive: true, force: true }).catch(() => undefined)
      }
    }
    current = null
    options.onRunning?.(false)
    options.onDone(done)
  }

  return {
    receiveUpload,
    start(input: { sources: ImportSource[]; all: boolean }): { jobId: string } {
      if (current)
        throw reasonError('CONFLICT', 'An import is already running; wait for it or cancel it.', {
          reason: 'import-running',
        })
      for (const source of input.sources) pathOf(source) // refuse bad sources before starting
      const jobId = `import_${randomBytes(8).toString('hex')}`
      const controller = new AbortController()
      options.onRunning?.(true)
      const finished = run(jobId, input.sources, input.all, controller.signal)
      current = { jobId, controller, finished }
      return { jobId }
    },
    cancel(jobId: string): { cancelled: boolean } {
      if (current?.jobId !== jobId) return { cancelled: false }
      current.controller.abort()
      return { cancelled: true }
    },
    /** Clears uploads a crash left behind (call once at start-up: no run can be using them). */
    async sweepUploads(): Promise<void> {
      await rm(uploadsDir, { recursive: true, force: true }).catch(() => undefined)
    },
    /** Stops a run under way after the mail in hand and waits for it (before the store closes). */
    async close(): Promise<void> {
      current?.controller.abort()
      await current?.finished
      await rm(uploadsDir, { recursive: true, force: true }).catch(() => undefined)
    },
  }
}
