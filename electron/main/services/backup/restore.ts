/**
 * Restore: check and stage the whole backup beside the data, prove the staged store opens with the
 * counts the manifest promises, then switch to it through the restore journal (restore-journal.ts).
 * Anything refused before the journal is written leaves the data folder exactly as it was.
 */
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { ComptoirError } from '../../../../shared/ipc/result'
import { hasErrorReason } from '../../../../shared/ipc/error-details'
import { MailboxStore } from '../store'
import { acquireStoreLock } from '../store/store-lock'
import type { StoreLock } from '../store/store-lock'
import { syncFolder as syncDir } from '../durable-write'
import { ATTACHMENTS_DIR, BLOB_DIRS, BackupRefused, DATA_PREFIX, STORE_DIR } from './backup-format'
import type { BackupCounts } from './backup-format'
import { stageBackup } from './read-backup'
import type { StageProgress } from './read-backup'
import {
  RESTORED_ITEMS,
  STAGING_PREFIX,
  applyJournal,
  completeInterruptedRestore,
  stagedPath,
  writeJournal,
} from './restore-journal'
import type { RestoreJournal } from './restore-journal'

export interface RestoreSummary extends BackupCounts {
  restored: string
  bytes: number
  previous: string
}

export interface RestoreOptions {
  dataDir: string
  file: string
  now?: Date
  onProgress?: (progress: StageProgress) => void
  /** Test hook: called after each step ("staged", "verified", "journal", "<item>:aside", "<item>:in"). */
  onStep?: (step: string) => Promise<void>
}

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-')

async function lockData(dataDir: string, now: Date): Promise<StoreLock> {
  const storeDir = path.join(dataDir, STORE_DIR)
  await mkdir(storeDir, { recursive: true })
  try {
    return await acquireStoreLock(storeDir, now)
  } catch (error) {
    if (error instanceof ComptoirError && error.code === 'STORE_LOCKED')
      throw new ComptoirError(
        'STORE_LOCKED',
        `${error.message} A restore replaces the whole mailbox: run it from that app (Settings › Backup), or close the app first.`,
        hasErrorReason(error.details) && error.details.reason === 'store-locked'
          ? { ...error.details, during: 'restore' }
          : error.details,
      )
    throw error
  }
}

/** Opens the staged store on its own and checks it holds what the manifest says. */
async function verifyStaged(stage: string, expected: BackupCounts, file: string): Promise<void> {
  let store: MailboxStore
  try {
    store = await MailboxStore.open(path.join(stage, STORE_DIR))
  } catch (error) {
    throw new BackupRefused(file, 'damaged', `its mailbox does not open (${(error as Error).message})`)
  }
  try {
    const warnings = store.openWarnings
    const live = await store.holdWrites(async (l) => ({ threads: l.threads, messages: l.messages }))
    const blobs = (await readdir(path.join(stage, ATTACHMENTS_DIR))).length
    const problem =
      warnings.length > 0
        ? `its mailbox has damaged files (${warnings[0]})`
        : live.threads !== expected.threads ||
            live.messages !== expected.messages ||
            blobs !== expected.attachments
          ? `it holds ${live.threads} threads, ${live.messages} messages and ${blobs} attachments where its manifest promises ${expected.threads}, ${expected.messages} and ${expected.attachments}`
          : null
    if (problem) throw new BackupRefused(file, 'damaged', problem)
  } finally {
    await store.close()
  }
}

async function syncTree(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true }))
    if (entry.isDirectory()) await syncTree(path.join(dir, entry.name))
  await syncDir(dir)
}

export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const now = options.now ?? new Date()
  const step = options.onStep ?? (async () => undefined)
  const dataDir = path.resolve(options.dataDir)
  const file = path.resolve(options.file)
  await mkdir(dataDir, { recursive: true })
  await completeInterruptedRestore(dataDir)
  const lock = await lockData(dataDir, now)
  const stage = path.join(dataDir, `${STAGING_PREFIX}${stamp(now)}`)
  try {
    let manifest
    try {
      for (const dir of BLOB_DIRS) await mkdir(path.join(stage, dir), { recursive: true })
      await mkdir(path.join(stage, DATA_PREFIX), { recursive: true })
      manifest = await stageBackup(file, stage, options.onProgress)
      await step('staged')
      await verifyStaged(stage, manifest.counts, file)
      await syncTree(stage)
      await step('verified')
    } catch (error) {
      await rm(stage, { recursive: true, force: true })
      throw error
    }
    const stagedNames = new Set(await readdir(path.join(stage, DATA_PREFIX)))
    const journal: RestoreJournal = {
      stage: path.basename(stage),
      previous: `before-restore-${stamp(now)}`,
      items: RESTORED_ITEMS.map((name) => ({
        name,
        inBackup: stagedPath(name) === name || stagedNames.has(name),
      })),
    }
    await writeJournal(dataDir, journal)
    await step('journal')
    await applyJournal(dataDir, journal, step)
    const bytes = (await stat(file)).size
    return { restored: file, ...manifest.counts, bytes, previous: path.join(dataDir, journal.previous) }
  } finally {
    await lock.release()
  }
}
