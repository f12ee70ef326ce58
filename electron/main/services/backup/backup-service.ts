/**
 * Backups, restores and exports from inside the running app (settings, thread view, order panel).
 * Files go to `<userData>/backups/` and `<userData>/exports/` and are served back by name only
 * (OUTPUT_FILE_NAME). Automatic backups: checked every hour, taken when the last one is a day old.
 */
import { mkdir, readFile, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { ComptoirError } from '../../../../shared/ipc/result'
import { reasonError } from '../../../../shared/ipc/error-details'
import {
  DEFAULT_BACKUP_SETTINGS,
  MAX_BACKUPS_KEPT,
  OUTPUT_FILE_NAME,
} from '../../../../shared/model/safekeeping'
import type {
  BackupFile,
  BackupResult,
  BackupSettings,
  BackupStatus,
  ExportResult,
  OutputKind,
  SafekeepingProgress,
} from '../../../../shared/model/safekeeping'
import { createJsonFileBackend } from '../json-file-backend'
import type { AttachmentStore } from '../attachments'
import type { RawMailStore } from '../mail/raw-store'
import type { SwappableStore } from '../store/swappable-store'
import { exportMbox } from '../evidence/export-mbox'
import type { MboxScope } from '../evidence/export-mbox'
import { exportPdf, writeFileAtomically } from '../evidence/export-pdf'
import type { EvidenceTarget } from '../evidence/collect'
import type { PrintHtml } from '../evidence/print-chromium'
import type { BackupCounts } from './backup-format'
import { restoreBackup } from './restore'
import { writeBackup } from './write-backup'

export const BACKUP_SETTINGS_FILE = 'backup-settings.json'
const DAY_MS = 86_400_000
const CHECK_EVERY_MS = 3_600_000

export interface BackupServiceOptions {
  userDataDir: string
  handle: SwappableStore
  attachments: AttachmentStore
  raws: RawMailStore
  print: PrintHtml
  onProgress: (progress: SafekeepingProgress) => void
  /** After a restore: everything shown must be reloaded. */
  onRestored: () => void
  now?: () => Date
}

function normalise(stored: unknown): BackupSettings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<BackupSettings>
  const keep = Number.isInteger(value.keep) ? Math.min(MAX_BACKUPS_KEPT, Math.max(1, value.keep!)) : undefined
  return {
    auto: typeof value.auto === 'boolean' ? value.auto : DEFAULT_BACKUP_SETTINGS.auto,
    keep: keep ?? DEFAULT_BACKUP_SETTINGS.keep,
  }
}

const resultOf = (name: string, summary: BackupCounts & { bytes: number }): BackupResult => ({
  name,
  threads: summary.threads,
  messages: summary.messages,
  attachments: summary.attachments,
  bytes: summary.bytes,
})

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-').replace('Z', 'Z')

