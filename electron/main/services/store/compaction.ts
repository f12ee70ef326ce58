/**
 * Compaction: writes the partitions the change log got ahead of, then retires the log segments they
 * now hold. It never holds the command queue for long: the log's end is noted in one short queue turn,
 * partitions are serialized a batch at a time in short queue turns (each sees one consistent state),
 * and the files are written, fsynced and renamed between turns while commands go on. Commands arriving
 * meanwhile are kept in the log: replaying it over files written later changes nothing
 * (entries carry whole records), so the order in which a file and an entry reach the disk never matters.
 */
import { rename, rm } from 'node:fs/promises'
import type { Low } from 'lowdb'
import { syncDir, toJson } from './durable-file'
import type { DurableJsonFile, StagedWrite } from './durable-file'
import { generationDir } from './layout'
import type { PartitionSet } from './partitions'
import type { MetaData, PartitionData } from './schema'

/** Partitions serialized per queue turn: ~32 × 64 KB of JSON is a few ms (the budget is 50 ms). */
const BATCH = 32
/**
 * A turn ends sooner once it took this long: a partition whose bodies are shelved is read back to be
 * written (body-cache.ts), which costs a file read and parse more than serializing one in memory.
 */
const TURN_MS = 8

export interface CompactionHost {
  /** Runs `work` as a command would: alone, between two commands. */
  inQueue<T>(work: () => Promise<T> | T): Promise<T>
  /** The live partition set: a bulk rewrite replaces it, and work on the old one stops. */
  live(): PartitionSet
}

type File = Low<MetaData | PartitionData>

/**
 * Returns true once the partitions are durable and the sealed segments retired, false when a bulk
 * rewrite or a close overtook it (nothing is lost: the log keeps what the files lack).
 */
export async function compact(host: CompactionHost): Promise<boolean> {
  const parts = host.live()
  const log = parts.log
  if (!log) return false
  const taken = await host.inQueue(async () => {
    const checkpoint = log.checkpoint()
    const files: File[] = [...parts.dirty].sort((a, b) => a - b).map((i) => parts.partitions[i] as File)
    if (parts.metaDirty) files.unshift(parts.meta as File)
    const dirty = parts.dirty
    const metaDirty = parts.metaDirty
    parts.dirty = new Set()
    parts.metaDirty = false
    // Their files lag until renamed: their bodies must not be shelved meanwhile (body-cache.ts).
    for (const partition of dirty) parts.writing.add(partition)
    return { checkpoint, files, dirty, metaDirty }
  })
  const doneWriting = () => {
    for (const partition of taken.dirty) parts.writing.delete(partition)
  }
  const putBack = () => {
    for (const partition of taken.dirty) parts.dirty.add(partition)
    if (taken.metaDirty) parts.metaDirty = true
  }
  const staged: StagedWrite[] = []
  try {
    for (let at = 0; at < taken.files.length;) {
      const batch = taken.files.slice(at, at + BATCH)
      const contents = await host.inQueue(() => {
        if (host.live() !== parts) return null
        const start = performance.now()
        const out: { db: File; content: Buffer }[] = []
        for (const db of batch) {
          out.push({ db, content: toJson(db.data) })
          if (performance.now() - start > TURN_MS) break
        }
        return out
      })
      if (!contents) {
        putBack()
        doneWriting()
        return false
      }
      const written = await Promise.all(
        contents.map(({ db, content }) =>
          (db.adapter as DurableJsonFile<MetaData | PartitionData>).stageContent(content),
        ),
      )
      at += contents.length
      staged.push(...written)
      // Each rename is atomic, and the log still holds every change: a crash between two renames
      // leaves files of two moments, both older than the log's end, which replay brings level.
      await Promise.all(written.map((s) => rename(s.tempPath, s.finalPath)))
      staged.length = 0
    }
    await syncDir(generationDir(parts.storeDir, parts.manifest))
    return await host.inQueue(async () => {
      doneWriting()
      if (host.live() !== parts) return false
      await log.retire(taken.checkpoint)
      return true
    })
  } catch (error) {
    putBack()
    doneWriting()
    await Promise.all(staged.map((s) => rm(s.tempPath, { force: true })))
    throw error
  }
}
