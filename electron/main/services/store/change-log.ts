/**
 * The store's change log: every acknowledged command is one entry appended to a segment file and made
 * durable with ONE fdatasync. Rewriting a ~64 KB partition file through temp file, fsync, rename and a
 * folder fsync cost ~4 cache flushes and ~130 KB on disk per change; an entry of a few KB overwriting
 * zeros already allocated in a segment costs one flush (no size or block change: fdatasync has no
 * metadata to commit). The partitions catch up in the background (compaction.ts), and the log is
 * replayed over them at open.
 *
 * Segment `log/<seq>.log`: a file of SEGMENT_BYTES zeros written and fsynced before use, then entries
 * one after the other: magic (4 bytes), payload length (4), CRC-32 of the payload (4), JSON payload.
 * Reading stops at the first entry that is not whole: a torn tail (a kill mid-write) is dropped without
 * touching earlier entries. Entries carry whole records (a thread with its messages and reports, a
 * contact, an order, the meta), so replaying an entry over a newer partition file changes nothing:
 * the log never has to be cut at the exact point a partition was written.
 */
import { closeSync, fdatasyncSync, ftruncateSync, openSync, readFileSync, writeSync } from 'node:fs'
import { copyFile, mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { crc32 } from 'node:zlib'
import type { Contact, Message, Order, Report } from '../../../../shared/model/mailbox'
import { isTempFile, syncDir, writeAndSync } from './durable-file'
import type { WriteStats } from './durable-file'
import { DAMAGED_DIR } from './layout'
import type { MetaData, StoredThread } from './schema'
import type { StoreWarning } from '../../../../shared/model/store-warnings'

export const LOG_DIR = 'log'
export const SEGMENT_BYTES = 4 * 1024 * 1024
const MAGIC = 0x31474f4c // "LOG1", little-endian
const HEADER_BYTES = 12

/**
 * A thread as it stands after the change; `record: null` means it was deleted. Without `messages` and
 * `reports` the command changed the record alone: replay keeps the messages and reports the partition
 * holds. Still idempotent: each part (record, messages, reports) is whole, so after replaying the log
 * every part is the one of the last entry that carried it, or the file's when no entry since the
 * file's checkpoint did (then it has not changed since).
 */
export interface ThreadState {
  id: string
  record: StoredThread | null
  messages?: Message[]
  reports?: Report[]
}

/** What one command changed, as whole records. */
export interface LogEntry {
  threads?: ThreadState[]
  contacts?: Contact[]
  orders?: Order[]
  meta?: MetaData
}

export function encodeEntry(entry: LogEntry): Buffer {
  const json = JSON.stringify(entry)
  const length = Buffer.byteLength(json, 'utf8')
  // The JSON is encoded once, straight after the header (no intermediate buffer to copy).
  const out = Buffer.allocUnsafe(HEADER_BYTES + length)
  out.write(json, HEADER_BYTES, 'utf8')
  out.writeUInt32LE(MAGIC, 0)
  out.writeUInt32LE(length, 4)
  out.writeUInt32LE(crc32(out.subarray(HEADER_BYTES)), 8)
  return out
}

/** The whole entries at the start of a segment, where they end, and whether only zeros follow. */
export function decodeSegment(bytes: Buffer): { entries: LogEntry[]; end: number; clean: boolean } {
  const entries: LogEntry[] = []
  let at = 0
  while (at + HEADER_BYTES <= bytes.length && bytes.readUInt32LE(at) === MAGIC) {
    const length = bytes.readUInt32LE(at + 4)
    const start = at + HEADER_BYTES
    if (start + length > bytes.length) break
    const payload = bytes.subarray(start, start + length)
    if (crc32(payload) !== bytes.readUInt32LE(at + 8)) break
    try {
      entries.push(JSON.parse(payload.toString('utf8')) as LogEntry)
    } catch {
      break
    }
    at = start + length
  }
  return { entries, end: at, clean: isZero(bytes.subarray(at)) }
}

function isZero(bytes: Buffer): boolean {
  const zeros = Buffer.alloc(Math.min(bytes.length, 64 * 1024))
  for (let at = 0; at < bytes.length; at += zeros.length) {
    const chunk = bytes.subarray(at, at + zeros.length)
    if (!chunk.equals(zeros.subarray(0, chunk.length))) return false
  }
  return true
}

const segmentName = (seq: number) => `${String(seq).padStart(8, '0')}.log`
const parseSegment = (name: string) => {
  const match = /^(\d{8})\.log$/.exec(name)
  return match ? Number(match[1]) : null
}

interface Segment {
  seq: number
  /** Bytes of whole entries (the append position of the current segment). */
  used: number
}

interface OpenSegment extends Segment {
  fd: number
}

/** A fresh segment: zeros written and fsynced before the first entry, so appends change no metadata. */
/** A segment file written whole under a temporary name, then renamed: it appears complete or not at all. */
async function writeSegmentFile(dir: string, seq: number, content: Buffer): Promise<string> {
  const finalPath = path.join(dir, segmentName(seq))
  const tempPath = `${finalPath}.${process.pid}.tmp`
  await writeAndSync(tempPath, content)
  await rename(tempPath, finalPath)
  await syncDir(dir)
  return finalPath
}

async function createSegment(dir: string, seq: number, stats: WriteStats): Promise<OpenSegment> {
  const finalPath = await writeSegmentFile(dir, seq, Buffer.alloc(SEGMENT_BYTES))
  stats.bytes += SEGMENT_BYTES
  stats.files += 1
  return { seq, used: 0, fd: openSync(finalPath, 'r+') }
}

/** How far the partition files are known to hold the log: sealed segments to drop, a point in one. */
export interface Checkpoint {
  sealed: number[]
  seq: number
  offset: number
}

export class ChangeLog {
  private current: OpenSegment | null = null
  /** Entries up to here (in segment `seq`) are in durable partition files: replaying them is redundant. */
  private covered = { seq: 0, offset: 0 }
  /** The next segment, prepared in the background so a rotation rarely waits for 4 MB of zeros. */
  private next: Promise<OpenSegment> | null = null

  private constructor(
    readonly dir: string,
    private readonly stats: WriteStats,
    /** Segments before the current one, oldest first: still needed until compaction retires them. */
    private sealed: Segment[],
    private nextSeq: number,
  ) {}

  /**
   * Reads every segment, oldest first. A segment with entries followed by anything but zeros, other
   * than the last one written, lost acknowledged changes: a copy goes to `damaged/` and `warnings`
   * says so. Segments holding nothing are deleted.
   */
  static async open(
    storeDir: string,
    stats: WriteStats,
    warnings: StoreWarning[],
    now: Date,
  ): Promise<{ log: ChangeLog; entries: LogEntry[] }> {
    const dir = path.join(storeDir, LOG_DIR)
    await mkdir(dir, { recursive: true })
    const names = await readdir(dir)
    await Promise.all(names.filter(isTempFile).map((name) => rm(path.join(dir, name), { force: true })))
    const seqs = names
      .map(parseSegment)
      .filter((seq): seq is number => seq !== null)
      .sort((a, b) => a - b)
    const read = seqs.map((seq) => {
      const bytes = readFileSync(path.join(dir, segmentName(seq)))
      return { seq, size: bytes.length, ...decodeSegment(bytes) }
    })
    const lastWritten = read.findLastIndex((s) => s.entries.length > 0 || !s.clean)
    const entries: LogEntry[] = []
    const sealed: Segment[] = []
    // The spare the last session prepared and never used: zeros already on disk, reused as they are.
    const last = read.at(-1)
    const spare =
      last && read.length - 1 > lastWritten && last.clean && last.size === SEGMENT_BYTES ? last : null
    for (const [i, segment] of read.entries()) {
      if (segment === spare) continue
      if (segment.entries.length === 0 && (segment.clean || i === lastWritten)) {
        await rm(path.join(dir, segmentName(segment.seq)), { force: true })
        continue
      }
      if (!segment.clean && i !== lastWritten) {
        warnings.push(await damagedSegmentWarning(storeDir, segment.seq, now))
      }
      for (const entry of segment.entries) entries.push(entry)
      sealed.push({ seq: segment.seq, used: segment.end })
    }
    const log = new ChangeLog(dir, stats, sealed, (seqs.at(-1) ?? 0) + 1)
    if (spare)
      log.next = Promise.resolve({
        seq: spare.seq,
        used: 0,
        fd: openSync(path.join(dir, segmentName(spare.seq)), 'r+'),
      })
    else log.prepareNext()
    return { log, entries }
  }

  /** Appends one entry and makes it durable (one write, one fdatasync). */
  async append(entry: LogEntry): Promise<void> {
    const bytes = encodeEntry(entry)
    if (bytes.length > SEGMENT_BYTES) {
      await this.appendOversized(bytes)
      return
    }
    if (!this.current || this.current.used + bytes.length > SEGMENT_BYTES) await this.rotate()
    const segment = this.current!
    try {
      writeSync(segment.fd, bytes, 0, bytes.length, segment.used)
      fdatasyncSync(segment.fd)
    } catch (error) {
      // Bytes of the failed entry may have reached the file: zero them (best effort) so that they are
      // not mistaken for damage after a later rotation. The next entry overwrites them anyway.
      try {
        writeSync(segment.fd, Buffer.alloc(bytes.length), 0, bytes.length, segment.used)
      } catch {
        // the write already failed once; the reader stops at this entry either way
      }
      throw error
    }
    segment.used += bytes.length
    this.stats.bytes += bytes.length
    this.stats.files += 1
  }

  /** An entry larger than a segment (a bulk import) gets a segment of its own, written whole. */
  private async appendOversized(bytes: Buffer): Promise<void> {
    await this.rotate()
    const seq = this.current!.seq
    closeSync(this.current!.fd)
    await writeSegmentFile(this.dir, seq, bytes)
    this.stats.bytes += bytes.length
    this.stats.files += 1
    this.sealed.push({ seq, used: bytes.length })
    this.current = null
  }

  /** Seals the current segment: later entries go to a new one (a full segment, a backup). */
  async rotate(): Promise<void> {
    const previous = this.current
    if (previous) {
      this.current = null
      if (previous.used > 0) {
        // Dropping the zeros keeps backups small; a crash before this only leaves zeros, read as clean.
        try {
          ftruncateSync(previous.fd, previous.used)
        } catch {
          // zeros stay, which is harmless
        }
        this.sealed.push({ seq: previous.seq, used: previous.used })
      } else {
        await rm(path.join(this.dir, segmentName(previous.seq)), { force: true })
      }
      closeSync(previous.fd)
    }
    const next = this.next ?? this.prepareNext()
    this.next = null
    try {
      this.current = await next
    } catch (error) {
      this.prepareNext() // a full disk now may not be full at the next command
      throw error
    }
    this.prepareNext()
  }

  private prepareNext(): Promise<OpenSegment> {
    const next = createSegment(this.dir, this.nextSeq++, this.stats)
    next.catch(() => undefined) // awaited (and its failure reported) by the rotation that needs it
    this.next = next
    return next
  }

  /**
   * The point a compaction starting now covers once its files are durable. No rotation: creating a
   * 4 MB segment at every compaction would cost more than the few redundant entries it saves.
   */
  checkpoint(): Checkpoint {
    return {
      sealed: this.sealed.map((s) => s.seq),
      seq: this.current?.seq ?? 0,
      offset: this.current?.used ?? 0,
    }
  }

  /** Deletes the sealed segments of a checkpoint whose files are now durable. */
  async retire(checkpoint: Checkpoint): Promise<void> {
    const gone = new Set(checkpoint.sealed)
    this.sealed = this.sealed.filter((s) => !gone.has(s.seq))
    this.covered = { seq: checkpoint.seq, offset: checkpoint.offset }
    await Promise.all([...gone].map((seq) => rm(path.join(this.dir, segmentName(seq)), { force: true })))
  }

  /** Bytes of entries not yet known to be in the partition files. */
  pendingBytes(): number {
    const segments = [...this.sealed, ...(this.current ? [this.current] : [])]
    let pending = 0
    for (const segment of segments) {
      pending +=
        segment.used - (segment.seq === this.covered.seq ? Math.min(this.covered.offset, segment.used) : 0)
    }
    return pending
  }

  /** The segment files holding entries, relative to the store folder (for backups, once rotated). */
  sealedFiles(): string[] {
    return this.sealed.map((s) => path.join(LOG_DIR, segmentName(s.seq)))
  }

  /** Every entry on disk, in order (to rebuild memory from the disk after a failed write). */
  readEntries(): LogEntry[] {
    const entries: LogEntry[] = []
    const segments = [...this.sealed, ...(this.current ? [this.current] : [])]
    for (const segment of segments) {
      const bytes = readFileSync(path.join(this.dir, segmentName(segment.seq)))
      for (const entry of decodeSegment(bytes.subarray(0, segment.used)).entries) entries.push(entry)
    }
    return entries
  }

  async close(): Promise<void> {
    if (this.current) {
      closeSync(this.current.fd)
      this.current = null
    }
    const next = this.next
    this.next = null
    const prepared = await next?.catch(() => null)
    if (prepared) closeSync(prepared.fd)
  }
}

async function damagedSegmentWarning(storeDir: string, seq: number, now: Date): Promise<StoreWarning> {
  const file = path.join(LOG_DIR, segmentName(seq))
  const damagedDir = path.join(storeDir, DAMAGED_DIR)
  await mkdir(damagedDir, { recursive: true })
  const copy = path.join(DAMAGED_DIR, `${now.toISOString().replaceAll(':', '-')}__log__${segmentName(seq)}`)
  await copyFile(path.join(storeDir, file), path.join(storeDir, copy))
  return { kind: 'log-damaged', storeDir, file, copy }
}
