import type { ErrorDetails } from '../ipc/error-details'
/** Where the live mailbox stands, as the status bar shows it. */
export const MAIL_STATES = ['off', 'syncing', 'online', 'offline'] as const
export type MailState = (typeof MAIL_STATES)[number]

export interface MailStatus {
  /** `off`: no account (sending stays local); `offline`: the server cannot be reached, retrying. */
  state: MailState
  lastSyncAt: string | null
  lastError: MailProblem | null
  nextRetryAt: string | null
}

export interface MailOverview {
  /** Null: no account, replies stay in this computer's store. */
  account: {
    user: string
    from: string
    imap: { host: string; port: number }
    smtp: { host: string; port: number }
    security: 'tls' | 'starttls' | 'none'
    syncDays: number
  } | null
  /** How the password is kept (worded by the renderer); `protected: false` is a warning. */
  secret: { protected: boolean; note: SecretNote } | null
  status: MailStatus
}

export interface AccountTest {
  imap: { ok: boolean; error: MailProblem | null }
  smtp: { ok: boolean; error: MailProblem | null }
}

/** Which server a problem is about, as the user configured it ("IMAP mail.example.com:993"). */
export interface MailServer {
  protocol: 'IMAP' | 'SMTP'
  endpoint: string
}

/**
 * What went wrong with the mail account, as data: the renderer words it in the user's language
 * (i18n mail.problems.*), the CLIs in English (services/mail/problem-words.ts). Never the password.
 */
export type MailProblem =
  | {
      kind:
        | 'host-not-found'
        | 'connection-refused'
        | 'timed-out'
        | 'connection-cut'
        | 'tls-failed'
        | 'auth-failed'
      server: MailServer
    }
  | { kind: 'message-refused'; server: MailServer; responseCode: number; response: string }
  | { kind: 'server-error'; server: MailServer; detail: string }
  | { kind: 'no-account' }
  /** Refused before any server answered (no password stored, a secret file others can read…). */
  | { kind: 'refused'; details: ErrorDetails }
  /** Anything else that stopped a round, with its developer message. */
  | { kind: 'failed'; detail: string }
export type MailProblemKind = MailProblem['kind']

/** How the password is kept: a 0600 file, the system keychain, or a keyring-less Linux session. */
export type SecretNote = 'owner-only-file' | 'keychain' | 'basic-text'
