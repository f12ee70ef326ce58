import type { MailProblem } from './mail-status'
/** A reply waiting in the Outbox (not yet accepted by the SMTP server). */
import type { AttachmentRef } from './mailbox'

export interface OutboxEntry {
  id: string
  threadId: string
  to: string
  subject: string
  body: string
  attachments: AttachmentRef[]
  rfcMessageId: string
  inReplyTo: string | null
  references: string[]
  createdAt: string
  attempts: number
  lastAttemptAt: string | null
  /** When it is tried again by itself; null after a refusal (the user retries). */
  nextAttemptAt: string | null
  lastError: MailProblem | null
  /** The server refused it (5xx) or the marketplace bounced it: shown as refused, not retried alone. */
  refused: boolean
}
