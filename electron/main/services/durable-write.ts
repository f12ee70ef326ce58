/**
 * The one way Comptoir replaces a file so that a crash or a power cut leaves the old content or the
 * new one, never half of either: write a temporary file beside it (created with its final mode, so a
 * secret is never readable by others even for a moment), fsync it, rename it over the target, fsync
 * the folder so the rename itself survives. On failure the temporary file is removed (it must not
 * linger on a full disk) and the error is rethrown as it came; callers word it (`writeFailure`).
 *
 * Used by the settings and preference files, the reply templates' neighbours, the mail account, its
 * secret, the sync state and the Outbox, and the content-addressed attachment and raw-mail stores. The
 * mailbox store's multi-file commits (journal, recovery) build on the same steps in store/durable-file.ts.
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
    await writeAndSync(temp, content, options.mode ?? 0o644)
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
      files.map(({ content }, index) => writeAndSync(temps[index]!, content, options.mode ?? 0o644)),
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

async function writeAndSync(temp: string, content: string | Uint8Array, mode: number): Promise<void> {
  // 'wx': a temporary path is never shared; the mode applies from creation.
  const handle = await open(temp, 'wx', mode)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
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
