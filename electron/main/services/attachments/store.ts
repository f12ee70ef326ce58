/**
 * Attachment bytes, content-addressed: each file is stored once under its SHA-256 (hex) in one folder
 * (`<userData>/attachments`), whatever name or thread it came with. Names live in the mailbox as data
 * (`AttachmentRef.name`, sanitised here). Reference counting belongs to the mailbox store: it calls
 * `remove` with the ids no message uses any more.
 */
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rm, stat, utimes } from 'node:fs/promises'
import path from 'node:path'
import { ComptoirError } from '../../../../shared/ipc/result'
import { reasonError } from '../../../../shared/ipc/error-details'
import { MAX_MESSAGE_BYTES } from '../../../../shared/model/attachments'
import type { AttachmentRefusal } from '../../../../shared/model/attachments'
import type { AttachmentRef, AttachmentType } from '../../../../shared/model/mailbox'
import { ATTACHMENT_TYPES } from '../../../../shared/model/mailbox'
import type { ContentVerdict } from './content'
import { inspectContent } from './content'
import { sanitizeFileName } from './file-name'
import { fileReason, TYPE_EXTENSIONS } from './reasons'
import { openSource } from './source'
import { TEMP_PREFIX, writeBlobDurably } from './blob-file'

/** An attachment id: the lower-case hex SHA-256 of its content, and its file name in the store. */
export const ATTACHMENT_ID_PATTERN = /^[0-9a-f]{64}$/

