/**
 * Brings a store folder to the current layout before it is loaded. Every schema version that ever
 * shipped has a step to the next one; `prepareLayout` runs them in order, so a store of any older
 * version opens. Each step is crash-safe: it writes a new generation and commits it by writing the
 * manifest, keeping the old files (moved to `migrated/`) instead of deleting them.
 *
 *   v0  one lowdb file, db.json: { owner, folders, labels, contacts, orders, threads, messages, reports },
 *       threads without `createdAt`.
 *   v1  partitioned generations (see layout.ts), threads with `createdAt`.
 */
import { mkdir, rename, stat } from 'node:fs/promises'
import path from 'node:path'
import { ComptoirError } from '../../../../shared/ipc/result'
import { DamagedFileError, DurableJsonFile, recoverJournal, setAside } from './durable-file'
import type { WriteStats } from './durable-file'
import {
  LEGACY_V0_FILE,
  MANIFEST_FILE,
  MIGRATED_DIR,
  MIN_PARTITIONS,
  generationDir,
  partitionCountFor,
} from './layout'
import { rebuildManifest } from './manifest-recovery'
import type { ManifestProblem, StoreWarning } from '../../../../shared/model/store-warnings'
import { listGenerations, manifestFile, removeOtherGenerations, writeGeneration } from './partitions'
import { distribute, estimateBytes } from './redistribute'
import { SCHEMA_VERSION, emptyMeta, emptyPartition, isLegacyV0Data } from './schema'
import type { Manifest, PartitionData, StoredThread } from './schema'

interface StepContext {
  storeDir: string
  stats: WriteStats
  now: Date
  warnings: StoreWarning[]
}

interface Migration {
  from: number
  to: number
  run(context: StepContext): Promise<void>
}

export const MIGRATIONS: Migration[] = [{ from: 0, to: 1, run: migrateV0ToV1 }]

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  )

async function migrateV0ToV1({ storeDir, stats, now, warnings }: StepContext): Promise<void> {
  const legacyPath = path.join(storeDir, LEGACY_V0_FILE)
  let legacy
  try {
    legacy = await new DurableJsonFile(legacyPath, isLegacyV0Data, stats).read()
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error
    const where = await setAside(storeDir, legacyPath, now)
    warnings.push({
      kind: 'legacy-damaged',
      storeDir,
      file: LEGACY_V0_FILE,
      damage: error.damage,
      reason: error.reason,
      where,
    })
  }
  const firstMessageAt = new Map<string, string>()
  for (const message of legacy?.messages ?? []) {
    const known = firstMessageAt.get(message.threadId)
    if (known === undefined || message.sentAt < known) firstMessageAt.set(message.threadId, message.sentAt)
  }
  const records: PartitionData = legacy
    ? {
        threads: legacy.threads.map((t): StoredThread => ({
          ...t,
          createdAt: firstMessageAt.get(t.id) ?? now.toISOString(),
        })),
        messages: legacy.messages,
        contacts: legacy.contacts,
        orders: legacy.orders,
        reports: legacy.reports,
      }
    : emptyPartition()
  const meta = legacy ? { owner: legacy.owner, folders: legacy.folders, labels: legacy.labels } : emptyMeta()
  const count = partitionCountFor(estimateBytes(records))
  await writeGeneration(storeDir, 1, meta, distribute(records, count), stats)
  if (legacy) {
    await mkdir(path.join(storeDir, MIGRATED_DIR), { recursive: true })
    await rename(
      legacyPath,
      path.join(storeDir, MIGRATED_DIR, `${LEGACY_V0_FILE.replace('.json', '')}.v0.json`),
    )
  }
}

/** The schema version of a folder: from its manifest, 0 for a legacy db.json, null for a new store. */
async function detectVersion(storeDir: string, manifest: Manifest | null): Promise<number | null> {
  if (manifest) return manifest.schemaVersion
  if (await exists(path.join(storeDir, LEGACY_V0_FILE))) return 0
  return null
}

/**
 * Reads (or creates) the manifest, repairs what a crash may have left, and migrates older layouts.
 * Returns the live manifest.
 */
export async function prepareLayout(context: StepContext): Promise<Manifest> {
  const { storeDir, stats, now, warnings } = context
  const manifestAdapter = manifestFile(storeDir, stats)
  let manifest: Manifest | null = null
  let problem: ManifestProblem | null = null
  try {
    manifest = await manifestAdapter.read()
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error
    const where = await setAside(storeDir, error.filePath, now)
    problem = { kind: 'damaged', damage: error.damage, reason: error.reason, where }
  }
  const legacy = await exists(path.join(storeDir, LEGACY_V0_FILE))
  if (manifest === null && problem === null && !legacy && (await listGenerations(storeDir)).length > 0) {
    problem = { kind: 'missing' }
  }
  if (manifest !== null && !(await exists(generationDir(storeDir, manifest)))) {
    const named = path.basename(generationDir(storeDir, manifest))
    const where = await setAside(storeDir, path.join(storeDir, MANIFEST_FILE), now)
    problem = { kind: 'names-absent-generation', generation: named, where }
    manifest = null
  }
  // A v0 store is migrated from its db.json: generations beside it are an interrupted migration.
  if (problem !== null && !legacy) manifest = await rebuildManifest(context, problem)
  let version = await detectVersion(storeDir, manifest)
  if (version !== null && version > SCHEMA_VERSION) {
    throw new ComptoirError(
      'STORE_ERROR',
      `The mailbox in ${storeDir} was written by a newer version of Comptoir (schema ${version}); ` +
        'update Comptoir to open it.',
    )
  }
  if (version === null) {
    const empty = Array.from({ length: MIN_PARTITIONS }, emptyPartition)
    manifest = (await writeGeneration(storeDir, 1, emptyMeta(), empty, stats)).manifest
    version = SCHEMA_VERSION
  }
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version)
    if (!step) throw new ComptoirError('STORE_ERROR', `No migration from store schema ${version}.`)
    await step.run(context)
    version = step.to
    manifest = await manifestAdapter.read()
  }
  if (!manifest)
    throw new ComptoirError('STORE_ERROR', `The store manifest in ${storeDir} could not be written.`)
  const journalHealthy = await recoverJournal(storeDir, [generationDir(storeDir, manifest)])
  if (!journalHealthy) {
    warnings.push({ kind: 'journal-unreadable', storeDir })
  }
  // The manifest is the commit point: other generations are superseded or unfinished bulk writes
  // (after a rebuild, the others were already set aside).
  await removeOtherGenerations(storeDir, manifest)
  return manifest
}
