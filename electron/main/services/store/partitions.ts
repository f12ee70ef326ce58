/**
 * The files of a store as lowdb databases: one `Low` for the meta file and one per partition, all on
 * `DurableJsonFile`. Loads a generation (setting damaged files aside), commits the files a command
 * touched, and writes whole new generations for bulk changes.
 */
import { mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { Low } from 'lowdb'
import {
  DamagedFileError,
  DurableJsonFile,
  commitStaged,
  setAside,
  syncDir,
  writeFresh,
} from './durable-file'
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

export const newManifest = (generation: number, partitionCount: number): Manifest => ({
  format: MANIFEST_FORMAT,
  schemaVersion: SCHEMA_VERSION,
  generation,
  partitionCount,
})

export class PartitionSet {
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
   * Reads every file of the manifest's generation. Damaged files are set aside and replaced by empty
   * data; each one adds a sentence to `warnings`.
   */
  static async load(storeDir: string, manifest: Manifest, stats: WriteStats, warnings: string[], now: Date) {
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
    // Warnings reach the user as they are (the banner), so they are written in French, then English.
    const readOrSetAside = async (
      db: Low<MetaData> | Low<PartitionData>,
      whatIsLost: { fr: string; en: string },
    ) => {
      try {
        await db.read()
      } catch (error) {
        if (!(error instanceof DamagedFileError)) throw error
        const where = await setAside(storeDir, error.filePath, now)
        const file = path.relative(storeDir, error.filePath)
        warnings.push(
          `Fichier de la boîte endommagé ${file} (${error.reason}), mis de côté sous ${where} dans ` +
            `${storeDir} ; ${whatIsLost.fr}. Le reste de la boîte s’est ouvert normalement. / ` +
            `Damaged store file ${file} (${error.reason}) was set aside as ` +
            `${where} in ${storeDir}; ${whatIsLost.en}. The rest of the mailbox opened normally.`,
        )
      }
    }
    await readOrSetAside(meta, {
      fr: 'les dossiers, étiquettes et le propriétaire qu’il contenait manquent',
      en: 'the folders, labels and owner it held are missing',
    })
    await inBatches(partitions, (db) =>
      readOrSetAside(db, {
        fr: 'les conversations, messages et contacts qu’il contenait manquent tant qu’il n’est pas réparé',
        en: 'the threads, messages and contacts it held are missing until it is repaired',
      }),
    )
    return new PartitionSet(storeDir, manifest, meta, partitions, stats)
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

  /** Makes the touched files durable together; resolves only once they would survive a crash. */
  async commit(touchedPartitions: Iterable<number>, metaTouched: boolean): Promise<void> {
    const dbs: Low<MetaData | PartitionData>[] = []
    if (metaTouched) dbs.push(this.meta as Low<MetaData | PartitionData>)
    for (const index of new Set(touchedPartitions))
      dbs.push(this.partitions[index] as Low<MetaData | PartitionData>)
    if (dbs.length === 1) {
      await dbs[0]!.write() // lowdb's own write path: one atomic, durable file
      return
    }
    const staged = await Promise.all(
      dbs.map((db) => (db.adapter as DurableJsonFile<MetaData | PartitionData>).stage(db.data)),
    )
    await commitStaged(this.storeDir, staged, this.stats)
  }

  /** Re-reads files after a failed commit, so memory matches disk again. */
  async reload(partitionIndexes: Iterable<number>, metaTouched: boolean): Promise<void> {
    if (metaTouched) await this.meta.read()
    for (const index of partitionIndexes) {
      const db = this.partitions[index]!
      db.data = emptyPartition()
      await db.read()
    }
  }

  averagePartitionBytes(): number {
    let total = 0
    for (const db of this.partitions) total += (db.adapter as DurableJsonFile<PartitionData>).bytes
    return total / this.partitions.length
  }
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
  await inBatches(partitions, async (data, index) => {
    const empty = data.threads.length + data.contacts.length + data.orders.length === 0
    if (!empty)
      partitionBytes[index] = await writeFresh(partitionPath(storeDir, generation, index), data, stats)
  })
  await syncDir(dir)
  await syncDir(storeDir)
  const manifest = newManifest(generationNumber, partitions.length)
  await manifestFile(storeDir, stats).write(manifest)
  await removeOtherGenerations(storeDir, manifest)
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
