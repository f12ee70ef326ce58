/**
 * Kills a writer process (SIGKILL) at random moments, many times, and checks after each kill that
 * the store opens cleanly with every acknowledged change present, and that the command in flight was
 * applied entirely or not at all.
 */
import { spawn } from 'node:child_process'
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { CrashOp } from './crash-writer'
import { MailboxStore } from './mailbox-store'
import { seededRandom } from './synthetic-mailbox'
import { tempStoreDir } from './store-fixtures'

const WRITER = fileURLToPath(new URL('./crash-writer.ts', import.meta.url))
const ROUNDS = 25

interface RoundResult {
  acked: CrashOp[]
  inFlight: CrashOp | null
}

/** Runs the writer until READY, lets it write for `writeMs`, then kills it without warning. */
function runAndKill(dir: string, seed: number, writeMs: number): Promise<RoundResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (!timer && out.includes('READY\n')) timer = setTimeout(() => child.kill('SIGKILL'), writeMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('error', reject)
    child.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended on its own: ${err}`))
      const acked: CrashOp[] = []
      let inFlight: CrashOp | null = null
      for (const line of out.split('\n')) {
        // A line cut by the kill is ignored: it was not fully acknowledged.
        if (line.startsWith('ACK ')) {
          acked.push(JSON.parse(line.slice(4)) as CrashOp)
          inFlight = null
        } else if (line.startsWith('INTENT ')) {
          try {
            inFlight = JSON.parse(line.slice(7)) as CrashOp
          } catch {
            inFlight = null
          }
        }
      }
      resolve({ acked, inFlight })
    })
  })
}

function isApplied(store: MailboxStore, op: CrashOp): boolean {
  switch (op.op) {
    case 'message':
      return store.getThread(op.threadId).messages.some((m) => m.body === op.body)
    case 'thread':
      return (
        store.query({ keywords: op.subject, limit: 500 }).threads.filter((t) => t.subject === op.subject)
          .length === 1
      )
    case 'folder':
      return store.listFolders().some((f) => f.name === op.name)
    case 'label': {
      const labelled = op.threadIds.filter((id) => store.getThread(id).thread.labelIds.includes(op.labelId))
      // All or nothing: a half-applied multi-partition commit would be a corrupted store.
      expect([0, op.threadIds.length]).toContain(labelled.length)
      return labelled.length === op.threadIds.length
    }
  }
}

const temp = await tempStoreDir()
afterAll(() => temp.cleanup())

describe('crash safety', () => {
  it(
    `keeps every acknowledged change across ${ROUNDS} SIGKILLs mid-write`,
    { timeout: 240_000 },
    async () => {
      const random = seededRandom(2025)
      const acknowledged: CrashOp[] = []
      let totalAcks = 0
      for (let round = 0; round < ROUNDS; round++) {
        const { acked, inFlight } = await runAndKill(temp.dir, round + 1, 40 + Math.floor(random() * 400))
        acknowledged.push(...acked)
        totalAcks += acked.length
        const store = await MailboxStore.open(temp.dir) // also takes over the dead writer's lock
        try {
          expect(store.openWarnings).toEqual([])
          for (const op of acknowledged) expect(isApplied(store, op), JSON.stringify(op)).toBe(true)
          if (inFlight) isApplied(store, inFlight) // either way, but never half
        } finally {
          await store.close()
        }
        const leftovers = (await readdir(temp.dir)).filter(
          (name) => name.endsWith('.tmp') || name.includes('journal'),
        )
        expect(leftovers).toEqual([])
      }
      expect(totalAcks).toBeGreaterThan(ROUNDS) // the writer really got work done before each kill
      expect(path.isAbsolute(temp.dir)).toBe(true)
    },
  )
})
