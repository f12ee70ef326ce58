/**
 * The seam between the plain-Node services and the two hosts that run them: the Electron shell
 * (electron/main/shell) and the web harness (electron/main/cli/web.ts). Neither host holds logic;
 * both call `dispatch` with what arrived (unknown) and forward events.
 */
import type { Readable } from 'node:stream'
import type { EventName, Events, Settings, SettingsPatch } from '../../../shared/ipc/contract'
import type { Result } from '../../../shared/ipc/result'
import type { AttachmentType } from '../../../shared/model/mailbox'
import type { NotificationSettingsBackend } from './notifications/settings-file'
import type { OutputKind } from '../../../shared/model/safekeeping'
import type { PrintHtml } from './evidence/print-chromium'
import type { SafeStorageLike } from './mail/secrets'

/** Where preferences live: electron-store in the desktop app, a JSON file in web mode. */
export interface SettingsBackend {
  get(): Settings
  set(patch: SettingsPatch): Settings
}

export interface AppServicesOptions {
  /** Root of the user's data: the store and attachments live below it. */
  userDataDir: string
  mode: 'electron' | 'web'
  /** Fill an empty store with the demo mailbox (`--demo`). */
  demo?: boolean
  settings: SettingsBackend
  /** Notification preferences (electron-store on the desktop); a JSON file in userDataDir if absent. */
  notificationSettings?: NotificationSettingsBackend
  version: string
  systemLanguage: 'fr' | 'en'
  /** How evidence PDFs are printed: Electron's printToPDF on the desktop; headless Chromium otherwise. */
  printHtml?: PrintHtml
  /** Take a backup when the last one is a day old (default: as the user's backup settings say). */
  automaticBackups?: boolean
  /** Electron's safeStorage (desktop); absent, the password lives in a 0600 file (web harness, CLI). */
  safeStorage?: SafeStorageLike
  /** Start the live mailbox when an account exists (default true; tests may turn it off). */
  mailSync?: boolean
  /**
   * Open the store from the thread summaries of its last close (the hosts do): the first screen at
   * once, the bodies read in the background; channels that need them wait (early-channels.ts).
   */
  earlyOpen?: boolean
  /** How old an unreferenced attachment file must be before it is collected (default: one day). */
  attachmentGraceMs?: number
}

export type EventListener = <E extends EventName>(event: E, payload: Events[E]) => void

export interface StoredAttachment {
  bytes: Uint8Array
  type: AttachmentType
  mime: string
}

export interface AppServices {
  /** Validates `channel` and `args` (from unknown) and runs the command. Never throws. */
  dispatch(channel: unknown, args: unknown): Promise<Result<unknown>>
  /** Subscribes to push events; returns the unsubscribe function. */
  onEvent(listener: EventListener): () => void
  /** Reads a stored attachment by its SHA-256 id (validated: 64 hex chars), or null. */
  readAttachment(id: string): Promise<StoredAttachment | null>
  /** A backup or export the app wrote (by exact name), for download; null for anything else. */
  readOutput(kind: OutputKind, name: string): Promise<Uint8Array | null>
  /** Streams a file to import to disk (web harness upload); `import:start` then names it by id. */
  receiveImportUpload(name: string, body: Readable): Promise<{ id: string; name: string; bytes: number }>
  /** Flushes and releases the store (lock included). */
  close(): Promise<void>
  /** Resolves once the background clean-up started at open (temp and orphan files) is over. */
  idle?(): Promise<void>
}
