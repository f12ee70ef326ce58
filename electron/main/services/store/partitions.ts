/**
 * The files of a store as lowdb databases: one `Low` for the meta file and one per partition, all on
 * `DurableJsonFile`. Loads a generation (setting damaged files aside), commits the files a command
 * touched, and writes whole new generations for bulk changes.
 */
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { Low } from 'lowdb'
import { DamagedFileError, DurableJsonFile, setAside, syncDir, writeFresh } from './durable-file'
import type { WriteStats } from './durable-file'
import { MANIFEST_FILE, generationDir, metaPath, parseGenerationDir, partitionPath } from './layout'
import type { GenerationId } from './layout'
import {
  MANIFEST_FORMAT,
  SCHEMA_VERSION,
  emptyMeta,
  emptyPartition,
  isManifest,
  isMetaData,
  isPartitionData,
} from './schema'
import type { Manifest, MetaData, PartitionData } from './schema'
import type { ChangeLog, LogEntry } from './change-log'
import { replayEntry } from './log-entry'
import type { LostContent, StoreWarning } from '../../../../shared/model/store-warnings'

/** How many files are read or written at once: enough to keep the disk busy, not the thread pool. */
const IO_CONCURRENCY = 16

export async function inBatches<T>(
  items: T[],
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const index = next++
      await work(items[index]!, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(IO_CONCURRENCY, items.length) }, worker))
}

export const manifestFile = (storeDir: string, stats: WriteStats) =>
  new DurableJsonFile<Manifest>(path.join(storeDir, MANIFEST_FILE), isManifest, stats)

export const newManifest = (
  generation: number,
  partitionCount: number,
  everyPartitionWritten = true,
): Manifest => ({
  format: MANIFEST_FORMAT,
  schemaVersion: SCHEMA_VERSION,
  generation,
  partitionCount,
  everyPartitionWritten,
})

export class PartitionSet {
  /** Where commands are made durable; set by the store right after the files are read. */
  log: ChangeLog | null = null
  /** Partitions (and the meta) whose file lags behind memory: changes only the log holds yet. */
  dirty = new Set<number>()
  metaDirty = false
  /** Partitions compaction is writing: their file lags until renamed, so their bodies stay held. */
  writing = new Set<number>()
  /** While a growth copies partitions: those whose records changed since (growth.ts). */
  changedSince: Set<number> | null = null

  private constructor(
    readonly storeDir: string,
    readonly manifest: Manifest,
    readonly meta: Low<MetaData>,
    readonly partitions: Low<PartitionData>[],
    private readonly stats: WriteStats,
  ) {}

  get partitionCount(): number {
    return this.partitions.length
  }

  /**
   * Reads every file of the manifest's generation. Damaged files are set aside and lost ones noted;
   * either is replaced by an empty file (so the user is told once) and each adds a sentence to
   * `warnings`.
   */
  static async load(
    storeDir: string,
    manifest: Manifest,
    stats: WriteStats,
    warnings: StoreWarning[],
    now: Date,
    yieldBetweenFiles = false,
    /** Each partition as soon as it is read (or replaced by an empty one): the open indexes it then. */
    onPartition?: (index: number, db: Low<PartitionData>, all: Low<PartitionData>[]) => void,
  ) {
    const generation = manifest
    const meta = new Low(new DurableJsonFile(metaPath(storeDir, generation), isMetaData, stats), emptyMeta())
    const partitions = Array.from(
      { length: manifest.partitionCount },
      (_, index) =>
        new Low(
          new DurableJsonFile(partitionPath(storeDir, generation, index), isPartitionData, stats),
          emptyPartition(),
        ),
    )
    const missing: string[] = []
    const absent: Low<MetaData | PartitionData>[] = []
    const readOrSetAside = async (
      db: Low<MetaData> | Low<PartitionData>,
      lost: LostContent,
      expected: boolean,
    ): Promise<void> => {
      if (yieldBetweenFiles) await new Promise((resolve) => setImmediate(resolve))
      try {
        const data = await db.adapter.read()
        if (data !== null) db.data = data
        else if (expected) {
          missing.push(path.relative(storeDir, (db.adapter as DurableJsonFile<unknown>).filePath))
          await writeBlank(db)
        } else absent.push(db as Low<MetaData | PartitionData>)
      } catch (error) {
        if (!(error instanceof DamagedFileError)) throw error
        const where = await setAside(storeDir, error.filePath, now)
        const file = path.relative(storeDir, error.filePath)
        warnings.push({
          kind: 'file-damaged',
          storeDir,
          file,
          damage: error.damage,
          reason: error.reason,
          where,
          lost,
        })
        await writeBlank(db)
      }
    }
    // meta.json is always written; partition files are when the manifest says so (see schema.ts).
    await readOrSetAside(meta, 'meta', true)
    if (missing.length > 0)
      warnings.push({ kind: 'files-missing', storeDir, files: missing.splice(0), lost: 'meta' })
    await inBatches(partitions, async (db, index) => {
      await readOrSetAside(db, 'partition', manifest.everyPartitionWritten === true)
      onPartition?.(index, db, partitions)
    })
    if (missing.length > 0)
      warnings.push({ kind: 'files-missing', storeDir, files: missing.sort(), lost: 'partition' })
    let live = manifest
    if (manifest.everyPartitionWritten !== true) {
      // A store written before empty partitions had files: give them one, so a later loss is seen.
      try {
        await inBatches(absent, (db) => db.write())
        const upgraded = { ...manifest, everyPartitionWritten: true }
        await manifestFile(storeDir, stats).write(upgraded)
        live = upgraded
      } catch {
        // Not writable now (full disk…): the store opens as it was and upgrades at a later open.
      }
    }
    return new PartitionSet(storeDir, live, meta, partitions, stats)
  }

