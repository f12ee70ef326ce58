/**
 * One durable, content-addressed write, shared by the attachment store and the kept originals of
 * imported mail, so both survive a crash the same way (the steps are durable-write.ts's).
 */
import { writeFileDurably, writeFilesDurably } from '../durable-write'
import { writeFailure } from '../write-errors'
import path from 'node:path'

/** Files being written carry this prefix; `sweepTemporaryFiles` clears crash leftovers. */
export { TEMP_PREFIX } from '../durable-write'

export async function writeBlobDurably(dir: string, id: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileDurably(path.join(dir, id), bytes, { mode: 0o600 })
  } catch (error) {
    // A full disk gets its own code (DISK_FULL), worded by the renderer; nothing was stored.
    throw writeFailure(error, 'file')
  }
}

/** Several blobs with one wait for their fsyncs and one folder fsync (same guarantees, fewer flushes). */
export async function writeBlobsDurably(
  dir: string,
  blobs: { id: string; raw: Uint8Array }[],
): Promise<void> {
  try {
    await writeFilesDurably(
      dir,
      blobs.map(({ id, raw }) => ({ name: id, content: raw })),
      { mode: 0o600 },
    )
  } catch (error) {
    throw writeFailure(error, 'files')
  }
}
