/**
 * Growth: when partitions outgrow their budget the store doubles their count, a new generation beside
 * the live one. Rewriting the whole mailbox inside the command queue froze commands for 1–2 s at 100k
 * messages and 12–38 s at 1M, so it is done like compaction: each old partition is split in two and
 * serialized in short queue turns (a batch at a time), the files are written and fsynced between turns
 * while commands go on, then the new manifest is renamed into place (the commit point) and one last
 * short turn switches memory over. Partitions a command changed after they were copied are split again
 * from memory then; their new files lag and the change log (whose entries do not depend on the
 * partition count) holds the difference. Nothing that grows with the mailbox is left in that last
 * turn: the index stores no partition numbers (a record's partition is a hash of its key), where
 * renumbering the moved half of the index held commands for ~200 ms at 1M messages.
 */
import { mkdir, rename, rm } from 'node:fs/promises'
import { syncDir, toJson, writeFreshContent } from './durable-file'
import type { WriteStats } from './durable-file'
import { generationDir, metaPath, partitionOf, partitionPath } from './layout'
import { PartitionSet, inBatches, manifestFile, newManifest, removeOtherGenerations } from './partitions'
import type { CompactionHost } from './compaction'
import { spreadRecords } from './redistribute'
import { emptyPartition } from './schema'
import { isShelved, peekMessages, shelvePartition } from './body-cache'
import type { BodyHome } from './body-cache'
import type { PartitionData } from './schema'

/** Old partitions split per queue turn: 16 × (split + 2 × serialize ~64 KB) stays well under 50 ms. */
const BATCH = 16

export interface GrowthHost extends CompactionHost {
  stats: WriteStats
  /** Makes `next` the live partition set (memory follows the new generation from here). */
  replace(next: PartitionSet): void
  /** The store is closing or about to rewrite everything: stop (a later session grows again). */
  stopping(): boolean
  /** Where shelved bodies are read back into (body-cache.ts); absent when every body is held. */
  home?: BodyHome
}

/** The records of one partition of `count / 2` partitions, spread over its two halves in `count`. */
function splitPartition(data: PartitionData, count: number): [PartitionData, PartitionData] {
  const halves: [PartitionData, PartitionData] = [emptyPartition(), emptyPartition()]
  const half = count / 2
  spreadRecords(data, (key) => halves[partitionOf(key, count) >= half ? 1 : 0])
  return halves
}

