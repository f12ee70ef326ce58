/**
 * `npm run --silent bench -- --messages N --json` — the message store benchmark (contract in
 * ../shared/CONTRACTS.md). Builds a realistic mailbox of N messages in a temporary folder, then measures
 * in fresh child processes (so neither the generator's garbage nor the baseline's 600 MB distort RSS):
 *   - the store: load, inbox queries, keyword searches, durable state changes, sends, RSS;
 *   - the baseline: the same state changes on a single-file lowdb holding the same data.
 * JSON goes to stdout, a human summary to stderr.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, open, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { MailboxStore } from '../services/store'
import { seededRandom, syntheticMailbox } from '../services/store/synthetic-mailbox'
import type { MailboxSnapshot } from '../../../shared/model/snapshot'

const BASELINE_FILE = 'single-file-baseline.json'
const LOAD_RUNS = 3
const QUERY_RUNS = 60
const SEARCH_RUNS = 40
const UPDATE_RUNS = 60
const SEND_RUNS = 40
const BASELINE_RUNS = 12
const SEARCHES = [
  'rembourse',
  'COLIS',
  'ecran',
  'transporteur',
  'facture societe',
  'parcel tracking',
  'Hélène',
  'xylophone',
  '1234',
]

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return round(sorted[Math.max(0, Math.ceil(sorted.length * 0.95) - 1)] ?? 0)
}
const round = (n: number) => Math.round(n * 100) / 100
const log = (message: string) => process.stderr.write(`${message}\n`)

async function timed(work: () => unknown): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/** Child process: everything measured on the partitioned store. */
async function measureStore(dir: string): Promise<Record<string, number>> {
  // Load is one operation, not a series: take the median of three opens so one scheduling hiccup on
  // a shared machine does not decide the figure. The last store opened is the one measured below.
  const loadTimes: number[] = []
  let store: MailboxStore | null = null
  for (let i = 0; i < LOAD_RUNS; i++) {
    await store?.close()
    store = null
    globalThis.gc?.()
    const loadStart = performance.now()
    store = await MailboxStore.open(dir)
    loadTimes.push(performance.now() - loadStart)
  }
  if (!store) throw new Error('the store did not open')
  const loadMs = [...loadTimes].sort((a, b) => a - b)[Math.floor(LOAD_RUNS / 2)]!
  const random = seededRandom(7)
  const ids = store.query({ limit: 500 }).threads.map((t) => t.id)
  const pickId = () => ids[Math.floor(random() * ids.length)]!
  const labelId = store.listLabels()[0]?.id ?? ''
  const folderId = store.listFolders()[0]?.id ?? ''

  const queryShapes = [
    () => store.query({ view: 'inbox' }),
    () => {
      const first = store.query({ view: 'inbox' })
      return store.query({ view: 'inbox', cursor: first.nextCursor ?? undefined })
    },
    () => store.query({ view: 'needs-reply' }),
    () => store.query({ view: 'inbox', unread: true }),
    () => store.query({ view: 'sent' }),
    () => store.query({ folderId }),
    () => store.query({ labelId, view: 'inbox' }),
    () => store.counts(),
  ]
  const queryTimes: number[] = []
  for (let i = 0; i < QUERY_RUNS; i++) queryTimes.push(await timed(queryShapes[i % queryShapes.length]!))

  const searchTimes: number[] = []
  for (let i = 0; i < SEARCH_RUNS; i++) {
    const keywords = SEARCHES[i % SEARCHES.length]!
    searchTimes.push(
      await timed(() => (keywords === '1234' ? store.query({ order: keywords }) : store.query({ keywords }))),
    )
  }

  const updates = [
    (id: string) => store.archive([id], true),
    (id: string) => store.archive([id], false),
    (id: string) => store.markRead([id], true),
    (id: string) => store.markRead([id], false),
    (id: string) => store.label([id], labelId, true),
    (id: string) => store.setNoResponseNeeded([id], true),
    (id: string) => store.move([id], folderId),
    (id: string) => store.trash([id], true),
    (id: string) => store.trash([id], false),
  ]
  const updateTimes: number[] = []
  let updateBytesMax = 0
  for (let i = 0; i < UPDATE_RUNS; i++) {
    const before = store.writeStats().bytes
    const id = pickId()
    updateTimes.push(await timed(() => updates[i % updates.length]!(id)))
    updateBytesMax = Math.max(updateBytesMax, store.writeStats().bytes - before)
  }

  const sendTimes: number[] = []
  for (let i = 0; i < SEND_RUNS; i++) {
    const threadId = pickId()
    const body = `Bonjour, votre remboursement a été effectué ce jour (réf. ${i}). Cordialement.`
    sendTimes.push(await timed(() => store.appendMessage({ threadId, direction: 'out', body })))
  }
  globalThis.gc?.()
  const rssMb = process.memoryUsage().rss / 2 ** 20
  const threads = store.query({ view: 'trash', limit: 1 }).total + store.query({ limit: 1 }).total
  await store.close()
  return {
    threads_visible: threads,
    load_ms: round(loadMs),
    query_p95_ms: p95(queryTimes),
    search_p95_ms: p95(searchTimes),
    update_p95_ms: p95(updateTimes),
    update_bytes_max: updateBytesMax,
    send_p95_ms: p95(sendTimes),
    rss_mb: round(rssMb),
  }
}

