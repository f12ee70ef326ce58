/**
 * `npm run --silent orders:import -- --data DIR FILE...` (contract in ../shared/CONTRACTS.md): reads
 * Seller Central's tab-separated order reports and merges their orders into the store in DIR.
 * stdout: one JSON line, the summary. stderr: progress and notes. Exit 0 when the import ran (rows it
 * could not read are listed in `errors`), 2 with one sentence when it could not run at all.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ComptoirError } from '../../../shared/ipc/result'
import { importOrderReports } from '../services/orders/import-orders'
import type { ReportFile } from '../services/orders/import-orders'
import { MailboxStore } from '../services/store'
import { orderProblemWords } from './order-problem-words'

const USAGE = 'usage: npm run --silent orders:import -- --data DIR FILE...'
/** Seller Central's reports are a few MB; anything far larger is not one. */
const MAX_REPORT_BYTES = 200 * 1024 * 1024

class CannotRun extends Error {}

function parse(argv: string[]): { data: string; files: string[] } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { data: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    })
    if (!values.data) throw new CannotRun(`--data DIR is required (the folder holding the store). ${USAGE}`)
    if (positionals.length === 0) throw new CannotRun(`No report file given. ${USAGE}`)
    return { data: path.resolve(values.data), files: positionals }
  } catch (error) {
    if (error instanceof CannotRun) throw error
    throw new CannotRun(`${(error as Error).message}. ${USAGE}`)
  }
}

async function readReports(files: string[]): Promise<ReportFile[]> {
  const reports: ReportFile[] = []
  for (const file of files) {
    // Stat first: a folder, a FIFO or a device is refused before anything is read from it.
    const info = await stat(file).catch(() => null)
    if (!info) throw new CannotRun(`No such file: ${file}`)
    if (!info.isFile()) throw new CannotRun(`Not a regular file: ${file}`)
    if (info.size > MAX_REPORT_BYTES) {
      throw new CannotRun(`${file} is ${Math.round(info.size / 1e6)} MB, too large for an order report.`)
    }
    const bytes = await readFile(file).catch((error: Error) => {
      throw new CannotRun(`${file} could not be read: ${error.message}`)
    })
    reports.push({ name: file, bytes })
  }
  return reports
}

async function main(argv: string[]): Promise<number> {
  let store: MailboxStore | null = null
  try {
    const args = parse(argv)
    const reports = await readReports(args.files)
    store = await MailboxStore.open(path.join(args.data, 'store'))
    // Damage found and repaired at open is reported once, by whoever opens the store: here.
    for (const warning of store.openWarnings) process.stderr.write(`orders:import: ${warning}\n`)
    const summary = await importOrderReports(store, reports, (progress) => {
      process.stderr.write(
        `orders:import: ${progress.file}: ${progress.rows} rows (${progress.encoding}), ` +
          `file ${progress.filesDone} of ${progress.files}\n`,
      )
    })
    await store.close()
    store = null
    process.stderr.write(
      `orders:import: ${summary.orders} orders (${summary.created} new, ${summary.updated} updated, ` +
        `${summary.unchanged} unchanged), ${summary.matched_threads} threads matched, ` +
        `${summary.errors.length} rows refused\n`,
    )
    // The contract's `reason` (English) and `reason_fr`, worded here from the problems as data.
    const errors = summary.errors.map(({ source, problem }) => {
      const words = orderProblemWords(problem)
      return { source, reason: words.en, reason_fr: words.fr }
    })
    process.stdout.write(`${JSON.stringify({ ...summary, errors })}\n`)
    return 0
  } catch (error) {
    await store?.close().catch(() => undefined)
    if (error instanceof CannotRun) {
      process.stderr.write(`orders:import: ${error.message}\n`)
      return 2
    }
    // STORE_LOCKED (the app has this store open) names the holder and what to do.
    if (error instanceof ComptoirError) {
      process.stderr.write(`orders:import: ${error.message}\n`)
      return 2
    }
    throw error
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`orders:import: unexpected failure: ${(error as Error).stack ?? String(error)}\n`)
    process.exitCode = 2
  },
)
