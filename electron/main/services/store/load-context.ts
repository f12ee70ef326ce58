/**
 * Reading a store into memory (every open, and the background half of an early open): the change log
 * first, then each partition file in turn — the log's entries for it replayed over it, its threads
 * indexed, and its messages shelved at once when the log holds nothing newer for it (body-cache.ts).
 * So an open never holds the whole mailbox: at a million messages, reading everything and shelving it
 * after peaked at ~1.1 GB; partition by partition it stays at the index plus one file.
 */
import { ChangeLog } from './change-log'
import type { LogEntry } from './change-log'
import type { DurableJsonFile, WriteStats } from './durable-file'
import { BodyCache, shelvePartition } from './body-cache'
import { partitionOf } from './layout'
import { invalidValuesWarning, threadsWithInvalidValues } from './load-checks'
import { replayEntry } from './log-entry'
import { MailboxIndex } from './mailbox-index'
import { PartitionSet } from './partitions'
import type { Manifest, PartitionData } from './schema'
import { readSearchIndex } from './search-index-file'
import type { StoreContext } from './store-context'
import type { SavedThreadTable } from './thread-table'
import type { StoreWarning } from '../../../../shared/model/store-warnings'

/** The log's entries that touch each partition, in log order (replay per file, as it is read). */
function entriesByPartition(entries: readonly LogEntry[], count: number): Map<number, LogEntry[]> {
  const byPartition = new Map<number, LogEntry[]>()
  for (const entry of entries) {
    const partitions = new Set<number>()
    for (const state of entry.threads ?? []) partitions.add(partitionOf(state.id, count))
    for (const contact of entry.contacts ?? []) partitions.add(partitionOf(contact.id, count))
    for (const order of entry.orders ?? []) partitions.add(partitionOf(order.orderNumber, count))
    for (const partition of partitions) {
      const list = byPartition.get(partition)
      if (list) list.push(entry)
      else byPartition.set(partition, [entry])
    }
  }
  return byPartition
}

/**
 * Reads the live generation and the log: partitions, replayed log, indexes. `bodyCacheBytes`: what
 * the context's `BodyCache` may hold of bodies read back; `Infinity` holds every body (nothing shelved).
 */
export async function loadContext(
  dir: string,
  manifest: Manifest,
  stats: WriteStats,
  warnings: StoreWarning[],
  now: () => Date,
  /** In the background: let other work in between two files (the read is synchronous underneath). */
  yieldBetweenFiles: boolean,
  bodyCacheBytes: number,
): Promise<StoreContext> {
  const logWarnings: StoreWarning[] = []
  const { log, entries } = await ChangeLog.open(dir, stats, logWarnings, now())
  const byPartition = entriesByPartition(entries, manifest.partitionCount)
  const index = new MailboxIndex()
  // Built before the partitions: shelved bodies are read back into this context, whatever replaces
  // its parts later (a growth, a rewrite).
  const context = { index, now } as StoreContext
  const shelving = Number.isFinite(bodyCacheBytes)
  if (shelving) context.bodies = new BodyCache(context, bodyCacheBytes)
  const replayed = new Set<number>()
  const parts = await PartitionSet.load(
    dir,
    manifest,
    stats,
    warnings,
    now(),
    yieldBetweenFiles,
    (i, db, all) => {
      const target = {
        partitions: all,
        meta: { data: null! },
        only: new Set([i]),
        includeMeta: false,
        touched: replayed,
      }
      for (const entry of byPartition.get(i) ?? []) replayEntry(target, entry)
      index.addPartition(db.data)
      // The log is ahead of this file: its bodies stay in memory until compaction writes it.
      if (shelving && !replayed.has(i) && db.data.messages.length > 0)
        shelvePartition(db.data, (db.adapter as DurableJsonFile<PartitionData>).filePath, context)
    },
  )
  warnings.push(...logWarnings) // after the partitions' own, in the order an open always told them
  parts.log = log
  for (const partition of replayed) parts.dirty.add(partition)
  for (const entry of entries) {
    if (!entry.meta) continue
    parts.meta.data = entry.meta
    parts.metaDirty = true
  }
  context.parts = parts
  finishIndex(index, await readSearchIndex(dir))
  const invalid = invalidValuesWarning(threadsWithInvalidValues(index))
  if (invalid) warnings.push(invalid)
  while (context.bodies?.trim()); // no command runs yet: all at once
  return context
}

/** Links contacts and sorts (building the query table and its full-text index) once every file is in. */
export function finishIndex(index: MailboxIndex, savedSearch: SavedThreadTable | null): void {
  index.linkContacts()
  // Sorting also builds the query table and its full-text index (from the saved one where it still
  // holds), so search is fast from the first keystroke.
  index.resort(savedSearch)
}

export function buildIndex(parts: PartitionSet, savedSearch: SavedThreadTable | null = null): MailboxIndex {
  const index = new MailboxIndex()
  for (const db of parts.partitions) index.addPartition(db.data)
  finishIndex(index, savedSearch)
  return index
}
