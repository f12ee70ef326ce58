import type { AttachmentType } from './mailbox'

/** A whole message, body plus every attachment, read strictly: 10,000,000 bytes, not 10 MiB. */
export const MAX_MESSAGE_BYTES = 10_000_000

/** A sentence in both of the app's languages; the UI picks one, the CLI prints the French one. */
export interface Bilingual {
  fr: string
  en: string
}

/**
 * Stable machine codes for a refusal (the `code` of a verdict). The UI may key on them; the wording
 * lives in `reason`. Message-level codes come last.
 */
export const ATTACHMENT_REFUSAL_CODES = [
  'unreadable', // the file could not be opened or read
  'empty',
  'too-large', // this file alone is over MAX_MESSAGE_BYTES
  'executable', // programs, installers, scripts: refused whatever the name
  'archive', // zip, rar, 7z, gz…
  'html',
  'svg',
  'not-text', // offered as text but not valid UTF-8 / UTF-16 with BOM, or holds NUL bytes
  'not-word', // an Office file that is not a Word document (xlsx, pptx, xls, ppt…)
  'macro-enabled', // docm, or a Word document carrying a VBA project
  'encrypted', // password-protected: its content cannot be checked
  'corrupt', // looks like an allowed format but does not parse as one
  'type-not-allowed', // a recognised format outside the allowed list (bmp, mp4, rtf…)
  'unrecognised', // content not recognised as any allowed type
  'extension-mismatch', // allowed content whose name says otherwise (or has no extension)
  'remote-content', // Word fetching from outside: remote template, external OLE (Follina), ms-msdt:/mhtml: links
  'dde-field', // Word DDE/DDEAUTO field: runs a program when the document opens
  'embedded-object', // Word with an embedded OLE object, packaged file or altChunk (HTML/MHT)
  'active-content', // PDF with JavaScript, automatic actions, Launch, RichMedia or XFA
  'embedded-file', // PDF carrying attached files
  'polyglot', // one file that is also another format (PDF+ZIP, JPEG+PE, GIF+JS, HTML inside)
  'truncated', // cut short: no end marker (PDF %%EOF, JPEG EOI, PNG IEND, GIF trailer) or no body
  'message-too-large', // body + attachments over MAX_MESSAGE_BYTES
  'attachment-refused', // message-level: at least one attachment was refused
] as const
export type AttachmentRefusalCode = (typeof ATTACHMENT_REFUSAL_CODES)[number]

export interface AttachmentVerdict {
  /** The name as given (path for the CLI, original file name in the app). */
  file: string
  accepted: boolean
  type: AttachmentType | null
  bytes: number
  /** Stable machine code for the refusal: one of ATTACHMENT_REFUSAL_CODES. */
  code: string | null
  reason: Bilingual | null
}

export interface MessageVerdict {
  /** Body (UTF-8 bytes) plus every attachment, refused ones included. */
  bytes: number
  /** True only when every attachment is accepted and the total is within MAX_MESSAGE_BYTES. */
  accepted: boolean
  /** 'message-too-large' or 'attachment-refused' when refused. */
  code: string | null
  reason: Bilingual | null
}

export interface AttachmentCheck {
  files: AttachmentVerdict[]
  message: MessageVerdict
}
