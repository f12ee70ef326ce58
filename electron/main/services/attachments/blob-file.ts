/**
 * One durable, content-addressed write: temp file, fsync, rename over, fsync the folder. Shared by the
 * attachment store and the kept originals of imported mail, so both survive a crash the same way.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { writeFailure } from '../write-errors'

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
    // A full disk gets its own code (DISK_FULL), worded by the renderer; nothing was stored.
    throw writeFailure(error, 'file')
  }
  // Make the rename itself durable.
  await syncFolder(dir)
}

/** Several blobs with one wait for their fsyncs and one folder fsync (same guarantees, fewer flushes). */
export async function writeBlobsDurably(
  dir: string,
  blobs: { id: string; raw: Uint8Array }[],
): Promise<void> {
  const temps = blobs.map(({ id }) =>
    path.join(dir, `${TEMP_PREFIX}${id}-${process.pid}-${randomBytes(4).toString('hex')}`),
  )
  try {
    await Promise.all(
      blobs.map(async ({ raw }, index) => {
        const handle = await open(temps[index]!, 'wx', 0o600)
        try {
          await handle.writeFile(raw)
          await handle.sync()
        } finally {
          await handle.close()
        }
      }),
    )
    for (const [index, { id }] of blobs.entries()) await rename(temps[index]!, path.join(dir, id))
  } catch (error) {
    await Promise.all(temps.map((temp) => rm(temp, { force: true }).catch(() => undefined)))
    throw writeFailure(error, 'files')
  }
  await syncFolder(dir)
}

async function syncFolder(dir: string): Promise<void> {
  // Directories cannot be opened for this on Windows.
  const folder = await open(dir, 'r').catch(() => null)
  if (folder)
    await folder
      .sync()
      .catch(() => undefined)
      .finally(() => folder.close())
}
