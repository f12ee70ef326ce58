/**
 * An import run over files and folders, shared by the CLI and the app: mails are read one at a time,
 * prepared (`prepareMail`), and made durable by small batches (their originals fsynced together, one
 * store command), so memory stays bounded (≤ 16 MB of originals waiting) and a run interrupted at any
 * point loses only the batch in hand, which the next run imports. Progress and cancel; a mail that
 * cannot be read is counted, named in `errors`, and the run goes on.
 */
import type { MailImportProblem } from '../../../../shared/model/mail-import'
import type { ImportCountsView } from '../../../../shared/ipc/contract'
import { ComptoirError } from '../../../../shared/ipc/result'
import { ingestPreparedMails, prepareMail } from './ingest'
import type { IngestOutcome, MailServices, PreparedMail } from './ingest'
import { importProblemWords } from './import-words'
import { listSources, readSourceMails } from './sources'

export interface ImportError {
  source: string
  /** "French / English", as the CLI prints reasons. */
  reason: string
  reason_fr: string
  reason_en: string
  /** The same, as data: what the app words. */
  problem: MailImportProblem
}

/** The counts of the CLI's last line (and of the app's summary). */
export type ImportCounts = ImportCountsView

export const emptyCounts = (): ImportCounts => ({
  read: 0,
  imported: 0,
  duplicates: 0,
  skipped: 0,
  failed: 0,
  threads_created: 0,
  threads_updated: 0,
})

export interface ImportSummary extends ImportCounts {
  errors: ImportError[]
  /** True when the run was cancelled before the end (what was imported stays). */
  cancelled: boolean
  /** Threads that received mail, for the app to show them. */
  threadIds: string[]
}

export interface ImportProgress extends ImportCounts {
  bytesDone: number
  bytesTotal: number
  /** The mail being read ("relay.mbox#10"). */
  source: string
}

export interface ImportOptions {
  all?: boolean
  ownAddresses?: string[]
  signal?: AbortSignal
  onProgress?: (progress: ImportProgress) => void
  /** false: each mail durable before the next is read (no batching). */
  bulk?: boolean
  /** Minimum time between two progress reports (the last one is always sent). */
  progressIntervalMs?: number
}

type ReadyMail = Exclude<PreparedMail, { outcome: IngestOutcome }>

/**
 * Mails are made durable by batches: at most this many, this many bytes of originals in memory, or
 * this long after the first one waited (so progress and cancel stay prompt).
 */
const BATCH_MAILS = 200
const BATCH_BYTES = 16 * 1024 * 1024
const BATCH_MS = 500

function errorOf(source: string, problem: MailImportProblem): ImportError {
  const reason = importProblemWords(problem)
  return {
    source,
    reason: `${reason.fr} / ${reason.en}`,
    reason_fr: reason.fr,
    reason_en: reason.en,
    problem,
  }
}

/** Store failures stop the run: going on would only fail every following mail the same way. */
function isFatal(error: unknown): boolean {
  return error instanceof ComptoirError && (error.code === 'STORE_ERROR' || error.code === 'STORE_LOCKED')
}

export async function importSources(
  services: MailServices,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const files = await listSources(paths)
  const counts = emptyCounts()
  const errors: ImportError[] = []
  const created = new Set<string>()
  const updated = new Set<string>()
  const bytesTotal = files.reduce((sum, file) => sum + file.bytes, 0)
  let bytesBefore = 0
  let bytesInFile = 0
  let source = ''
  let lastReport = 0
  const interval = options.progressIntervalMs ?? 100
  const report = (force = false) => {
    const now = Date.now()
    if (!options.onProgress || (!force && now - lastReport < interval)) return
    lastReport = now
    options.onProgress({ ...counts, bytesDone: bytesBefore + bytesInFile, bytesTotal, source })
  }
  const tally = (source: string, outcome: IngestOutcome) => {
    if (outcome.status === 'imported') {
      counts.imported++
      if (outcome.threadCreated) created.add(outcome.threadId!)
      else if (!created.has(outcome.threadId!)) updated.add(outcome.threadId!)
    } else if (outcome.status === 'duplicate') counts.duplicates++
    else if (outcome.status === 'skipped') counts.skipped++
    else {
      counts.failed++
      errors.push(errorOf(source, outcome.problem!))
    }
    counts.threads_created = created.size
    counts.threads_updated = updated.size
  }
  const failed = (source: string, error: unknown) => {
    if (isFatal(error)) throw error
    tally(source, { status: 'failed', problem: { kind: 'import-failed', detail: (error as Error).message } })
  }

  // Mails ready to be filed wait here, to be made durable together (see ingestPreparedMails).
  let batch: { source: string; prepared: ReadyMail }[] = []
  let batchBytes = 0
  let batchStarted = 0
  const flush = async () => {
    if (batch.length === 0) return
    const pending = batch
    batch = []
    batchBytes = 0
    try {
      const outcomes = await ingestPreparedMails(
        services,
        pending.map((p) => p.prepared),
      )
      outcomes.forEach((outcome, index) => tally(pending[index]!.source, outcome))
    } catch (error) {
      for (const { source } of pending) failed(source, error)
    }
    report()
  }

  let cancelled = false
  outer: for (const file of files) {
    bytesInFile = 0
    for await (const mail of readSourceMails(file, (n) => (bytesInFile = Math.min(n, file.bytes)))) {
      if (options.signal?.aborted) {
        cancelled = true
        break outer
      }
      counts.read++
      source = mail.source
      if (mail.raw === null) {
        tally(mail.source, { status: 'failed', problem: mail.problem! })
        report()
        continue
      }
      try {
        const prepared = await prepareMail(services, mail.raw, {
          source: mail.source,
          all: options.all === true,
          ...(file.folder ? { folder: file.folder } : {}),
          ...(options.ownAddresses ? { ownAddresses: options.ownAddresses } : {}),
          ...(file.seen ? { seen: true } : {}),
        })
        if ('outcome' in prepared) tally(mail.source, prepared.outcome)
        else {
          if (batch.length === 0) batchStarted = Date.now()
          batch.push({ source: mail.source, prepared })
          batchBytes += prepared.raw.byteLength
        }
      } catch (error) {
        failed(mail.source, error)
      }
      const batchIsDue =
        batch.length >= BATCH_MAILS || batchBytes >= BATCH_BYTES || Date.now() - batchStarted >= BATCH_MS
      if (batch.length > 0 && (batchIsDue || options.bulk === false)) await flush()
      report()
    }
    bytesBefore += file.bytes
    bytesInFile = 0
  }
  await flush()
  report(true)
  return { ...counts, errors, cancelled, threadIds: [...created, ...updated] }
}
