/**
 * The switch from the current data to a staged restore, made crash-safe by a journal: the journal
 * (written atomically) is the commit point. Before it exists the current data is untouched and the
 * staging folder is just a leftover; once it exists the switch is rolled forward, move by move, by
 * whoever opens the data folder next (every move is a rename and is skipped if already done). The
 * data replaced is set aside in `before-restore-<stamp>/`, never deleted.
 */
import { access, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { syncFolder as syncDir } from '../durable-write'
import { isAlive } from '../store/store-lock'
import { BLOB_DIRS, DATA_FILES, DATA_PREFIX, STORE_DIR } from './backup-format'

export const RESTORE_JOURNAL = 'restore.journal.json'
export const STAGING_PREFIX = '.restore-'
export const BACKUP_STAGING_PREFIX = '.backup-'

export interface RestoreJournal {
  stage: string
  previous: string
  items: { name: string; inBackup: boolean }[]
}

/** Where an item of the data folder sits inside the staging folder. */
export function stagedPath(name: string): string {
  return DATA_FILES.includes(name) ? path.join(DATA_PREFIX, name) : name
}

export const RESTORED_ITEMS = [STORE_DIR, ...BLOB_DIRS, ...DATA_FILES]

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  )

export async function writeJournal(dataDir: string, journal: RestoreJournal): Promise<void> {
  const file = path.join(dataDir, RESTORE_JOURNAL)
  const tmp = `${file}.tmp`
  await writeFile(tmp, JSON.stringify(journal), { flush: true })
  await rename(tmp, file)
  await syncDir(dataDir)
}

/** Runs (or finishes) the moves a journal lists, then drops the journal and the staging folder. */
export async function applyJournal(
  dataDir: string,
  journal: RestoreJournal,
  afterMove: (name: string) => Promise<void> = async () => undefined,
): Promise<void> {
  const previous = path.join(dataDir, journal.previous)
  await mkdir(previous, { recursive: true })
  for (const item of journal.items) {
    const live = path.join(dataDir, item.name)
    const staged = path.join(dataDir, journal.stage, stagedPath(item.name))
    const aside = path.join(previous, item.name)
    const pending = item.inBackup ? await exists(staged) : await exists(live)
    if (!pending) continue
    if ((await exists(live)) && !(await exists(aside))) {
      await rename(live, aside)
      await afterMove(`${item.name}:aside`)
    }
    if (item.inBackup) {
      await rename(staged, live)
      await afterMove(`${item.name}:in`)
    }
  }
  await syncDir(previous)
  await syncDir(dataDir)
  // The lock of the store set aside belonged to the restore; the folder set aside is not a live store.
  await rm(path.join(previous, STORE_DIR, 'store.lock'), { force: true })
  await rm(path.join(dataDir, RESTORE_JOURNAL), { force: true })
  await syncDir(dataDir)
  await rm(path.join(dataDir, journal.stage), { recursive: true, force: true })
}

/**
 * Called before the store of a data folder is opened: finishes a restore that passed its commit point
 * and clears staging folders left by interrupted restores and backups. Returns what it did, if anything.
 */
export async function completeInterruptedRestore(dataDir: string): Promise<string | null> {
  let note: string | null = null
  const journalFile = path.join(dataDir, RESTORE_JOURNAL)
  let journal: RestoreJournal | null = null
  try {
    journal = JSON.parse(await readFile(journalFile, 'utf8')) as RestoreJournal
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      // A journal that cannot be read was never committed (it is written by rename): drop it.
      await rm(journalFile, { force: true })
    }
  }
  if (journal && Array.isArray(journal.items) && typeof journal.stage === 'string') {
    await applyJournal(dataDir, journal)
    note = `An interrupted restore was completed; the data it replaced is in ${journal.previous}.`
  }
  const names = await readdir(dataDir).catch(() => [] as string[])
  for (const name of names) {
    const backupPid = name.startsWith(BACKUP_STAGING_PREFIX) ? Number(name.split('-')[1]) : NaN
    const leftover =
      name.startsWith(STAGING_PREFIX) ||
      name === `${RESTORE_JOURNAL}.tmp` ||
      (Number.isInteger(backupPid) && !isAlive(backupPid))
    if (leftover) await rm(path.join(dataDir, name), { recursive: true, force: true })
  }
  return note
}
