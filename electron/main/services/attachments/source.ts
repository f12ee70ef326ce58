/**
 * Random access to a candidate attachment, whether it is a file on disk or bytes already in memory,
 * counting what is read so tests (and the benchmark) can hold the validator to "as few bytes as it can".
 */
import { constants } from 'node:fs'
import type { FileHandle } from 'node:fs/promises'
import { open, stat } from 'node:fs/promises'

export interface ByteSource {
  readonly size: number
  /** Bytes actually read so far (from disk, or copied out of memory). */
  readonly bytesRead: number
  /** Up to `length` bytes from `position` (fewer at the end of the file). */
  read(position: number, length: number): Promise<Uint8Array>
  /** The whole content, in order, `chunkSize` bytes at a time. */
  chunks(chunkSize: number): AsyncGenerator<Uint8Array>
  close(): Promise<void>
}

/** Why a source could not be opened: an errno code ('ENOENT', 'EACCES'…) or 'ENOTFILE'. */
export class UnreadableError extends Error {
  constructor(readonly code: string) {
    super(`unreadable (${code})`)
    this.name = 'UnreadableError'
  }
}

class MemorySource implements ByteSource {
  bytesRead = 0
  constructor(private readonly bytes: Uint8Array) {}

  get size(): number {
    return this.bytes.byteLength
  }

  async read(position: number, length: number): Promise<Uint8Array> {
    const slice = this.bytes.subarray(position, Math.min(this.size, position + length))
    this.bytesRead += slice.byteLength
    return slice
  }

  async *chunks(chunkSize: number): AsyncGenerator<Uint8Array> {
    for (let position = 0; position < this.size; position += chunkSize) yield this.read(position, chunkSize)
  }

  async close(): Promise<void> {}
}

class FileSource implements ByteSource {
  bytesRead = 0
  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  async read(position: number, length: number): Promise<Uint8Array> {
    const wanted = Math.max(0, Math.min(length, this.size - position))
    const buffer = Buffer.alloc(wanted)
    let filled = 0
    while (filled < wanted) {
      const { bytesRead } = await this.handle.read(buffer, filled, wanted - filled, position + filled)
      if (bytesRead === 0) break // the file shrank under us: return what there is
      filled += bytesRead
    }
    this.bytesRead += filled
    return buffer.subarray(0, filled)
  }

  async *chunks(chunkSize: number): AsyncGenerator<Uint8Array> {
    for (let position = 0; position < this.size; position += chunkSize) {
      const chunk = await this.read(position, chunkSize)
      if (chunk.byteLength === 0) return
      yield chunk
    }
  }

  async close(): Promise<void> {
    await this.handle.close()
  }
}

function errnoCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' ? code : 'EIO'
}

/**
 * Opens a path without following it into a FIFO or device (which could block or never end): a stat
 * first, then a non-blocking open and an fstat of the handle actually opened.
 */
export async function openSource(source: string | Uint8Array): Promise<ByteSource> {
  if (typeof source !== 'string') return new MemorySource(source)
  let handle: FileHandle
  try {
    if (!(await stat(source)).isFile()) throw new UnreadableError('ENOTFILE')
    handle = await open(source, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0))
  } catch (error) {
    throw error instanceof UnreadableError ? error : new UnreadableError(errnoCode(error))
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw new UnreadableError('ENOTFILE')
    return new FileSource(handle, info.size)
  } catch (error) {
    await handle.close().catch(() => undefined)
    throw error instanceof UnreadableError ? error : new UnreadableError(errnoCode(error))
  }
}