/** Doubles the partitions; false when a bulk rewrite or a close overtook it (nothing changed then). */
export async function growPartitions(host: GrowthHost): Promise<boolean> {
  const old = host.live()
  const { storeDir } = old
  const oldCount = old.partitionCount
  const count = oldCount * 2
  const id = { generation: old.manifest.generation + 1, partitionCount: count }
  const dir = generationDir(storeDir, id)
  const checkpoint = await host.inQueue(() => {
    old.changedSince = new Set()
    return old.log?.checkpoint() ?? null
  })
  const split: PartitionData[] = Array.from({ length: count }, emptyPartition)
  const bytes: number[] = Array.from({ length: count }, () => 0)
  // Old partitions copied while their bodies were shelved: their halves are shelved too, on their new
  // files (body-cache.ts), so a growth reads each body once and holds none of them.
  const shelvedAtCopy = new Set<number>()
  let switching = false
  const giveUp = async () => {
    old.changedSince = null
    // Once the manifest write began, the new folder may be the one the disk names: keep it.
    if (!switching) await rm(dir, { recursive: true, force: true })
    return false
  }
  try {
    await rm(dir, { recursive: true, force: true }) // leftovers of an interrupted attempt
    await mkdir(dir, { recursive: true })
    for (let first = 0; first < oldCount; first += BATCH) {
      const contents = await host.inQueue(() => {
        if (host.live() !== old || host.stopping()) return null
        const out: [number, Buffer][] = []
        for (let i = first; i < Math.min(first + BATCH, oldCount); i++) {
          old.changedSince!.delete(i) // copied now: only a later change makes this copy stale
          const data = old.partitions[i]!.data
          const shelved = host.home !== undefined && isShelved(data)
          // Not `{ ...data }`: spreading reads `messages`, which would read the bodies back.
          const records = shelved
            ? {
                threads: data.threads,
                messages: peekMessages(data),
                reports: data.reports,
                contacts: data.contacts,
                orders: data.orders,
              }
            : data
          const [low, high] = splitPartition(records, count)
          split[i] = low
          split[i + oldCount] = high
          out.push([i, toJson(low)], [i + oldCount, toJson(high)])
          if (shelved) {
            shelvedAtCopy.add(i)
            shelvePartition(low, partitionPath(storeDir, id, i), host.home!)
            shelvePartition(high, partitionPath(storeDir, id, i + oldCount), host.home!)
          } else shelvedAtCopy.delete(i)
        }
        return out
      })
      if (!contents) return await giveUp()
      await inBatches(contents, async ([index, content]) => {
        bytes[index] = await writeFreshContent(partitionPath(storeDir, id, index), content, host.stats)
      })
    }
    // Everything that costs a cache flush happens between turns: the meta as it is now (a later change
    // of it is in the log, and the new set rewrites it at its next compaction), the folder entries, and
    // the new manifest staged under a temporary name.
    const metaContent = await host.inQueue(() => (host.live() === old ? toJson(old.meta.data) : null))
    if (!metaContent) return await giveUp()
    await writeFreshContent(metaPath(storeDir, id), metaContent, host.stats)
    await syncDir(dir)
    await syncDir(storeDir)
    const manifest = newManifest(id.generation, count)
    const stagedManifest = await manifestFile(storeDir, host.stats).stage(manifest)
    // Built before the switch turn too: at 1M its 65k objects cost a few young-generation collections.
    const next = PartitionSet.fromData(
      storeDir,
      { manifest, partitionBytes: bytes },
      old.meta.data,
      split,
      host.stats,
    )
    next.log = old.log
    next.metaDirty = true
    // The commit point, outside the queue (a rename waits on the disk). From here the disk names the
    // new generation while memory still follows the old one: commands go on into the log, which holds
    // every change since the copy began and replays over either generation; a failed write re-reads
    // the old files, still there. Import waits for upkeep to end, so nothing replaces the live set now.
    switching = true
    await rename(stagedManifest.tempPath, stagedManifest.finalPath)
    // Until the rename is durable a crash reopens the old generation, whose log is still whole. Memory
    // must follow the generation the disk now names even if this fails: the failure is thrown after
    // the switch, before the log is retired.
    const unsynced = await syncDir(storeDir).then(
      () => null,
      (error: unknown) => error,
    )
    const switched = await host.inQueue(() => {
      if (host.live() !== old) return false
      for (const i of old.changedSince!) {
        const [low, high] = splitPartition(old.partitions[i]!.data, count)
        next.partitions[i]!.data = low
        next.partitions[i + oldCount]!.data = high
        next.dirty.add(i).add(i + oldCount)
      }
      // Read back since its copy, unchanged: its halves hold the same messages as the entries now do.
      for (const i of shelvedAtCopy) {
        if (old.changedSince!.has(i) || isShelved(old.partitions[i]!.data)) continue
        const [low, high] = splitPartition(old.partitions[i]!.data, count)
        next.partitions[i]!.data = low
        next.partitions[i + oldCount]!.data = high
      }
      next.meta.data = old.meta.data // a failed write may have re-read it since
      old.changedSince = null
      host.replace(next)
      return true
    })
    if (!switched) return await giveUp()
    if (unsynced) throw unsynced
    // Every entry logged before the copy began is in the new files.
    const log = old.log
    if (checkpoint && log) await host.inQueue(() => log.retire(checkpoint)).catch(() => undefined)
    // The new generation is live: removing the old one is housekeeping (the next open finishes it).
    await removeOtherGenerations(storeDir, manifest).catch(() => undefined)
    return true
  } catch (error) {
    if (host.live() === old) await giveUp()
    throw error
  }
}
