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
  /** How the password is kept, said to the user (FR / EN); `protected: false` is a warning. */
  secret: { protected: boolean; note: { fr: string; en: string } } | null
  status: MailStatus
}

export interface AccountTest {
  imap: { ok: boolean; error: { fr: string; en: string } | null }
  smtp: { ok: boolean; error: { fr: string; en: string } | null }
}

/**
 * What went wrong with the account, in both languages as the server's answer was understood, or, for
 * a failure with a typed reason (no password stored…), that reason: the renderer words it.
 */
export interface MailProblem {
  fr: string
  en: string
  details?: ErrorDetails
}
