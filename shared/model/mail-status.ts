/** Where the live mailbox stands, as the status bar shows it. */
export const MAIL_STATES = ['off', 'syncing', 'online', 'offline'] as const
export type MailState = (typeof MAIL_STATES)[number]

export interface MailStatus {
  /** `off`: no account (sending stays local); `offline`: the server cannot be reached, retrying. */
  state: MailState
  lastSyncAt: string | null
  lastError: { fr: string; en: string } | null
  nextRetryAt: string | null
}