export function createBackupService(options: BackupServiceOptions) {
  const now = options.now ?? (() => new Date())
  const dirOf = (kind: OutputKind) => path.join(options.userDataDir, kind)
  const settings = createJsonFileBackend<BackupSettings, Partial<BackupSettings>>(
    path.join(options.userDataDir, BACKUP_SETTINGS_FILE),
    { normalise, apply: (current, patch) => normalise({ ...current, ...patch }) },
    'backup-settings',
  )
  let busy: Promise<unknown> = Promise.resolve()
  /** One backup, restore or export at a time: two would only slow each other down. */
  const exclusive = <T>(work: () => Promise<T>): Promise<T> => {
    const run = busy.then(work, work)
    busy = run.catch(() => undefined)
    return run
  }

  async function list(): Promise<BackupFile[]> {
    const names = await readdir(dirOf('backups')).catch(() => [] as string[])
    const files = await Promise.all(
      names
        .filter((n) => OUTPUT_FILE_NAME.test(n) && n.endsWith('.zip'))
        .map(async (name) => {
          const info = await stat(path.join(dirOf('backups'), name))
          return { name, createdAt: info.mtime.toISOString(), bytes: info.size }
        }),
    )
    return files.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  async function status(): Promise<BackupStatus> {
    const backups = await list()
    return { settings: settings.get(), lastBackupAt: backups[0]?.createdAt ?? null, backups }
  }

  const create = (): Promise<BackupResult> =>
    exclusive(async () => {
      await mkdir(dirOf('backups'), { recursive: true })
      const name = `comptoir-${stamp(now())}.zip`
      const summary = await writeBackup({
        store: options.handle.store,
        dataDir: options.userDataDir,
        out: path.join(dirOf('backups'), name),
        onProgress: (p) => options.onProgress({ task: 'backup', ...p }),
      })
      const keep = settings.get().keep
      for (const old of (await list()).slice(keep))
        await rm(path.join(dirOf('backups'), old.name), { force: true })
      return resultOf(name, summary)
    })

  const restore = (name: string): Promise<BackupResult> =>
    exclusive(async () => {
      if (!OUTPUT_FILE_NAME.test(name)) throw new ComptoirError('BAD_REQUEST', 'Invalid backup name.')
      const file = path.join(dirOf('backups'), name)
      await stat(file).catch(() => {
        throw reasonError('NOT_FOUND', `No such backup: ${name}`, {
          reason: 'not-found',
          what: 'backup',
          id: name,
        })
      })
      const summary = await options.handle.whileClosed(() =>
        restoreBackup({
          dataDir: options.userDataDir,
          file,
          onProgress: (p) => options.onProgress({ task: 'restore', ...p }),
        }),
      )
      options.onRestored()
      return resultOf(name, summary)
    })

  const pdf = (target: EvidenceTarget, lang: 'fr' | 'en'): Promise<ExportResult> =>
    exclusive(async () => {
      options.onProgress({ task: 'pdf', done: 0, total: 1 })
      const result = await exportPdf({
        store: options.handle.store,
        attachments: options.attachments,
        raws: options.raws,
        target,
        lang,
        print: options.print,
      })
      await mkdir(dirOf('exports'), { recursive: true })
      await writeFileAtomically(path.join(dirOf('exports'), result.suggestedName), result.bytes)
      options.onProgress({ task: 'pdf', done: 1, total: 1 })
      return {
        name: result.suggestedName,
        messages: result.messages,
        bytes: result.bytes.length,
        pages: result.pages,
        embedded: result.embedded,
      }
    })

  const mbox = (scope: MboxScope): Promise<ExportResult> =>
    exclusive(async () => {
      await mkdir(dirOf('exports'), { recursive: true })
      const key = 'threadId' in scope ? scope.threadId : 'folderId' in scope ? scope.folderId : 'tout'
      const name = `comptoir-${key.replace(/[^A-Za-z0-9-]+/g, '_')}-${stamp(now())}.mbox`
      const out = path.join(dirOf('exports'), name)
      const result = await exportMbox({
        store: options.handle.store,
        attachments: options.attachments,
        raws: options.raws,
        scope,
        out,
        onProgress: (p) => options.onProgress({ task: 'mbox', ...p }),
      })
      return { name, messages: result.messages, bytes: (await stat(out)).size }
    })

  /** A file the app wrote, by kind and exact name; null for anything else. */
  async function readOutput(kind: OutputKind, name: string): Promise<Uint8Array | null> {
    if (!OUTPUT_FILE_NAME.test(name)) return null
    return readFile(path.join(dirOf(kind), name)).catch(() => null)
  }

  let timer: NodeJS.Timeout | null = null
  async function autoBackupIfDue(): Promise<void> {
    if (!settings.get().auto) return
    const last = (await list())[0]
    if (last && now().getTime() - new Date(last.createdAt).getTime() < DAY_MS) return
    await create().catch((error: unknown) => console.error('[comptoir] automatic backup failed', error))
  }
  /** First look a minute after start (start-up stays quick), then every hour. */
  function startAutomaticBackups(firstCheckMs = 60_000): void {
    timer = setTimeout(() => {
      void autoBackupIfDue()
      timer = setInterval(() => void autoBackupIfDue(), CHECK_EVERY_MS)
      timer.unref()
    }, firstCheckMs)
    timer.unref()
  }

  return {
    handlers: {
      'backup:status': status,
      'backup:setSettings': async (patch: Partial<BackupSettings>) => {
        settings.set(patch)
        return status()
      },
      'backup:create': create,
      'backup:restore': restore,
      'export:pdf': pdf,
      'export:mbox': mbox,
    },
    readOutput,
    autoBackupIfDue,
    startAutomaticBackups,
    stop: async () => {
      if (timer) clearTimeout(timer)
      await busy
    },
  }
}
