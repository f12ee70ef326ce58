/**
 * Reads a backup into a staging folder, checking everything on the way: every entry's path, kind
 * (no symlinks, no folders), presence in the manifest, size and SHA-256; the manifest's format and
 * schema version. Any doubt refuses the whole backup; the caller then deletes the staging folder, so
 * a refused backup changes nothing.
 */
import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, open } from 'node:fs/promises'
import path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import type { Entry, ZipFile } from 'yauzl'
import { SCHEMA_VERSION } from '../store/schema'
import {
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST,
  BackupRefused,
  entryPathProblem,
  isBackupManifest,
  isBlobEntry,
} from './backup-format'
import type { BackupManifest } from './backup-format'
import type { BackupRefusal } from '../../../../shared/ipc/error-details'

const MAX_MANIFEST_BYTES = 64 * 1024 * 1024
const S_IFMT = 0o170000
const S_IFLNK = 0o120000
const S_IFDIR = 0o040000

export interface StageProgress {
  done: number
  total: number
}

function refuse(file: string, why: BackupRefusal, rule: string, entry?: string): never {
  throw new BackupRefused(file, why, rule, entry)
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false, strictFileNames: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    ),
  )
}

/** Every entry of the central directory, before any is read. */
function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = []
    zip.on('entry', (entry: Entry) => {
      entries.push(entry)
      zip.readEntry()
    })
    zip.once('end', () => resolve(entries))
    zip.once('error', reject)
    zip.readEntry()
  })
}

function openStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream))),
  )
}

async function readManifest(zip: ZipFile, entry: Entry, file: string): Promise<BackupManifest> {
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES)
    refuse(file, 'not-a-backup', 'its manifest is implausibly large')
  const chunks: Buffer[] = []
  for await (const chunk of await openStream(zip, entry)) chunks.push(chunk as Buffer)
  let manifest: unknown
  try {
    manifest = JSON.parse(Buffer.concat(chunks).toString('utf8'))
  } catch {
    refuse(file, 'not-a-backup', 'its manifest is not readable JSON')
  }
  if (!isBackupManifest(manifest))
    refuse(file, 'not-a-backup', 'its manifest is not a Comptoir backup manifest')
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION)
    refuse(
      file,
      'newer-version',
      `it was written by a newer Comptoir (backup format ${manifest.formatVersion})`,
    )
  if (manifest.schemaVersion > SCHEMA_VERSION)
    refuse(
      file,
      'newer-version',
      `it holds a mailbox of a newer schema (version ${manifest.schemaVersion}; this Comptoir reads up to ${SCHEMA_VERSION})`,
    )
  return manifest
}

/** Checks the whole backup and writes its entries under `stage`; returns its manifest. */
export async function stageBackup(
  file: string,
  stage: string,
  onProgress?: (progress: StageProgress) => void,
): Promise<BackupManifest> {
  let zip: ZipFile
  let entries: Entry[]
  try {
    zip = await openZip(file)
    entries = await listEntries(zip)
  } catch (error) {
    const message = (error as Error).message ?? String(error)
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      refuse(file, 'not-found', 'the file does not exist')
    if (/absolute path|relative path|invalid characters/.test(message))
      refuse(file, 'unsafe-entry', `an entry's path leaves the store (${message})`)
    refuse(file, 'not-a-backup', `it is not a readable zip (${message})`)
  }
  try {
    const byName = new Map<string, Entry>()
    for (const entry of entries) {
      const problem = entryPathProblem(entry.fileName)
      if (problem) refuse(file, 'unsafe-entry', problem, entry.fileName)
      const kind = (entry.externalFileAttributes >>> 16) & S_IFMT
      if (kind === S_IFLNK)
        refuse(file, 'unsafe-entry', `the entry "${entry.fileName}" is a symbolic link`, entry.fileName)
      if (kind === S_IFDIR)
        refuse(file, 'unsafe-entry', `the entry "${entry.fileName}" is a folder`, entry.fileName)
      if (byName.has(entry.fileName))
        refuse(file, 'unsafe-entry', `the entry "${entry.fileName}" appears twice`, entry.fileName)
      byName.set(entry.fileName, entry)
    }
    const manifestEntry = byName.get(BACKUP_MANIFEST)
    if (!manifestEntry) refuse(file, 'not-a-backup', `it has no manifest (${BACKUP_MANIFEST})`)
    const manifest = await readManifest(zip, manifestEntry, file)
    const listed = new Set(manifest.entries.map((e) => e.path))
    for (const entry of manifest.entries) {
      const problem = entryPathProblem(entry.path)
      if (problem) refuse(file, 'unsafe-entry', problem, entry.path)
      if (!byName.has(entry.path))
        refuse(file, 'damaged', `the entry "${entry.path}" named by its manifest is missing`, entry.path)
    }
    if (listed.size !== manifest.entries.length) refuse(file, 'damaged', 'its manifest names an entry twice')
    for (const name of byName.keys())
      if (name !== BACKUP_MANIFEST && !listed.has(name))
        refuse(file, 'unsafe-entry', `the entry "${name}" is not in its manifest`, name)
    if (!listed.has('store/manifest.json')) refuse(file, 'not-a-backup', 'it holds no mailbox')

    const total = manifest.entries.reduce((sum, e) => sum + e.bytes, 0)
    let done = 0
    onProgress?.({ done, total })
    for (const expected of manifest.entries) {
      const entry = byName.get(expected.path)!
      if (entry.uncompressedSize !== expected.bytes)
        refuse(
          file,
          'damaged',
          `the entry "${expected.path}" does not have the size its manifest gives`,
          expected.path,
        )
      const actual = await extractEntry(zip, entry, path.join(stage, ...expected.path.split('/')), file)
      if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256)
        refuse(
          file,
          'damaged',
          `the entry "${expected.path}" does not match its SHA-256 (damaged or altered)`,
          expected.path,
        )
      if (isBlobEntry(expected.path) && !expected.path.endsWith(`/${actual.sha256}`))
        refuse(
          file,
          'damaged',
          `the file "${expected.path}" does not hold the content its name promises`,
          expected.path,
        )
      done += expected.bytes
      onProgress?.({ done, total })
    }
    return manifest
  } finally {
    zip.close()
  }
}

/** Streams one entry to disk while hashing it, then fsyncs the file. */
async function extractEntry(zip: ZipFile, entry: Entry, target: string, file: string) {
  await mkdir(path.dirname(target), { recursive: true })
  const hash = createHash('sha256')
  let bytes = 0
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      hash.update(chunk)
      bytes += chunk.length
      callback(null, chunk)
    },
  })
  try {
    await pipeline(await openStream(zip, entry), counter, createWriteStream(target, { flags: 'wx' }))
  } catch (error) {
    refuse(
      file,
      'damaged',
      `the entry "${entry.fileName}" could not be read (${(error as Error).message})`,
      entry.fileName,
    )
  }
  const handle = await open(target, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
  return { bytes, sha256: hash.digest('hex') }
}