/** Child process: the same kind of state change on one lowdb file holding everything. */
async function measureBaseline(dir: string): Promise<Record<string, number>> {
  const db = new Low<MailboxSnapshot | null>(new JSONFile(path.join(dir, BASELINE_FILE)), null)
  await db.read()
  const threads = db.data!.threads
  const random = seededRandom(7)
  const times: number[] = []
  for (let i = 0; i < BASELINE_RUNS; i++) {
    const thread = threads[Math.floor(random() * threads.length)]!
    times.push(await timed(() => db.update(() => (thread.archived = !thread.archived))))
  }
  return { baseline_update_p95_ms: p95(times) }
}

function runChild(
  mode: '--measure-store' | '--measure-baseline',
  dir: string,
): Promise<Record<string, number>> {
  const script = fileURLToPath(import.meta.url)
  const args = [...process.execArgv, '--expose-gc', '--max-old-space-size=8192', script, mode, dir]
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as Record<string, number>)
      else reject(new Error(`${mode} exited with code ${code}`))
    })
  })
}

function parseArgs(argv: string[]): { messages: number; json: boolean; baseline: boolean } {
  const at = argv.indexOf('--messages')
  const messages = at >= 0 ? Number(argv[at + 1]) : 100_000
  if (!Number.isInteger(messages) || messages < 10) throw new Error('--messages expects an integer ≥ 10')
  return { messages, json: argv.includes('--json'), baseline: !argv.includes('--no-baseline') }
}

async function main(): Promise<void> {
  const [mode, dirArg] = process.argv.slice(2)
  if (mode === '--measure-store' || mode === '--measure-baseline') {
    const result = mode === '--measure-store' ? await measureStore(dirArg!) : await measureBaseline(dirArg!)
    process.stdout.write(JSON.stringify(result))
    return
  }
  const options = parseArgs(process.argv.slice(2))
  const dir = await mkdtemp(path.join(os.tmpdir(), 'comptoir-bench-'))
  try {
    log(`building ${options.messages} messages in ${dir}…`)
    let snapshot: MailboxSnapshot | null = syntheticMailbox(options.messages)
    const threads = snapshot.threads.length
    const importStart = performance.now()
    const store = await MailboxStore.open(path.join(dir, 'store'))
    await store.importSnapshot(snapshot)
    await store.close()
    log(`imported in ${Math.round(performance.now() - importStart)} ms`)
    let baselineWritten = false
    if (options.baseline) {
      try {
        await new Low<MailboxSnapshot>(new JSONFile(path.join(dir, BASELINE_FILE)), snapshot).write()
        // Flush it now: its writeback would otherwise compete with the store's fsyncs being measured.
        const written = await open(path.join(dir, BASELINE_FILE), 'r+')
        await written.sync()
        await written.close()
        baselineWritten = true
      } catch (error) {
        log(`single-file baseline not built: ${(error as Error).message}`)
      }
    }
    snapshot = null
    const measured = await runChild('--measure-store', path.join(dir, 'store'))
    const baseline = baselineWritten
      ? await runChild('--measure-baseline', dir)
      : { baseline_update_p95_ms: null }
    const result = {
      messages: options.messages,
      threads,
      load_ms: measured.load_ms,
      query_p95_ms: measured.query_p95_ms,
      search_p95_ms: measured.search_p95_ms,
      update_p95_ms: measured.update_p95_ms,
      update_bytes_max: measured.update_bytes_max,
      send_p95_ms: measured.send_p95_ms,
      rss_mb: measured.rss_mb,
      baseline_update_p95_ms: baseline.baseline_update_p95_ms,
    }
    const ratio =
      result.baseline_update_p95_ms && result.update_p95_ms
        ? result.baseline_update_p95_ms / result.update_p95_ms
        : null
    log(`state changes ${ratio ? ratio.toFixed(0) : '?'}× faster than the single-file baseline`)
    process.stdout.write(
      options.json ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`,
    )
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

main().catch((error: unknown) => {
  log(`bench failed: ${error instanceof Error ? error.stack : String(error)}`)
  process.exit(1)
})
