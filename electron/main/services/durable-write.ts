/**
 * The one way Comptoir replaces a file so that a crash or a power cut leaves the old content or the
 * new one, never half of either: write a temporary file beside it (created with its final mode, so a
 * secret is never readable by others even for a moment), fsync it, rename it over the target, fsync
 * the folder so the rename itself survives. On failure the temporary file is removed (it must not
 * linger on a full disk) and the error is rethrown as it came; callers word it (`writeFailure`).
 *
 * Used by the settings and preference files, the reply templates' neighbours, the mail account, its
 * secret, the sync state and the Outbox, and the content-addressed attachment and raw-mail stores. The
 * mailbox store and the templates (store/durable-file.ts) use its steps — `writeAndSync`,
 * `renameDurably`, `syncFolder` — and add only what is theirs: staging several files behind a journal,
 * and their own temporary names, which their start-up sweep knows.
 */
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import { mkdir, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/** Temporary files carry this prefix: a sweep after a crash knows them by it, and never takes a real file. */
export const TEMP_PREFIX = '.tmp-'

export interface DurableWriteOptions {
  /** File mode of the new file (default 0o644; 0o600 for anything private). */
  mode?: number
  /** Creates the folder first (with this mode) when it may not exist yet. */
  createFolder?: { mode?: number }
}

/** A fresh temporary path beside `file`, unique across processes and concurrent writes. */
export function temporaryPathFor(file: string): string {
  const name = `${TEMP_PREFIX}${path.basename(file)}-${process.pid}-${randomBytes(4).toString('hex')}`
  return path.join(path.dirname(file), name)
}

export async function writeFileDurably(
  file: string,
  content: string | Uint8Array,
  options: DurableWriteOptions = {},
): Promise<void> {
  if (options.createFolder) await mkdir(path.dirname(file), { recursive: true, ...options.createFolder })
  const temp = temporaryPathFor(file)
  try {
    await writeAndSync(temp, content, { mode: options.mode ?? 0o644 })
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  await syncFolder(path.dirname(file))
}

/**
 * Several files of one folder, with their fsyncs awaited together and one folder fsync (the same
 * guarantee per file, far fewer flushes: a bulk import writes thousands). All or none are renamed in:
 * a failure before the renames removes every temporary file.
 */
export async function writeFilesDurably(
  dir: string,
  files: readonly { name: string; content: string | Uint8Array }[],
  options: DurableWriteOptions = {},
): Promise<void> {
  const temps = files.map(({ name }) => temporaryPathFor(path.join(dir, name)))
  try {
    await Promise.all(
      files.map(({ content }, index) =>
        writeAndSync(temps[index]!, content, { mode: options.mode ?? 0o644 }),
      ),
    )
    for (const [index, { name }] of files.entries()) await rename(temps[index]!, path.join(dir, name))
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true }).catch(() => undefined)))
    throw error
  }
  await syncFolder(dir)
}

/** The same steps for a caller whose API is synchronous (a small preferences object). */
export function writeFileDurablySync(file: string, content: string, options: DurableWriteOptions = {}): void {
  if (options.createFolder) fs.mkdirSync(path.dirname(file), { recursive: true, ...options.createFolder })
  const temp = temporaryPathFor(file)
  try {
    const fd = fs.openSync(temp, 'wx', options.mode ?? 0o644)
    try {
      fs.writeFileSync(fd, content)
      fs.fsyncSync(fd)
    } finally {
      fs.closeSync(fd)
    }
    fs.renameSync(temp, file)
  } catch (error) {
    fs.rmSync(temp, { force: true })
    throw error
  }
  syncFolderSync(path.dirname(file))
}

export interface SyncedWriteOptions {
  /** File mode from creation; without it the system's default (0o666 less the umask). */
  mode?: number
  /**
   * Replaces a file already at that path. Off by default ('wx'): a temporary path is never shared, so
   * one already there is a fault. The store sets it: its temporary names (pid + counter) may meet one
   * left by an earlier process that had the same pid.
   */
  overwrite?: boolean
}

/** Writes `file` and fsyncs it: the first step of a durable replace, all of one for a file no reader sees yet. */
export async function writeAndSync(
  file: string,
  content: string | Uint8Array,
  options: SyncedWriteOptions = {},
): Promise<void> {
  const handle = await open(file, options.overwrite ? 'w' : 'wx', options.mode)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The last steps of a durable replace: rename the synced temporary file over `file`, fsync the folder. */
export async function renameDurably(temp: string, file: string): Promise<void> {
  await rename(temp, file)
  await syncFolder(path.dirname(file))
}

// Windows cannot open a folder for this (there a rename is already durable); some filesystems refuse
// to fsync a folder. Either way the file itself is synced; nothing more can be done.
const FOLDER_SYNC_UNSUPPORTED = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES'])

/** Makes a rename or a new file in `dir` durable. */
export async function syncFolder(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => null)
  if (!handle) return
  try {
    await handle.sync()
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  } finally {
    await handle.close()
  }
}

function syncFolderSync(dir: string): void {
  let fd: number
  try {
    fd = fs.openSync(dir, 'r')
  } catch {
    return
  }
  try {
    fs.fsyncSync(fd)
  } catch (error) {
    if (!FOLDER_SYNC_UNSUPPORTED.has((error as NodeJS.ErrnoException).code ?? '')) throw error
  } finally {
    fs.closeSync(fd)
  }
}
