import type { AttachmentType } from './mailbox'

/** A whole message, body plus every attachment, read strictly: 10,000,000 bytes, not 10 MiB. */
export const MAX_MESSAGE_BYTES = 10_000_000

/** A sentence in both of the app's languages, as older stores and the CLIs keep them. */
export interface Bilingual {
  fr: string
  en: string
}

/**
 * Stable machine codes for a refusal (the `code` of a verdict). The renderer and the CLI word them
 * (with the refusal's details). Message-level codes come last.
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

/** The codes a single file can be refused with (the last two are the message's). */
export type FileRefusalCode = Exclude<AttachmentRefusalCode, 'message-too-large' | 'attachment-refused'>

/**
 * What was wrong inside a file that looked like an accepted type (`corrupt`, `truncated`,
 * `not-text`). Worded by the renderer (i18n/attachment-words.ts) and by the CLI (attachments/reasons.ts).
 */
export const ATTACHMENT_FLAWS = [
  'jpeg-no-eoi',
  'jpeg-bad-segment',
  'jpeg-segment-cut',
  'jpeg-bad-sof',
  'jpeg-scan-before-sof',
  'jpeg-no-sof',
  'png-no-iend',
  'png-bad-chunk',
  'png-chunk-cut', // names the chunk (`part`)
  'png-bad-ihdr',
  'png-bad-crc', // names the chunk (`part`)
  'gif-no-trailer',
  'gif-unknown-block',
  'zip-directory-unreadable',
  'zip-damaged',
  'office-package-invalid',
  'docx-main-part-missing',
  'doc-bad-header',
  'pdf-object-stream-unreadable',
  'pdf-no-objects',
  'pdf-no-eof',
  'text-nul-bytes',
  'text-nul-characters',
  'text-invalid-encoding', // names the encoding expected (`part`: "UTF-8", "UTF-16 (BOM LE)")
] as const
export type AttachmentFlaw = (typeof ATTACHMENT_FLAWS)[number]

/** A second format found hiding inside an accepted one (a polyglot). */
export const FOREIGN_FORMATS = ['zip', 'windows-program', 'html', 'javascript', 'hidden-data'] as const
export type ForeignFormat = (typeof FOREIGN_FORMATS)[number]

/** Formats whose name differs by language ("image PNG" / "PNG image"); others are named as they are. */
export type WordedFormat = AttachmentType | 'word-template'
/** What the content is: a name said the same in every language ('Excel (xlsx)', 'ELF', '/JavaScript'), or a worded one. */
export type FormatName = string | { worded: WordedFormat }

/**
 * Why one file was refused, as data: the app words it in the user's language, the CLI in both. Which
 * fields are set depends on the code (documented beside each).
 */
export interface AttachmentRefusal {
  code: FileRefusalCode
  /** What the content really is (executable, archive, not-word, corrupt, truncated, polyglot…). */
  what?: FormatName
  /** polyglot: the other format `what` also is. */
  foreign?: ForeignFormat
  /** corrupt, truncated, not-text: what is wrong inside. */
  flaw?: AttachmentFlaw
  /** The chunk or encoding the flaw names. */
  part?: string
  /** unreadable: the system's error code (ENOENT, EACCES, EISDIR, ENOTFILE…). */
  errno?: string
  /** too-large: the file's size. */
  bytes?: number
  /** extension-mismatch: the extensions its content allows ('jpg', 'jpeg'). */
  extensions?: string[]
}

export interface AttachmentVerdict {
  /** The name as given (path for the CLI, original file name in the app). */
  file: string
  accepted: boolean
  type: AttachmentType | null
  bytes: number
  /** Stable machine code for the refusal: one of ATTACHMENT_REFUSAL_CODES. */
  code: FileRefusalCode | null
  /** Why it was refused, as data (null when accepted); worded by the renderer or the CLI. */
  refusal: AttachmentRefusal | null
}

export interface MessageVerdict {
  /** Body (UTF-8 bytes) plus every attachment, refused ones included. */
  bytes: number
  /** The body's UTF-8 bytes alone. */
  bodyBytes: number
  /** How many files the message carries. */
  files: number
  /** True only when every attachment is accepted and the total is within MAX_MESSAGE_BYTES. */
  accepted: boolean
  /** 'message-too-large' or 'attachment-refused' when refused. */
  code: 'message-too-large' | 'attachment-refused' | null
  /** The names of the refused files (attachment-refused). */
  refusedFiles: string[]
}

export interface AttachmentCheck {
  files: AttachmentVerdict[]
  message: MessageVerdict
}
