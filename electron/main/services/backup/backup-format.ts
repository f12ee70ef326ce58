/**
 * What a Comptoir backup is: one zip whose entries are the store's live files (`store/…`), the
 * attachment files (`attachments/<sha256>`) and the small preference files of the data folder
 * (`data/<name>`), plus `comptoir-backup.json`, the manifest listing every other entry with its size
 * and SHA-256. Restore trusts nothing it does not find in that manifest.
 */
import path from 'node:path'
import { ComptoirError } from '../../../../shared/ipc/result'
import type { BackupRefusal, ErrorDetails } from '../../../../shared/ipc/error-details'

export const BACKUP_FORMAT = 'comptoir-backup'
export const BACKUP_FORMAT_VERSION = 1
export const BACKUP_MANIFEST = 'comptoir-backup.json'

/** Folders of the data folder a backup holds, and how they are named inside the zip. */
export const STORE_DIR = 'store'
export const ATTACHMENTS_DIR = 'attachments'
/** The originals of imported mail, content-addressed like attachments. */
export const RAW_DIR = 'raw'
export const BLOB_DIRS = [ATTACHMENTS_DIR, RAW_DIR]
export const DATA_PREFIX = 'data'
/** Preference files beside the store (web settings, templates, notification settings, electron-store). */
export const DATA_FILES = [
  'settings.json',
  'templates.json',
  'notifications.json',
  'preferences.json',
  'backup-settings.json',
]

export interface BackupEntry {
  path: string
  bytes: number
  sha256: string
}

export interface BackupCounts {
  threads: number
  messages: number
  attachments: number
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  schemaVersion: number
  createdAt: string
  counts: BackupCounts
  entries: BackupEntry[]
}

/** A refused restore: `why` (and the entry at fault) for the user, the exact rule in the message. */
export class BackupRefused extends ComptoirError {
  constructor(file: string, why: BackupRefusal, rule: string, entry?: string) {
    super('BACKUP_REFUSED', `The backup ${path.basename(file)} was refused, nothing was changed: ${rule}.`, {
      reason: 'backup-refused',
      file: path.basename(file),
      why,
      ...(entry === undefined ? {} : { entry }),
    } satisfies ErrorDetails)
  }
}

const SHA256 = /^[0-9a-f]{64}$/
// The change log's segments (store/log/) hold changes not yet in the partition files.
const STORE_ENTRY = /^store\/(manifest\.json|gen-\d+-n\d+\/(meta|p-\d{4,5})\.json|log\/\d{8}\.log)$/

/** `attachments/<sha256>` or `raw/<sha256>`: a file whose name is the SHA-256 of its content. */
export function isBlobEntry(name: string): boolean {
  const [dir, file, ...rest] = name.split('/')
  return rest.length === 0 && BLOB_DIRS.includes(dir!) && SHA256.test(file ?? '')
}

/**
 * The only entry paths a backup may hold: forward slashes, no `..`, nothing absolute, nothing outside
 * the three known places. Checked on every entry before a single byte is written.
 */
export function entryPathProblem(name: string): string | null {
  if (name.includes('\\') || name.includes('\0')) return `the entry "${name}" has a forbidden character`
  if (name.startsWith('/') || /^[a-zA-Z]:/.test(name)) return `the entry "${name}" is an absolute path`
  if (name.split('/').some((part) => part === '..' || part === '.' || part === ''))
    return `the entry "${name}" leaves the store`
  if (name === BACKUP_MANIFEST || STORE_ENTRY.test(name)) return null
  if (isBlobEntry(name)) return null
  if (name.startsWith(`${DATA_PREFIX}/`) && DATA_FILES.includes(name.slice(DATA_PREFIX.length + 1)))
    return null
  return `the entry "${name}" is not part of a Comptoir backup`
}

/** Shape check of the parsed manifest (no zod in main-process hot paths; this runs once). */
export function isBackupManifest(value: unknown): value is BackupManifest {
  const m = value as BackupManifest
  return (
    typeof m === 'object' &&
    m !== null &&
    m.format === BACKUP_FORMAT &&
    Number.isInteger(m.formatVersion) &&
    Number.isInteger(m.schemaVersion) &&
    typeof m.createdAt === 'string' &&
    typeof m.counts === 'object' &&
    m.counts !== null &&
    [m.counts.threads, m.counts.messages, m.counts.attachments].every((n) => Number.isInteger(n) && n >= 0) &&
    Array.isArray(m.entries) &&
    m.entries.every(
      (e) =>
        typeof e === 'object' &&
        e !== null &&
        typeof e.path === 'string' &&
        Number.isInteger(e.bytes) &&
        e.bytes >= 0 &&
        typeof e.sha256 === 'string' &&
        SHA256.test(e.sha256),
    )
  )
}
