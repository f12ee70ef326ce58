/**
 * An import run over files and folders, shared by the CLI and the app: mails go one at a time through
 * `ingestRawMail` (each one durable before the next is read, so memory stays bounded and an
 * interrupted run loses nothing), with progress and cancel. A mail that cannot be read is counted,
 * named in `errors`, and the run goes on.
 */
import type { Bilingual } from '../../../../shared/model/attachments'
import { ComptoirError } from '../../../../shared/ipc/result'
import { ingestRawMail } from './ingest'
import type { MailServices } from './ingest'
import { listSources, readSourceMails } from './sources'

export interface ImportError {
  source: string
  /** "French / English", as the CLI prints reasons. */
  reason: string
  reason_fr: string
  reason_en: string
}

export interface ImportCounts {
  read: number
  imported: number
  duplicates: number
  skipped: number
  failed: number
  threads_created: number
  threads_updated: number
}

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
  /** Minimum time between two progress reports (the last one is always sent). */
  progressIntervalMs?: number
}

const errorOf = (source: string, reason: Bilingual): ImportError => ({
  source,
  reason: `${reason.fr} / ${reason.en}`,
  reason_fr: reason.fr,
  reason_en: reason.en,
})

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
  const counts: ImportCounts = {
    read: 0,
    imported: 0,
    duplicates: 0,
    skipped: 0,
    failed: 0,
    threads_created: 0,
    threads_updated: 0,
  }
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
        counts.failed++
        errors.push(errorOf(mail.source, mail.reason!))
        report()
        continue
      }
      try {
        const outcome = await ingestRawMail(services, mail.raw, {
          source: mail.source,
          all: options.all === true,
          ...(file.folder ? { folder: file.folder } : {}),
          ...(options.ownAddresses ? { ownAddresses: options.ownAddresses } : {}),
          ...(file.seen ? { seen: true } : {}),
        })
        if (outcome.status === 'imported') {
          counts.imported++
          if (outcome.threadCreated) created.add(outcome.threadId!)
          else if (!created.has(outcome.threadId!)) updated.add(outcome.threadId!)
        } else if (outcome.status === 'duplicate') counts.duplicates++
        else if (outcome.status === 'skipped') counts.skipped++
        else {
          counts.failed++
          errors.push(errorOf(mail.source, outcome.reason!))
        }
      } catch (error) {
        if (isFatal(error)) throw error
        counts.failed++
        const detail = (error as Error).message
        errors.push(
          errorOf(mail.source, { fr: `Import impossible : ${detail}`, en: `Could not import: ${detail}` }),
        )
      }
      counts.threads_created = created.size
      counts.threads_updated = updated.size
      report()
    }
    bytesBefore += file.bytes
    bytesInFile = 0
  }
  report(true)
  return { ...counts, errors, cancelled, threadIds: [...created, ...updated] }
}
