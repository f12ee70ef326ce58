/**
 * Writes a backup while the app runs. The store's writes are held only for the instant it takes to
 * hard-link the live files into a staging folder (every write of the store and the attachment store
 * replaces files by rename, so the links keep exactly this state); hashing and zipping then run
 * from the staging folder while the app goes on working.
 */
import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { copyFile, link, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import { ZipFile } from 'yazl'
import type { MailboxStore } from '../store'
import { isAttachmentId } from '../attachments/store'
import {
  ATTACHMENTS_DIR,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST,
  BLOB_DIRS,
  DATA_FILES,
  DATA_PREFIX,
  STORE_DIR,
} from './backup-format'
import type { BackupCounts, BackupEntry, BackupManifest } from './backup-format'

export interface BackupProgress {
  done: number
  total: number
}

export interface BackupSummary extends BackupCounts {
  out: string
  bytes: number
}

export interface WriteBackupOptions {
  store: MailboxStore
  dataDir: string
  out: string
  now?: Date
  onProgress?: (progress: BackupProgress) => void
}

async function linkOrCopy(from: string, to: string): Promise<boolean> {
  try {
    await link(from, to)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return false
    await copyFile(from, to)
    return true
  }
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/** Hard-links everything the backup holds into `stage`, under the store's write hold. */
async function stageLiveFiles(options: WriteBackupOptions, stage: string) {
  return options.store.holdWrites(async (live) => {
    const entries: string[] = []
    for (const file of live.files) {
      const name = `${STORE_DIR}/${file.split(path.sep).join('/')}`
      await mkdir(path.dirname(path.join(stage, name)), { recursive: true })
      if (await linkOrCopy(path.join(live.storeDir, file), path.join(stage, name))) entries.push(name)
    }
    for (const dir of BLOB_DIRS) {
      const blobs = await readdir(path.join(options.dataDir, dir)).catch(() => [] as string[])
      await mkdir(path.join(stage, dir), { recursive: true })
      for (const blob of blobs.filter(isAttachmentId).sort()) {
        const name = `${dir}/${blob}`
        if (await linkOrCopy(path.join(options.dataDir, dir, blob), path.join(stage, name)))
          entries.push(name)
      }
    }
    await mkdir(path.join(stage, DATA_PREFIX), { recursive: true })
    for (const file of DATA_FILES) {
      const name = `${DATA_PREFIX}/${file}`
      if (await linkOrCopy(path.join(options.dataDir, file), path.join(stage, name))) entries.push(name)
    }
    const attachments = entries.filter((e) => e.startsWith(`${ATTACHMENTS_DIR}/`)).length
    return {
      entries,
      schemaVersion: live.schemaVersion,
      threads: live.threads,
      messages: live.messages,
      attachments,
    }
  })
}

export async function writeBackup(options: WriteBackupOptions): Promise<BackupSummary> {
  const out = path.resolve(options.out)
  const stage = path.join(options.dataDir, `.backup-${process.pid}-${Date.now()}`)
  await mkdir(stage, { recursive: true })
  try {
    const staged = await stageLiveFiles(options, stage)
    const sizes = await Promise.all(staged.entries.map(async (e) => (await stat(path.join(stage, e))).size))
    const total = sizes.reduce((a, b) => a + b, 0)
    let done = 0
    options.onProgress?.({ done, total })
    const entries: BackupEntry[] = []
    for (const [i, name] of staged.entries.entries()) {
      entries.push({ path: name, bytes: sizes[i]!, sha256: await sha256File(path.join(stage, name)) })
      done += sizes[i]!
      options.onProgress?.({ done, total })
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: staged.schemaVersion,
      createdAt: (options.now ?? new Date()).toISOString(),
      counts: { threads: staged.threads, messages: staged.messages, attachments: staged.attachments },
      entries,
    }
    await writeZip(stage, manifest, out)
    return { out, ...manifest.counts, bytes: (await stat(out)).size }
  } finally {
    await rm(stage, { recursive: true, force: true })
  }
}

/** The zip is written beside its final name, fsynced, then renamed: a crash never leaves half a backup. */
async function writeZip(stage: string, manifest: BackupManifest, out: string): Promise<void> {
  await mkdir(path.dirname(out), { recursive: true })
  const tmp = `${out}.${process.pid}.tmp`
  const zip = new ZipFile()
  const mtime = new Date(manifest.createdAt)
  for (const entry of manifest.entries) {
    // Attachments are mostly JPEG/PDF, already compressed; the store's JSON shrinks ~5x.
    const compress = !entry.path.startsWith(`${ATTACHMENTS_DIR}/`)
    zip.addFile(path.join(stage, entry.path), entry.path, { compress, mtime, mode: 0o100644 })
  }
  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 1)), BACKUP_MANIFEST, { mtime, mode: 0o100644 })
  zip.end()
  try {
    await pipeline(zip.outputStream, createWriteStream(tmp))
    const handle = await open(tmp, 'r+')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, out)
  } catch (error) {
    await rm(tmp, { force: true })
    throw error
  }
}
