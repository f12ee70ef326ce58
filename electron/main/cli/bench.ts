/**
 * `npm run --silent bench -- --messages N --json` — the message store benchmark (contract in
 * ../shared/CONTRACTS.md, method and history in docs/benchmarks.md). Builds a realistic mailbox of N
 * messages, then measures, each in a child process of its own:
 *   - the store: cold open to the first Inbox page (a new process, page cache dropped when allowed),
 *     lists, counts, searches, durable state changes that each really change a thread (bytes and cache
 *     flushes counted at the file system when an ext4 loop volume can be made), sends, new mail arriving
 *     while user commands are timed, RSS;
 *   - the SQLite peer (when `npm run bench:sqlite-setup` installed it): the same, answers checked equal;
 *   - the single-file lowdb baselines: the same state changes on one file holding everything.
 * JSON goes to stdout, a human summary to stderr. Options: --no-sqlite, --no-baseline, --no-loop,
 * --cold-runs K, --arrivals A, --grow-in-arrivals (the store doubles its partitions while mail
 * arrives, so the longest command wait covers a growth).
 */
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises'
import { MailboxStore } from '../services/store'
import { syntheticMailbox } from '../services/store/synthetic-mailbox'
import type { MailboxSnapshot } from '../../../shared/model/snapshot'
import { BASELINE_FILE, DurableJsonFile } from './store-bench/baseline'
import type { BaselineFigures } from './store-bench/baseline'
import { CHILD_FLAG, childMain, runChild } from './store-bench/children'
import type { PeerName } from './store-bench/children'
import { dropPageCaches, prepareVolume } from './store-bench/fs-probe'
import type { Answers, PeerFigures } from './store-bench/measure'
import { buildPlan } from './store-bench/plan'
import { buildSqlite, loadSqlite } from './store-bench/sqlite-schema'
import { compareAnswers } from './store-bench/compare'
import { log, round } from './store-bench/stats'

const SCRIPT = fileURLToPath(import.meta.url)

interface Options {
  messages: number
  json: boolean
  baseline: boolean
  sqlite: boolean
  loop: boolean
  coldRuns: number
  arrivals: number
  growInArrivals: boolean
}

function parseArgs(argv: string[]): Options {
  const numberAfter = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag)
    return at >= 0 ? Number(argv[at + 1]) : fallback
  }
  const messages = numberAfter('--messages', 100_000)
  // Below 2,000 messages there are too few threads to give every planned change a thread of its own.
  if (!Number.isInteger(messages) || messages < 2000) throw new Error('--messages expects an integer ≥ 2000')
  return {
    messages,
    json: argv.includes('--json'),
    baseline: !argv.includes('--no-baseline'),
    sqlite: !argv.includes('--no-sqlite'),
    loop: !argv.includes('--no-loop'),
    coldRuns: numberAfter('--cold-runs', 3),
    arrivals: numberAfter('--arrivals', Math.min(2000, Math.floor(messages / 20))),
    growInArrivals: argv.includes('--grow-in-arrivals'),
  }
}

interface ColdOpen {
  open_to_first_page_ms: number
  process_start_to_first_page_ms: number
  rss_mb: number
  open_to_everything_read_ms: number
  everything_read_rss_mb: number
  first_page: string[]
}

/** Median cold open over `runs` new processes, the page cache emptied before each when allowed. */
async function coldOpens(peer: PeerName, location: string, runs: number) {
  const results: ColdOpen[] = []
  let dropped = true
  for (let i = 0; i < runs; i++) {
    dropped = dropPageCaches() && dropped
    results.push(await runChild<ColdOpen>(SCRIPT, ['cold-open', peer, location]))
  }
  const median = (pick: (r: ColdOpen) => number) =>
    [...results.map(pick)].sort((a, b) => a - b)[Math.floor(runs / 2)]!
  return {
    load_ms: median((r) => r.open_to_first_page_ms),
    process_start_to_first_page_ms: median((r) => r.process_start_to_first_page_ms),
    open_rss_mb: median((r) => r.rss_mb),
    open_to_everything_read_ms: median((r) => r.open_to_everything_read_ms),
    everything_read_rss_mb: median((r) => r.everything_read_rss_mb),
    page_cache_dropped: dropped,
    first_page: results[0]!.first_page,
  }
}

