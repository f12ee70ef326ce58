/**
 * Where things live in a store folder:
 *
 *   manifest.json            commit point: schema version, live generation, partition count
 *   gen-<g>-n<count>/meta.json       owner, folders, labels
 *   gen-<g>-n<count>/p-<nnnn>.json   partitions (threads+messages+reports by thread id, contacts, orders)
 *   commit.journal.json      present only while a multi-file commit is being applied
 *   store.lock               the single writer's pid
 *   damaged/                 files found damaged at open, set aside (never deleted)
 *   migrated/                files of older layouts, kept after their migration
 *
 * A new generation (import, resharding, migration) is written beside the live one and switched to by
 * rewriting the manifest, so a crash during a bulk rewrite leaves the previous generation intact. The
 * folder name repeats the partition count so that a store whose manifest is lost can still be read.
 */
import path from 'node:path'

export const MANIFEST_FILE = 'manifest.json'
export const JOURNAL_FILE = 'commit.journal.json'
export const LOCK_FILE = 'store.lock'
export const DAMAGED_DIR = 'damaged'
export const MIGRATED_DIR = 'migrated'
export const LEGACY_V0_FILE = 'db.json'

export interface GenerationId {
  generation: number
  partitionCount: number
}

export const generationDir = (storeDir: string, id: GenerationId) =>
  path.join(storeDir, `gen-${id.generation}-n${id.partitionCount}`)
export const metaPath = (storeDir: string, id: GenerationId) =>
  path.join(generationDir(storeDir, id), 'meta.json')
export const partitionPath = (storeDir: string, id: GenerationId, index: number) =>
  path.join(generationDir(storeDir, id), `p-${String(index).padStart(4, '0')}.json`)

export function parseGenerationDir(name: string): GenerationId | null {
  const match = /^gen-(\d+)-n(\d+)$/.exec(name)
  return match ? { generation: Number(match[1]), partitionCount: Number(match[2]) } : null
}

/** FNV-1a: cheap, stable across versions and platforms, and good enough to spread random ids. */
export function partitionOf(key: string, partitionCount: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  // The count is a power of two, so doubling it splits every partition in two.
  return (hash >>> 0) & (partitionCount - 1)
}

/** Aim: ~64 KB per partition, so one state change rewrites well under the 256 KB budget. */
export const TARGET_PARTITION_BYTES = 64 * 1024
/**
 * Average size past which the store doubles its partitions (a rare, bulk rewrite). Hashing leaves the
 * largest partition at about twice the average, so this keeps one change under 256 KB.
 */
export const GROW_PARTITION_BYTES = 96 * 1024
export const MIN_PARTITIONS = 64
export const MAX_PARTITIONS = 1 << 16

export function partitionCountFor(totalBytes: number): number {
  let count = MIN_PARTITIONS
  while (count < MAX_PARTITIONS && totalBytes / count > TARGET_PARTITION_BYTES) count *= 2
  return count
}