  /**
   * The meta alone, no partition read yet: what an early open holds until its background load
   * replaces it (mailbox-store.ts; nothing reads a partition before).
   */
  static metaOnly(storeDir: string, manifest: Manifest, meta: MetaData, stats: WriteStats) {
    const metaDb = new Low(new DurableJsonFile(metaPath(storeDir, manifest), isMetaData, stats), meta)
    return new PartitionSet(storeDir, manifest, metaDb, [], stats)
  }

  /** Wraps a generation just written by `writeGeneration`, without reading it back. */
  static fromData(
    storeDir: string,
    written: WrittenGeneration,
    meta: MetaData,
    data: PartitionData[],
    stats: WriteStats,
  ) {
    const { manifest, partitionBytes } = written
    const metaDb = new Low(new DurableJsonFile(metaPath(storeDir, manifest), isMetaData, stats), meta)
    const partitions = data.map((partition, index) => {
      const adapter = new DurableJsonFile(partitionPath(storeDir, manifest, index), isPartitionData, stats)
      adapter.bytes = partitionBytes[index] ?? 0
      return new Low(adapter, partition)
    })
    return new PartitionSet(storeDir, manifest, metaDb, partitions, stats)
  }

  /**
   * Makes one command durable: its entry is appended to the change log (one fdatasync); the touched
   * files now lag behind memory until a compaction writes them.
   */
  async commit(entry: LogEntry, touched: { partitions: Iterable<number>; meta: boolean }): Promise<void> {
    if (!this.log) throw new Error('The change log is not open.')
    await this.log.append(entry)
    for (const partition of touched.partitions) {
      this.dirty.add(partition)
      this.changedSince?.add(partition)
    }
    if (touched.meta) this.metaDirty = true
  }

  /** Puts logged changes over the files just read (at open); the partitions they touch are dirty. */
  replay(entries: readonly LogEntry[]): void {
    const target = {
      partitions: this.partitions,
      meta: this.meta,
      includeMeta: true,
      touched: this.dirty,
    }
    for (const entry of entries) {
      replayEntry(target, entry)
      if (entry.meta) this.metaDirty = true
    }
  }

  /** Re-reads files and the log after a failed commit, so memory matches disk again. */
  async reload(partitionIndexes: Iterable<number>, metaTouched: boolean): Promise<void> {
    const only = new Set(partitionIndexes)
    for (const partition of only) this.changedSince?.add(partition) // new arrays: a growth's copy is stale
    if (metaTouched) {
      this.meta.data = emptyMeta() // a meta file missing on disk is empty, not what memory held
      await this.meta.read()
    }
    for (const index of only) {
      const db = this.partitions[index]!
      db.data = emptyPartition()
      await db.read()
    }
    const target = {
      partitions: this.partitions,
      meta: this.meta,
      only,
      includeMeta: metaTouched,
      touched: new Set<number>(),
    }
    for (const entry of this.log?.readEntries() ?? []) replayEntry(target, entry)
  }

  averagePartitionBytes(): number {
    let total = 0
    for (const db of this.partitions) total += (db.adapter as DurableJsonFile<PartitionData>).bytes
    return total / this.partitions.length
  }
}

/** Puts an empty file where one was lost, so the loss is reported once; a failure changes nothing. */
async function writeBlank(db: Low<MetaData> | Low<PartitionData>): Promise<void> {
  await (db as Low<MetaData | PartitionData>).write().catch(() => undefined)
}

/**
 * Writes a complete generation beside the live one and switches the manifest to it (the commit point),
 * then removes the generations it supersedes. Used by import, growth and migrations.
 */
export interface WrittenGeneration {
  manifest: Manifest
  partitionBytes: number[]
}

export async function writeGeneration(
  storeDir: string,
  generationNumber: number,
  meta: MetaData,
  partitions: PartitionData[],
  stats: WriteStats,
): Promise<WrittenGeneration> {
  const generation = { generation: generationNumber, partitionCount: partitions.length }
  const dir = generationDir(storeDir, generation)
  await rm(dir, { recursive: true, force: true }) // leftovers of an interrupted attempt
  await mkdir(dir, { recursive: true })
  await writeFresh(metaPath(storeDir, generation), meta, stats)
  const partitionBytes = partitions.map(() => 0)
  // Empty partitions are written too: then a missing file at open is known to be a lost one.
  await inBatches(partitions, async (data, index) => {
    partitionBytes[index] = await writeFresh(partitionPath(storeDir, generation, index), data, stats)
  })
  await syncDir(dir)
  await syncDir(storeDir)
  const manifest = newManifest(generationNumber, partitions.length)
  await manifestFile(storeDir, stats).write(manifest)
  // The new generation is live from here: a failed clean-up must not make the caller believe
  // otherwise (memory would then follow the old one); the next open removes what is left.
  await removeOtherGenerations(storeDir, manifest).catch(() => undefined)
  return { manifest, partitionBytes }
}

export async function listGenerations(storeDir: string): Promise<GenerationId[]> {
  const names = await readdir(storeDir).catch(() => [] as string[])
  return names
    .map(parseGenerationDir)
    .filter((g): g is GenerationId => g !== null)
    .sort((a, b) => a.generation - b.generation)
}

/** Older generations are superseded, newer ones are unfinished bulk writes: neither is live data. */
export async function removeOtherGenerations(storeDir: string, live: GenerationId): Promise<void> {
  for (const other of await listGenerations(storeDir)) {
    if (other.generation !== live.generation || other.partitionCount !== live.partitionCount) {
      await rm(generationDir(storeDir, other), { recursive: true, force: true })
    }
  }
}
