/**
 * One durable, content-addressed write: temp file, fsync, rename over, fsync the folder. Shared by the
 * attachment store and the kept originals of imported mail, so both survive a crash the same way.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { ComptoirError } from '../../../../shared/ipc/result'

/** Files being written carry this prefix; `sweepTemporaryFiles` clears crash leftovers. */
export const TEMP_PREFIX = '.tmp-'

export async function writeBlobDurably(dir: string, id: string, bytes: Uint8Array): Promise<void> {
  const target = path.join(dir, id)
  const temp = path.join(dir, `${TEMP_PREFIX}${id}-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    const handle = await open(temp, 'wx', 0o600)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, target)
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    throw new ComptoirError('STORE_ERROR', `Could not store ${id}: ${(error as Error).message}`)
  }
  // Make the rename itself durable; directories cannot be opened for this on Windows.
  const folder = await open(dir, 'r').catch(() => null)
  if (folder)
    await folder
      .sync()
      .catch(() => undefined)
      .finally(() => folder.close())
}
