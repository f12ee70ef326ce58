import { ComptoirError } from './result'
import type { ErrorCode } from './result'

/**
 * Why a request was refused or failed, as data. A service attaches one of these to its ComptoirError
 * (`details`); the renderer words it in the user's language (renderer/src/i18n/error-reasons.ts) and a
 * CLI words it itself. The error's `message` stays a developer sentence in English, for logs and tests:
 * no service builds a sentence for the user.
 */

/** What a failed write was about: "the change", "the template"… (worded by the renderer). */
export const SAVED_THINGS = [
  'change',
  'preferences',
  'settings',
  'notification-settings',
  'backup-settings',
  'template',
  'file',
  'files',
] as const
export type SavedThing = (typeof SAVED_THINGS)[number]

/** Names the user types; a refused one says which. */
export const NAMED_THINGS = ['folder', 'label', 'owner', 'template'] as const
export type NamedThing = (typeof NAMED_THINGS)[number]

/** What a NOT_FOUND was looking for. */
export const MISSING_THINGS = [
  'thread',
  'folder',
  'label',
  'template',
  'message',
  'contact',
  'backup',
  'order',
  'upload',
  'inbox-thread',
] as const
export type MissingThing = (typeof MISSING_THINGS)[number]

/**
 * Why a backup was refused for a restore (nothing was changed): the developer message names the
 * exact rule for logs and the CLI; the user is told which of these it was.
 */
export const BACKUP_REFUSALS = [
  'not-found',
  'not-a-backup',
  'newer-version',
  'unsafe-entry',
  'damaged',
] as const
export type BackupRefusal = (typeof BACKUP_REFUSALS)[number]

export type ErrorDetails =
  | { reason: 'message-empty' }
  | { reason: 'disk-full'; what: SavedThing }
  | { reason: 'write-failed'; what: SavedThing; detail: string }
  | { reason: 'name-empty'; what: NamedThing }
  | { reason: 'name-too-long'; what: NamedThing; max: number }
  | { reason: 'name-hidden-characters'; what: NamedThing }
  | { reason: 'folder-name-taken'; name: string }
  | { reason: 'label-name-taken'; name: string }
  | { reason: 'template-name-taken'; name: string }
  | { reason: 'template-text-empty' }
  | { reason: 'folder-into-itself' }
  | { reason: 'folder-not-empty'; threads: number }
  | { reason: 'not-found'; what: MissingThing; id: string }
  | { reason: 'password-required' }
  | { reason: 'password-missing' }
  | { reason: 'password-file-exposed'; file: string }
  | { reason: 'password-file-foreign'; file: string }
  | { reason: 'encryption-unavailable' }
  | { reason: 'account-file-unreadable'; file: string }
  | { reason: 'import-running' }
  | { reason: 'upload-interrupted'; detail: string }
  | { reason: 'upload-expired' }
  | { reason: 'too-many-uploads' }
  | { reason: 'report-too-large'; name: string; megabytes: number; limit: number }
  | { reason: 'attachment-id-invalid' }
  | { reason: 'demo-only' }
  | { reason: 'threads-into-deleted-folder' }
  | { reason: 'label-colour-invalid'; colour: string }
  | { reason: 'page-cursor-invalid' }
  | { reason: 'date-invalid'; value: string }
  | { reason: 'backup-refused'; file: string; why: BackupRefusal; entry?: string }
  | StoreLockedDetails
  | { reason: 'demo-unavailable'; why: DemoProblem; file: string }

/** Why the demo mailbox (resources/demo) cannot be loaded: a file of it is missing, or damaged. */
export const DEMO_PROBLEMS = ['missing', 'damaged'] as const
export type DemoProblem = (typeof DEMO_PROBLEMS)[number]

/**
 * Who holds the mailbox when a second writer is refused (what the lock file records): the user closes
 * that Comptoir, or ends process `pid` if it hangs; on another machine (a shared folder) only closing it
 * there helps. `pid`/`host` are null when the lock could not be read. `during: 'restore'`: a restore
 * was refused, run it from that app.
 */
export interface StoreLockedDetails {
  reason: 'store-locked'
  pid: number | null
  host: string | null
  otherMachine: boolean
  since: string | null
  during?: 'restore'
}

export type ErrorReason = ErrorDetails['reason']

/** Every reason, so the renderer's dictionaries can be checked complete (a test does). */
export const ERROR_REASONS = [
  'message-empty',
  'disk-full',
  'write-failed',
  'name-empty',
  'name-too-long',
  'name-hidden-characters',
  'folder-name-taken',
  'label-name-taken',
  'template-name-taken',
  'template-text-empty',
  'folder-into-itself',
  'folder-not-empty',
  'not-found',
  'password-required',
  'password-missing',
  'password-file-exposed',
  'password-file-foreign',
  'encryption-unavailable',
  'account-file-unreadable',
  'import-running',
  'upload-interrupted',
  'upload-expired',
  'too-many-uploads',
  'report-too-large',
  'attachment-id-invalid',
  'demo-only',
  'threads-into-deleted-folder',
  'label-colour-invalid',
  'page-cursor-invalid',
  'date-invalid',
  'backup-refused',
  'store-locked',
  'demo-unavailable',
] as const satisfies readonly ErrorReason[]

// Compile-time check that the list above names every reason of the union.
type Missing = Exclude<ErrorReason, (typeof ERROR_REASONS)[number]>
const everyReasonListed: Missing extends never ? true : never = true
void everyReasonListed

export function hasErrorReason(details: unknown): details is ErrorDetails {
  return (
    typeof details === 'object' &&
    details !== null &&
    (ERROR_REASONS as readonly string[]).includes(String((details as { reason?: unknown }).reason))
  )
}

/** A ComptoirError whose details the renderer can word: the message is for developers only. */
export function reasonError(code: ErrorCode, developerMessage: string, details: ErrorDetails): ComptoirError {
  return new ComptoirError(code, developerMessage, details)
}
