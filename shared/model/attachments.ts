import type { AttachmentType } from './mailbox'

/** A whole message, body plus every attachment, read strictly: 10,000,000 bytes, not 10 MiB. */
export const MAX_MESSAGE_BYTES = 10_000_000

/** A sentence in both of the app's languages; the UI picks one, the CLI prints the French one. */
export interface Bilingual {
  fr: string
  en: string
}

export interface AttachmentVerdict {
  /** The name as given (path for the CLI, original file name in the app). */
  file: string
  accepted: boolean
  type: AttachmentType | null
  bytes: number
  /** Stable machine code for the refusal, e.g. 'type-not-allowed', 'extension-mismatch'. */
  code: string | null
  reason: Bilingual | null
}

export interface MessageVerdict {
  bytes: number
  accepted: boolean
  reason: Bilingual | null
}

export interface AttachmentCheck {
  files: AttachmentVerdict[]
  message: MessageVerdict
}
