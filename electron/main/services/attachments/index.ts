/**
 * Attachments in the main process: validation by content (shared by the app and the CLI), the
 * content-addressed store and file-name sanitising. Plain Node: no electron here.
 */
export type { AttachmentInput, ValidateOptions } from './validate'
export { checkAttachment, extensionOf, validateAttachments } from './validate'
export type { ContentVerdict } from './content'
export { inspectContent } from './content'
export type { StoredAttachmentContent } from './store'
export { ATTACHMENT_ID_PATTERN, AttachmentStore, isAttachmentId, MIME_TYPES, sha256Hex } from './store'
export { FALLBACK_FILE_NAME, MAX_FILE_NAME_BYTES, sanitizeFileName } from './file-name'
export { fileReason, messageReason, TYPE_EXTENSIONS, TYPE_LABELS } from './reasons'
