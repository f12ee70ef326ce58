/**
 * The kept originals of imported mail (`<userData>/raw/<sha256>`), content-addressed and written
 * durably like attachments. They are evidence: the app never serves them as attachments (a refused
 * executable stays inside its original, out of reach); exports read them back by id.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { ComptoirError } from '../../../../shared/ipc/result'
import type { RawMailRef } from '../../../../shared/model/mailbox'
import { isAttachmentId, sha256Hex } from '../attachments'
import { TEMP_PREFIX, writeBlobDurably, writeBlobsDurably } from '../attachments/blob-file'

export class RawMailStore {
  constructor(readonly dir: string) {}

  private pathOf(id: string): string {
    if (!isAttachmentId(id)) throw new ComptoirError('BAD_REQUEST', 'Invalid raw mail id.')
    return path.join(this.dir, id)
  }

  /** Stores the bytes once (a second put of the same mail writes nothing). */
  async put(raw: Uint8Array, id: string = sha256Hex(raw)): Promise<RawMailRef> {
    const existing = await stat(this.pathOf(id)).catch(() => null)
    if (!(existing?.isFile() && existing.size === raw.byteLength)) {
      await mkdir(this.dir, { recursive: true })
      await writeBlobDurably(this.dir, id, raw)
    }
    return { id, bytes: raw.byteLength }
  }

  /**
   * Many originals at once (bulk import): each written to a temp file, all fsynced together (the
   * filesystem commits them in one journal flush instead of one per mail), renamed, one folder fsync.
   */
  async putMany(items: { raw: Uint8Array; id: string }[]): Promise<RawMailRef[]> {
    const missing: { raw: Uint8Array; id: string }[] = []
    const seen = new Set<string>()
    for (const item of items) {
      if (seen.has(item.id)) continue
      seen.add(item.id)
      const existing = await stat(this.pathOf(item.id)).catch(() => null)
      if (!(existing?.isFile() && existing.size === item.raw.byteLength)) missing.push(item)
    }
    if (missing.length > 0) {
      await mkdir(this.dir, { recursive: true })
      await writeBlobsDurably(this.dir, missing)
    }
    return items.map(({ raw, id }) => ({ id, bytes: raw.byteLength }))
  }

  /** The original bytes, checked against their hash; null when absent. */
  async read(id: string): Promise<Uint8Array | null> {
    let buffer: Buffer
    try {
      buffer = await readFile(this.pathOf(id))
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null
      throw new ComptoirError('STORE_ERROR', `Could not read raw mail ${id}: ${(error as Error).message}`)
    }
    if (sha256Hex(buffer) !== id) throw new ComptoirError('STORE_ERROR', `Raw mail ${id} is damaged.`)
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  }

  async remove(ids: string[]): Promise<void> {
    const files = ids.map((id) => this.pathOf(id))
    for (const file of files) await rm(file, { force: true })
  }

  async sweepTemporaryFiles(): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const temps = names.filter((name) => name.startsWith(TEMP_PREFIX))
    for (const name of temps) await rm(path.join(this.dir, name), { force: true })
    return temps.length
  }
}
