/**
 * The lowdb adapter of the store (and of the templates): JSON files written so that a crash at any
 * moment leaves either the old or the new content, never a mix. One file: the steps of
 * ../durable-write.ts (write and fsync a temporary file, rename it over the old one, fsync the folder).
 * What is the store's own: several files (one command touching several partitions) are staged first,
 * then a journal naming the renames is written — the commit point — then they are renamed and the
 * journal dropped; `recoverJournal` finishes an interrupted commit at the next open. Temporary files
 * are named `<file>.<pid>-<n>.tmp`, which that recovery sweeps.
 */
import { isAscii } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { readFile, rename, rm, readdir, mkdir } from 'node:fs/promises'
import path from 'node:path'
import type { Adapter } from 'lowdb'
import { renameDurably, syncFolder, writeAndSync as writeAndSyncFile } from '../durable-write'
import { JOURNAL_FILE } from './layout'
import type { FileDamage } from '../../../../shared/model/store-warnings'

/** Cumulative I/O counters, so the benchmark can tell how much one command wrote. */
export interface WriteStats {
  bytes: number
  files: number
}

export class DamagedFileError extends Error {
  constructor(
    readonly filePath: string,
    readonly reason: string,
    /** The kind of damage, which the UI words; `reason` is the developer detail. */
    readonly damage: FileDamage,
  ) {
    super(`${filePath}: ${reason}`)
    this.name = 'DamagedFileError'
  }
}

export interface StagedWrite {
  tempPath: string
  finalPath: string
  bytes: number
}

/**
 * JSON with every non-ASCII character escaped (`\u00e9`). Still standard JSON, ~5% larger for French
 * text, but an ASCII file decodes much faster at load, which is what the 800 ms budget needs.
 */
export function toJson(data: unknown): Buffer {
  const json = JSON.stringify(data).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  return Buffer.from(json, 'latin1')
}

let tempCounter = 0
const tempPathFor = (finalPath: string) => `${finalPath}.${process.pid}-${++tempCounter}.tmp`
export const isTempFile = (name: string) => name.endsWith('.tmp')

/** Writes and fsyncs a store file (a temporary one, or one no reader sees yet), replacing any there. */
export const writeAndSync = (filePath: string, content: string | Buffer): Promise<void> =>
  writeAndSyncFile(filePath, content, { overwrite: true })

/** Makes a rename or a new file durable (../durable-write.ts's `syncFolder`). */
export const syncDir = syncFolder

export class DurableJsonFile<T> implements Adapter<T> {
  /** Size of the file as last read or written; the store watches partition growth with it. */
  bytes = 0

  constructor(
    readonly filePath: string,
    private readonly isValid: (value: unknown) => value is T,
    private readonly stats: WriteStats,
  ) {}

