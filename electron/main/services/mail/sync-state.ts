/**
 * What the sync engine remembers between rounds, per data folder (`<data>/mail/sync-state.json`):
 * for each mailbox its UIDVALIDITY, UIDNEXT and HIGHESTMODSEQ, and which message of the store each
 * UID is (with its last known flags); for each thread, the team state last agreed with the server
 * (the base a three-way comparison needs to tell a local change from a remote one).
 */
import fs from 'node:fs/promises'
import { writeFileDurably } from '../durable-write'

export type MailboxRole = 'inbox' | 'sent' | 'archive' | 'trash' | 'folder'

export interface KnownMessage {
  threadId: string
  messageId: string
  flags: string[]
}

export interface MailboxState {
  path: string
  role: MailboxRole
  uidValidity: string
  uidNext: number
  highestModseq: string | null
  /** UID → message of the store. */
  messages: Record<string, KnownMessage>
}

/** The part of a thread two desktops share through the server. */
export interface TeamState {
  read: boolean
  /** Label names, sorted (ids differ between desktops; names travel as keywords). */
  labels: string[]
  /** `inbox`, `archive`, `trash` or `folder:<path>` (path of folder names joined by `/`). */
  location: string
  noResponseNeeded: boolean
}

export interface SyncState {
  version: 1
  mailboxes: Record<string, MailboxState>
  threads: Record<string, TeamState>
}

export function emptySyncState(): SyncState {
  return { version: 1, mailboxes: {}, threads: {} }
}

export async function loadSyncState(file: string): Promise<SyncState> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as SyncState
    if (parsed.version === 1 && parsed.mailboxes && parsed.threads) return parsed
  } catch {
    // Missing or damaged: a full re-sync rebuilds it, and ingest's duplicate check keeps the store clean.
  }
  return emptySyncState()
}

export async function saveSyncState(file: string, state: SyncState): Promise<void> {
  await writeFileDurably(file, JSON.stringify(state), { mode: 0o600, createFolder: {} })
}
