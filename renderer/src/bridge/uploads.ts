/**
 * A file for `messages:send` / `attachments:validate`, in the form its transport carries best: the
 * desktop app's preload passes a Uint8Array by structured clone (no base64 text, a third smaller and
 * never copied into a string); the web harness speaks JSON, so base64 there.
 */
import type { AttachmentUpload } from '../../../shared/ipc/contract'
import { bytesToBase64 } from './base64'

export function attachmentUpload(name: string, bytes: Uint8Array<ArrayBuffer>): AttachmentUpload {
  return window.comptoir ? { name, bytes } : { name, dataBase64: bytesToBase64(bytes) }
}
