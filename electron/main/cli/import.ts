/**
 * `npm run --silent import -- --data DIR [--all] PATH...` (contract: ../shared/CONTRACTS.md).
 * Progress on stderr; last, one JSON line on stdout. Exit 0 when it ran (refused mails are counted
 * and named), 2 with one sentence on stderr when it cannot run (no such path, store held by the app).
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { ComptoirError } from '../../../shared/ipc/result'
import { importSources } from '../services/mail/import-run'
import type { ImportProgress } from '../services/mail/import-run'
import { openMailServices } from '../services/mail/open'
import { ImportPathError, listSources } from '../services/mail/sources'

const USAGE = 'usage: npm run --silent import -- --data DIR [--all] [--own ADDRESS]... PATH...'

function fail(sentence: string): never {
  process.stderr.write(`comptoir import: ${sentence}\n`)
  process.exit(2)
}

function parse(argv: string[]) {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        all: { type: 'boolean', default: false },
        own: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    })
    if (values.help) {
      process.stderr.write(`${USAGE}\n`)
      process.exit(0)
    }
    if (!values.data) fail(`--data DIR is required (the folder holding the store). ${USAGE}`)
    if (positionals.length === 0) fail(`give at least one .eml, .mbox, .mbox.gz file or folder. ${USAGE}`)
    return { data: path.resolve(values.data), all: values.all, own: values.own ?? [], paths: positionals }
  } catch (error) {
    fail(`${(error as Error).message}. ${USAGE}`)
  }
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(1)

function progressLine(p: ImportProgress): string {
  const percent = p.bytesTotal > 0 ? Math.floor((100 * p.bytesDone) / p.bytesTotal) : 100
  return `comptoir import: ${percent}% (${mb(p.bytesDone)}/${mb(p.bytesTotal)} MB) read ${p.read}, imported ${p.imported}, duplicates ${p.duplicates}, skipped ${p.skipped}, failed ${p.failed}\n`
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2))
  try {
    await listSources(args.paths) // every path checked before the store is touched
  } catch (error) {
    if (error instanceof ImportPathError) fail(error.message)
    throw error
  }
  let services
  try {
    services = await openMailServices(args.data)
  } catch (error) {
    if (error instanceof ComptoirError) fail(error.message)
    throw error
  }
  // Damage found and repaired at open is reported once, by whoever opens the store: here.
  for (const warning of services.store.openWarnings) process.stderr.write(`comptoir import: ${warning}\n`)
  const controller = new AbortController()
  // Ctrl+C stops after the mail in hand: everything imported so far stays, the summary is printed.
  process.once('SIGINT', () => controller.abort())
  process.once('SIGTERM', () => controller.abort())
  try {
    const summary = await importSources(services, args.paths, {
      all: args.all,
      ownAddresses: args.own,
      signal: controller.signal,
      progressIntervalMs: 1000,
      onProgress: (p) => process.stderr.write(progressLine(p)),
    })
    if (summary.cancelled)
      process.stderr.write('comptoir import: stopped before the end; run it again to finish.\n')
    const { threadIds: _threadIds, cancelled: _cancelled, ...counts } = summary
    process.stdout.write(`${JSON.stringify(counts)}\n`)
  } catch (error) {
    process.stderr.write(`comptoir import: ${(error as Error).message}\n`)
    process.exitCode = 2
  } finally {
    await services.store.close()
  }
}

await main()
