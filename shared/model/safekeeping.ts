/** Backups and exports as the renderer sees them (the files live in the data folder, main side). */

export interface BackupSettings {
  /** Take a backup automatically once a day while the app runs. */
  auto: boolean
  /** How many backups to keep (the oldest beyond this are deleted after a new one). */
  keep: number
}

export const DEFAULT_BACKUP_SETTINGS: BackupSettings = { auto: true, keep: 7 }
export const MAX_BACKUPS_KEPT = 60

export interface BackupFile {
  name: string
  createdAt: string
  bytes: number
}

export interface BackupStatus {
  settings: BackupSettings
  lastBackupAt: string | null
  backups: BackupFile[]
}

export interface BackupResult {
  name: string
  threads: number
  messages: number
  attachments: number
  bytes: number
}

export interface ExportResult {
  /** The file's name; it is downloaded from /files/exports/<name>. */
  name: string
  messages: number
  bytes: number
  pages?: number
  embedded?: number
}

export type SafekeepingTask = 'backup' | 'restore' | 'mbox' | 'pdf'

export interface SafekeepingProgress {
  task: SafekeepingTask
  done: number
  total: number
}

/** Names of files the app writes and serves back; anything else is refused before a path is built. */
export const OUTPUT_FILE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,150}\.(pdf|mbox|zip)$/
export const OUTPUT_KINDS = ['exports', 'backups'] as const
export type OutputKind = (typeof OUTPUT_KINDS)[number]