  /**
   * Null when the file does not exist; `DamagedFileError` when it exists but cannot be trusted.
   * Synchronous underneath: at open a thousand small reads finish sooner without thread-pool hops.
   */
  async read(): Promise<T | null> {
    let raw: Buffer
    try {
      raw = readFileSync(this.filePath)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    let value: unknown
    try {
      // Files are written as ASCII (see `toJson`): decoding them as Latin-1 is ~3× faster than UTF-8.
      value = JSON.parse(isAscii(raw) ? raw.toString('latin1') : raw.toString('utf8'))
    } catch (error) {
      throw new DamagedFileError(
        this.filePath,
        `not valid JSON, probably truncated (${(error as Error).message})`,
        'not-json',
      )
    }
    if (!this.isValid(value))
      throw new DamagedFileError(
        this.filePath,
        'valid JSON but not the expected structure',
        'wrong-structure',
      )
    this.bytes = raw.length
    return value
  }

  async write(data: T): Promise<void> {
    const staged = await this.stage(data)
    await renameDurably(staged.tempPath, staged.finalPath)
  }

  /** First half of a write: the new content, durable under a temporary name. */
  async stage(data: T): Promise<StagedWrite> {
    return this.stageContent(toJson(data))
  }

  /** `stage` for content already serialized (compaction serializes under the queue, writes outside). */
  async stageContent(content: Buffer): Promise<StagedWrite> {
    const tempPath = tempPathFor(this.filePath)
    await writeAndSync(tempPath, content)
    this.bytes = content.length
    this.stats.bytes += content.length
    this.stats.files += 1
    return { tempPath, finalPath: this.filePath, bytes: content.length }
  }
}

interface Journal {
  renames: [string, string][]
}

/** Second half: makes the staged files live, atomically as a group. */
export async function commitStaged(
  storeDir: string,
  staged: StagedWrite[],
  stats: WriteStats,
): Promise<void> {
  if (staged.length === 0) return
  const dirs = [...new Set(staged.map((s) => path.dirname(s.finalPath)))]
  if (staged.length === 1) {
    const only = staged[0]!
    await renameDurably(only.tempPath, only.finalPath)
    return
  }
  const journalPath = path.join(storeDir, JOURNAL_FILE)
  const journal: Journal = {
    renames: staged.map((s) => [path.relative(storeDir, s.tempPath), path.relative(storeDir, s.finalPath)]),
  }
  const journalContent = JSON.stringify(journal)
  const journalTemp = tempPathFor(journalPath)
  await writeAndSync(journalTemp, journalContent)
  await renameDurably(journalTemp, journalPath) // the commit point: from here the group survives a crash
  stats.bytes += journalContent.length
  stats.files += 1
  await Promise.all(staged.map((s) => rename(s.tempPath, s.finalPath)))
  await Promise.all(dirs.map(syncDir))
  await rm(journalPath, { force: true })
}

/**
 * Finishes a commit interrupted after its journal was written (renames are redone where the temporary
 * file is still there), then removes temporary files of commits that never reached their journal.
 * Returns false when the journal itself is unreadable (it is then left for the caller to set aside).
 */
export async function recoverJournal(storeDir: string, liveDirs: string[]): Promise<boolean> {
  const journalPath = path.join(storeDir, JOURNAL_FILE)
  let text: string | null = null
  try {
    text = await readFile(journalPath, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
  }
  let healthy = true
  if (text !== null) {
    let journal: Journal | null = null
    try {
      journal = JSON.parse(text) as Journal
    } catch {
      healthy = false
    }
    if (journal && Array.isArray(journal.renames)) {
      for (const [from, to] of journal.renames) {
        try {
          await rename(path.join(storeDir, from), path.join(storeDir, to))
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
        }
      }
      const dirs = new Set(journal.renames.map(([, to]) => path.dirname(path.join(storeDir, to))))
      for (const dir of dirs) await syncDir(dir)
      await rm(journalPath, { force: true })
    } else {
      healthy = false
    }
  }
  for (const dir of [storeDir, ...liveDirs]) await removeTempFiles(dir)
  return healthy
}

async function removeTempFiles(dir: string): Promise<void> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch {
    return
  }
  await Promise.all(names.filter(isTempFile).map((name) => rm(path.join(dir, name), { force: true })))
}

/** Moves a damaged file into `damaged/` under a dated name; returns where it went (relative). */
export async function setAside(storeDir: string, filePath: string, stamp: Date): Promise<string> {
  const damagedDir = path.join(storeDir, 'damaged')
  await mkdir(damagedDir, { recursive: true })
  const relative = path.relative(storeDir, filePath).replaceAll(path.sep, '__')
  const target = path.join(damagedDir, `${stamp.toISOString().replaceAll(':', '-')}__${relative}`)
  await renameDurably(filePath, target)
  await syncDir(path.dirname(filePath))
  return path.relative(storeDir, target)
}

/** Writes a brand-new file durably where no reader looks yet (a new generation being built). */
export async function writeFresh(filePath: string, data: unknown, stats: WriteStats): Promise<number> {
  return writeFreshContent(filePath, toJson(data), stats)
}

/** `writeFresh` for content already serialized (growth serializes under the queue, writes outside). */
export async function writeFreshContent(
  filePath: string,
  content: Buffer,
  stats: WriteStats,
): Promise<number> {
  await writeAndSync(filePath, content)
  stats.bytes += content.length
  stats.files += 1
  return content.length
}