/** Bytes of a file with its SQLite companions (-wal, -shm), or of a whole folder. */
async function sizeOf(target: string): Promise<number> {
  const info = await stat(target).catch(() => null)
  if (!info) return 0
  if (info.isDirectory()) {
    let total = 0
    for (const name of await readdir(target)) total += await sizeOf(path.join(target, name))
    return total
  }
  let total = info.size
  for (const suffix of ['-wal', '-shm']) total += (await stat(target + suffix).catch(() => null))?.size ?? 0
  return total
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2)
  if (argv[0] === CHILD_FLAG) return childMain(argv.slice(1))
  const options = parseArgs(argv)
  // Room for the store, the SQLite database and the baselines (the image file is sparse).
  const volume = await prepareVolume(Math.max(2 * 2 ** 30, options.messages * 8192), options.loop)
  const device = volume.device ?? '-'
  // An interrupted run must not leave a loop device mounted behind it.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void volume.release().finally(() => process.exit(130))
    })
  }
  try {
    log(`building ${options.messages} messages in ${volume.dir} (${volume.method})…`)
    let snapshot: MailboxSnapshot | null = syntheticMailbox(options.messages)
    const plan = buildPlan(snapshot, options.arrivals)
    plan.sustained.grow = options.growInArrivals
    const planFile = path.join(volume.dir, 'plan.json')
    await writeFile(planFile, JSON.stringify(plan))
    const storeDir = path.join(volume.dir, 'store')
    let started = performance.now()
    const store = await MailboxStore.open(storeDir)
    await store.importSnapshot(snapshot)
    await store.close()
    const importMs = Math.round(performance.now() - started)
    log(`store imported in ${importMs} ms`)
    const storeBytes = await sizeOf(storeDir)

    const sqliteFile = path.join(volume.dir, 'sqlite', 'mail.db')
    let sqliteBuildMs: number | null = null
    const sqliteWanted = options.sqlite && loadSqlite() !== null
    if (sqliteWanted) {
      await mkdir(path.dirname(sqliteFile), { recursive: true })
      started = performance.now()
      buildSqlite(sqliteFile, snapshot)
      sqliteBuildMs = Math.round(performance.now() - started)
      log(`SQLite peer built in ${sqliteBuildMs} ms`)
    } else {
      log(
        options.sqlite
          ? 'SQLite peer not installed (npm run bench:sqlite-setup): skipped'
          : 'SQLite peer skipped',
      )
    }
    let baselineWritten = false
    if (options.baseline) {
      try {
        await new DurableJsonFile<MailboxSnapshot>(path.join(volume.dir, BASELINE_FILE)).write(snapshot)
        baselineWritten = true
      } catch (error) {
        log(`single-file baseline not built: ${(error as Error).message}`)
      }
    }
    snapshot = null

    const measure = async (peer: PeerName, location: string) => {
      log(`${peer}: cold opens…`)
      const open = await coldOpens(peer, location, options.coldRuns)
      log(`${peer}: lists, searches, changes, sends, arrivals…`)
      const run = await runChild<{ figures: PeerFigures; answers: Answers }>(SCRIPT, [
        'measure',
        peer,
        location,
        planFile,
        device,
      ])
      return { open, run }
    }
    const { open: storeOpen, run: storeRun } = await measure('store', storeDir)
    let sqlite: Record<string, unknown> | null = null
    if (sqliteWanted) {
      const { open, run } = await measure('sqlite', sqliteFile)
      const mismatches = compareAnswers(storeRun.answers, run.answers, storeOpen.first_page, open.first_page)
      for (const mismatch of mismatches) log(`answers differ: ${mismatch}`)
      const { first_page: _ignored, ...openFigures } = open
      sqlite = {
        version: sqliteVersion(),
        ...openFigures,
        ...run.figures,
        build_ms: sqliteBuildMs,
        database_bytes: await sizeOf(sqliteFile),
        answers_equal: mismatches.length === 0,
        answers_compared: Object.keys(storeRun.answers.pages).length + 5,
      }
    }
    const baseline: BaselineFigures | null = baselineWritten
      ? await runChild<BaselineFigures>(SCRIPT, [
          'baseline',
          volume.dir,
          planFile,
          String(options.messages > 300_000 ? 4 : 12),
          device,
        ]).catch((error: unknown) => {
          log(`single-file baseline failed: ${(error as Error).message}`)
          return null
        })
      : null

    const figures = storeRun.figures
    const { first_page: _first, ...storeOpenFigures } = storeOpen
    const contract = {
      messages: options.messages,
      threads: plan.threads,
      load_ms: storeOpen.load_ms,
      query_p95_ms: figures.query_p95_ms,
      search_p95_ms: figures.search_p95_ms,
      update_p95_ms: figures.update_p95_ms,
      update_bytes_max:
        volume.method === 'ext4-loop' ? figures.update_fs_bytes_max : figures.update_write_call_bytes_max,
      send_p95_ms: figures.send_p95_ms,
      rss_mb: figures.rss_mb,
      baseline_update_p95_ms: baseline?.baseline_update_p95_ms ?? null,
    }
    const result = {
      ...contract,
      // What each figure means and how it was taken (see docs/benchmarks.md).
      io_method: volume.method,
      load_method: 'cold-process',
      ...storeOpenFigures,
      ...figures,
      changes_unchanged: 0,
      import_ms: importMs,
      store_bytes: storeBytes,
      baseline_pretty_update_p95_ms: baseline?.baseline_pretty_update_p95_ms ?? null,
      baseline,
      sqlite,
      machine: {
        cpus: os.cpus().length,
        cpu: os.cpus()[0]?.model ?? null,
        memory_gb: round(os.totalmem() / 2 ** 30),
        node: process.version,
        load_average: os.loadavg().map(round),
      },
    }
    summarize(result)
    process.stdout.write(
      options.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`,
    )
  } finally {
    await volume.release()
  }
}

function sqliteVersion(): string | null {
  const Database = loadSqlite()
  if (!Database) return null
  const db = new Database(':memory:')
  try {
    return db.prepare('SELECT sqlite_version()').pluck().get() as string
  } finally {
    db.close()
  }
}

function summarize(result: { [key: string]: unknown; sqlite: Record<string, unknown> | null }): void {
  const rows: [string, string][] = [
    ['open → first page (ms)', 'load_ms'],
    ['RSS after open (MB)', 'open_rss_mb'],
    ['open → all bodies read (ms)', 'open_to_everything_read_ms'],
    ['RSS, all bodies read (MB)', 'everything_read_rss_mb'],
    ['RSS after the run (MB)', 'rss_mb'],
    ['search found p95 (ms)', 'search_found_p95_ms'],
    ['search not found p95 (ms)', 'search_not_found_p95_ms'],
    ['list p95 (ms)', 'list_p95_ms'],
    ['counts p95 (ms)', 'counts_p95_ms'],
    ['change p50 (ms)', 'update_p50_ms'],
    ['change flushes p50', 'update_flushes_p50'],
    ['change bytes p50', 'update_fs_bytes_p50'],
    ['send p50 (ms)', 'send_p50_ms'],
    ['longest command wait (ms)', 'command_wait_max_ms'],
    ['growth during arrivals (ms)', 'arrivals_growth_ms'],
  ]
  log(`\n${'figure'.padEnd(28)}${'store'.padStart(12)}${'SQLite'.padStart(12)}`)
  for (const [label, key] of rows) {
    const show = (value: unknown) => String(value ?? '—').padStart(12)
    log(`${label.padEnd(28)}${show(result[key])}${show(result.sqlite?.[key])}`)
  }
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
})
