/**
 * Report files sent by the app, in pieces. A browser cannot hand over file paths, so the renderer
 * sends the bytes; in chunks, because one request per report would be up to ~27 MB of base64 JSON, and
 * so the user sees progress and can cancel between chunks. Pieces are held in memory (reports are
 * small) until the import reads them or the upload is discarded; an abandoned one expires.
 */
import { randomUUID } from 'node:crypto'
import { ComptoirError } from '../../../../shared/ipc/result'
import { reasonError } from '../../../../shared/ipc/error-details'
import type { ReportFile } from './import-orders'

/** The largest report accepted from the app (Seller Central's are usually well under 20 MB). */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024
/** What all uploads under way may hold together. */
const MAX_STAGED_BYTES = 256 * 1024 * 1024
const EXPIRES_MS = 15 * 60_000

interface Upload {
  name: string
  bytes: Uint8Array
  received: number
  touchedAt: number
}

export class ReportUploads {
  private readonly uploads = new Map<string, Upload>()

  constructor(private readonly now: () => number = Date.now) {}

  begin(name: string, size: number): { uploadId: string } {
    this.expire()
    if (size > MAX_UPLOAD_BYTES) {
      const megabytes = Math.round(size / 1e6)
      const limit = MAX_UPLOAD_BYTES / 1024 / 1024
      throw reasonError(
        'BAD_REQUEST',
        `${name} is ${megabytes} MB; order reports up to ${limit} MB are accepted.`,
        {
          reason: 'report-too-large',
          name,
          megabytes,
          limit,
        },
      )
    }
    if (this.stagedBytes() + size > MAX_STAGED_BYTES) {
      throw reasonError('BAD_REQUEST', 'Too many reports are being sent at once; try fewer files.', {
        reason: 'too-many-uploads',
      })
    }
    const uploadId = randomUUID()
    this.uploads.set(uploadId, { name, bytes: new Uint8Array(size), received: 0, touchedAt: this.now() })
    return { uploadId }
  }

  /** Chunks arrive in order: `offset` must be what was received so far (a lost chunk is an error). */
  append(uploadId: string, offset: number, chunk: Uint8Array): { received: number } {
    const upload = this.get(uploadId)
    if (offset !== upload.received) {
      throw new ComptoirError('BAD_REQUEST', `Expected the piece at byte ${upload.received}, got ${offset}.`)
    }
    if (offset + chunk.length > upload.bytes.length) {
      throw new ComptoirError('BAD_REQUEST', `More bytes than announced for ${upload.name}.`)
    }
    upload.bytes.set(chunk, offset)
    upload.received += chunk.length
    upload.touchedAt = this.now()
    return { received: upload.received }
  }

  /** The complete files, removed from staging (each upload is read once). */
  take(uploadIds: readonly string[]): ReportFile[] {
    const files = uploadIds.map((id) => {
      const upload = this.get(id)
      if (upload.received !== upload.bytes.length) {
        throw new ComptoirError('BAD_REQUEST', `${upload.name} has not been fully sent yet.`)
      }
      return { name: upload.name, bytes: upload.bytes }
    })
    for (const id of uploadIds) this.uploads.delete(id)
    return files
  }

  discard(uploadIds: readonly string[]): void {
    for (const id of uploadIds) this.uploads.delete(id)
  }

  private get(uploadId: string): Upload {
    this.expire()
    const upload = this.uploads.get(uploadId)
    if (!upload)
      throw reasonError('NOT_FOUND', 'This upload is unknown or expired; send the file again.', {
        reason: 'upload-expired',
      })
    return upload
  }

  private stagedBytes(): number {
    let total = 0
    for (const upload of this.uploads.values()) total += upload.bytes.length
    return total
  }

  private expire(): void {
    const limit = this.now() - EXPIRES_MS
    for (const [id, upload] of this.uploads) if (upload.touchedAt < limit) this.uploads.delete(id)
  }
}