export const MIME_TYPES: Record<AttachmentType, string> = {
  txt: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  png: 'image/png',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

export interface StoredAttachmentContent {
  bytes: Uint8Array
  type: AttachmentType
  /** The real type's MIME, from the content (text carries its charset). */
  mime: string
}

export function isAttachmentId(id: unknown): id is string {
  return typeof id === 'string' && ATTACHMENT_ID_PATTERN.test(id)
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

async function inspectBytes(bytes: Uint8Array): Promise<ContentVerdict> {
  return inspectContent(await openSource(bytes))
}

function mimeOf(verdict: ContentVerdict & { ok: true }): string {
  if (verdict.type === 'txt' && verdict.encoding && verdict.encoding !== 'utf-8') {
    return `text/plain; charset=${verdict.encoding}`
  }
  return MIME_TYPES[verdict.type]
}

export class AttachmentStore {
  /** Files stored for a message not yet saved: neither a purge nor the orphan collector may take them. */
  private readonly inUse = new Map<string, number>()

  constructor(readonly dir: string) {}

  /** Marks `ids` as about to be referenced until the returned function is called. */
  hold(ids: string[]): () => void {
    for (const id of ids) this.inUse.set(id, (this.inUse.get(id) ?? 0) + 1)
    return () => {
      for (const id of ids) {
        const count = (this.inUse.get(id) ?? 1) - 1
        if (count > 0) this.inUse.set(id, count)
        else this.inUse.delete(id)
      }
    }
  }

  private pathOf(id: string): string {
    if (!isAttachmentId(id)) {
      throw reasonError('BAD_REQUEST', 'Invalid attachment id.', { reason: 'attachment-id-invalid' })
    }
    return path.join(this.dir, id)
  }

  /**
   * Stores `bytes` once (a second put of the same content writes nothing) and returns its reference.
   * The content must really be of `type`: the store never holds what validation would refuse.
   */
  async put(bytes: Uint8Array, originalName: string, type: AttachmentType): Promise<AttachmentRef> {
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(type)) {
      throw new ComptoirError('BAD_REQUEST', `Unknown attachment type: ${String(type)}`)
    }
    const name = sanitizeFileName(originalName)
    if (bytes.byteLength === 0 || bytes.byteLength > MAX_MESSAGE_BYTES) {
      const size = bytes.byteLength
      throw refusedFile(name, size === 0 ? { code: 'empty' } : { code: 'too-large', bytes: size })
    }
    const content = await inspectBytes(bytes)
    if (!content.ok || content.type !== type) {
      // Content of another accepted type than the one stated: named as a name/content mismatch.
      throw refusedFile(
        name,
        content.ok
          ? {
              code: 'extension-mismatch',
              what: { worded: content.type },
              extensions: [...TYPE_EXTENSIONS[type]],
            }
          : content.refusal,
      )
    }
    const id = sha256Hex(bytes)
    const target = this.pathOf(id)
    const existing = await stat(target).catch(() => null)
    if (existing?.isFile() && existing.size === bytes.byteLength) {
      // Fresh again: the orphan collector spares recent files, and this one is about to be used.
      const now = new Date()
      await utimes(target, now, now).catch(() => undefined)
      return { id, name, type, bytes: bytes.byteLength }
    }
    await mkdir(this.dir, { recursive: true })
    await writeBlobDurably(this.dir, id, bytes)
    return { id, name, type, bytes: bytes.byteLength }
  }

  /** The bytes and real type of a stored attachment, or null when there is none. Throws on a malformed id. */
  async read(id: string): Promise<StoredAttachmentContent | null> {
    const file = this.pathOf(id)
    let bytes: Uint8Array
    try {
      const buffer = await readFile(file)
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength)
    } catch (error) {
      if ((error as { code?: unknown }).code === 'ENOENT') return null
      throw new ComptoirError('STORE_ERROR', `Could not read attachment ${id}: ${(error as Error).message}`)
    }
    if (sha256Hex(bytes) !== id) throw new ComptoirError('STORE_ERROR', `Attachment ${id} is damaged.`)
    const content = await inspectBytes(bytes)
    if (!content.ok) throw new ComptoirError('STORE_ERROR', `Attachment ${id} is not an accepted type.`)
    return { bytes, type: content.type, mime: mimeOf(content) }
  }

  /** False for a malformed id, never an error. */
  async has(id: string): Promise<boolean> {
    if (!isAttachmentId(id)) return false
    return (await stat(path.join(this.dir, id)).catch(() => null))?.isFile() ?? false
  }

  /**
   * Deletes these attachments (missing ones are fine), except those held for a message being saved.
   * Every id is checked before anything is deleted.
   */
  async remove(ids: string[]): Promise<void> {
    const files = ids.map((id) => this.pathOf(id))
    for (const [index, file] of files.entries()) {
      if (!this.inUse.has(ids[index]!)) await rm(file, { force: true })
    }
  }

  /** Every stored id (for sweeping files no message references). */
  async list(): Promise<string[]> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    return names.filter((name) => ATTACHMENT_ID_PATTERN.test(name)).sort()
  }

  /**
   * Deletes stored files no message references (`isReferenced` is asked for each, at that moment) and
   * older than `graceMs`: a file put a moment ago may be about to be referenced by the message being
   * sent. Returns how many were deleted.
   */
  async collectOrphans(
    isReferenced: (id: string) => boolean,
    graceMs: number,
    now = Date.now(),
  ): Promise<number> {
    let deleted = 0
    for (const id of await this.list()) {
      if (isReferenced(id)) continue
      const info = await stat(path.join(this.dir, id)).catch(() => null)
      if (!info?.isFile() || now - info.mtimeMs < graceMs) continue
      if (isReferenced(id) || this.inUse.has(id)) continue // a message may have arrived meanwhile
      await rm(path.join(this.dir, id), { force: true })
      deleted++
    }
    return deleted
  }

  /** Deletes temporary files left by a crash in the middle of a put; call once at start-up. */
  async sweepTemporaryFiles(): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[])
    const temps = names.filter((name) => name.startsWith(TEMP_PREFIX))
    for (const name of temps) await rm(path.join(this.dir, name), { force: true })
    return temps.length
  }
}

/** A file refused on `put`, shaped like a validation verdict so the renderer words it the same way. */
/** A refused file, as the send command's refusals cross: the CLI's English for logs, the refusal as data. */
function refusedFile(name: string, refusal: AttachmentRefusal): ComptoirError {
  return new ComptoirError('ATTACHMENT_REFUSED', fileReason(name, refusal).en, {
    files: [{ file: name, accepted: false, refusal }],
  })
}
