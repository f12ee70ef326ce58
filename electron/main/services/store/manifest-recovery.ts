/**
 * A manifest that is damaged, missing, or names a generation that is not on disk: the data is still
 * in the generation folders, whose names repeat the partition count. The manifest is rebuilt from the
 * newest complete generation (a bulk write interrupted before its manifest switch is incomplete);
 * every other generation folder is set aside in `damaged/`, never deleted, since without a commit
 * point nothing proves which of them is garbage.
 */
import { readdir } from 'node:fs/promises'
import path from 'node:path'
import { setAside } from './durable-file'
import type { WriteStats } from './durable-file'
import { generationDir, metaPath, partitionPath } from './layout'
import type { GenerationId } from './layout'
import { listGenerations, manifestFile, newManifest } from './partitions'
import type { Manifest } from './schema'
import type { ManifestProblem, StoreWarning } from '../../../../shared/model/store-warnings'

export type { ManifestProblem }

const hasFile = async (dir: string, name: string) =>
  (await readdir(dir).catch(() => [] as string[])).includes(name)

/** The files of a generation (meta.json, then each partition) that are not on disk. */
async function missingFiles(storeDir: string, id: GenerationId): Promise<string[]> {
  const names = new Set(await readdir(generationDir(storeDir, id)).catch(() => [] as string[]))
  const expected = [metaPath(storeDir, id)]
  for (let index = 0; index < id.partitionCount; index++) expected.push(partitionPath(storeDir, id, index))
  return expected.map((file) => path.basename(file)).filter((name) => !names.has(name))
}

const everyPartitionOnDisk = async (storeDir: string, id: GenerationId) =>
  (await missingFiles(storeDir, id)).length === 0

/**
 * Rebuilds the manifest from the generation folders and says so in `warnings`; null (and a warning)
 * when there is no generation to rebuild from.
 */
export async function rebuildManifest(
  context: { storeDir: string; stats: WriteStats; now: Date; warnings: StoreWarning[] },
  problem: ManifestProblem,
): Promise<Manifest | null> {
  const { storeDir, stats, now, warnings } = context
  const found = await listGenerations(storeDir)
  // Newest first: a complete generation (meta and every partition file), else one with a meta.json
  // (written by an older version, which left empty partitions without a file), else the newest.
  const newestFirst = [...found].reverse()
  let live: GenerationId | undefined
  for (const candidate of newestFirst) {
    if (await everyPartitionOnDisk(storeDir, candidate)) {
      live = candidate
      break
    }
  }
  for (const candidate of live ? [] : newestFirst) {
    if (await hasFile(generationDir(storeDir, candidate), path.basename(metaPath(storeDir, candidate)))) {
      live = candidate
      break
    }
  }
  live ??= found.at(-1)
  if (!live) {
    warnings.push({ kind: 'manifest-no-data', storeDir, problem })
    return null
  }
  const missing = await missingFiles(storeDir, live)
  const manifest = newManifest(live.generation, live.partitionCount, missing.length === 0)
  await manifestFile(storeDir, stats).write(manifest)
  const liveName = path.basename(generationDir(storeDir, live))
  const keptAside: string[] = []
  for (const other of found) {
    if (other === live) continue
    keptAside.push(await setAside(storeDir, generationDir(storeDir, other), now))
  }
  warnings.push({ kind: 'manifest-rebuilt', storeDir, problem, from: liveName, keptAside, missing })
  return manifest
}
