/**
 * `npx tsx tests/bench/backup-restore.ts [--messages N] [--runs R]`: backup and restore time and peak
 * RSS on a generated mailbox (default 100,000 messages). Each operation runs in a fresh child process
 * (so the generator's memory does not count), which reports its wall time and process.resourceUsage's
 * maxRSS. Figures recorded in docs/benchmarks.md.
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { restoreBackup, writeBackup } from '../../electron/main/services/backup'
import { MailboxStore } from '../../electron/main/services/store'
import { syntheticMailbox } from '../../electron/main/services/store/synthetic-mailbox'

const self = fileURLToPath(import.meta.url)

async function child(operation: string, dataDir: string, file: string): Promise<void> {
  const start = performance.now()
  if (operation === 'backup') {
    const store = await MailboxStore.open(path.join(dataDir, 'store'))
    await writeBackup({ store, dataDir, out: file })
    await store.close()
  } else {
    await restoreBackup({ dataDir, file })
  }
  const ms = performance.now() - start
  process.stdout.write(JSON.stringify({ ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }))
}

function run(operation: string, dataDir: string, file: string): { ms: number; maxRssMb: number } {
  const result = spawnSync(process.execPath, ['--import', 'tsx', self, '--child', operation, dataDir, file], {
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(result.stderr)
  return JSON.parse(result.stdout) as { ms: number; maxRssMb: number }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
const round = (n: number) => Math.round(n)

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3]!, process.argv[4]!, process.argv[5]!)
  const { values } = parseArgs({ options: { messages: { type: 'string' }, runs: { type: 'string' } } })
  const messages = Number(values.messages ?? 100_000)
  const runs = Number(values.runs ?? 3)
  const work = await mkdtemp(path.join(os.tmpdir(), 'comptoir-backup-bench-'))
  try {
    const source = path.join(work, 'source')
    const store = await MailboxStore.open(path.join(source, 'store'))
    await store.importSnapshot(syntheticMailbox(messages))
    await store.close()
    const backups: { ms: number; maxRssMb: number }[] = []
    const restores: { ms: number; maxRssMb: number }[] = []
    const file = path.join(work, 'backup.zip')
    for (let i = 0; i < runs; i++) {
      await rm(file, { force: true })
      backups.push(run('backup', source, file))
      const target = path.join(work, `restored-${i}`)
      restores.push(run('restore', target, file))
      await rm(target, { recursive: true, force: true })
    }
    const summary = {
      messages,
      runs,
      zipMb: Math.round(((await stat(file)).size / 1048576) * 10) / 10,
      backup: {
        medianMs: round(median(backups.map((b) => b.ms))),
        maxMs: round(Math.max(...backups.map((b) => b.ms))),
        peakRssMb: round(Math.max(...backups.map((b) => b.maxRssMb))),
      },
      restore: {
        medianMs: round(median(restores.map((b) => b.ms))),
        maxMs: round(Math.max(...restores.map((b) => b.ms))),
        peakRssMb: round(Math.max(...restores.map((b) => b.maxRssMb))),
      },
    }
    process.stdout.write(`${JSON.stringify(summary)}\n`)
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

await main()
