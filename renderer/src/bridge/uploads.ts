/**
 * A file for `messages:send` / `attachments:validate` (and a piece of an order report for
 * `orders:uploadChunk`), in the form its transport carries best: the
 * desktop app's preload passes a Uint8Array by structured clone (no base64 text, a third smaller and
 * never copied into a string); the web harness speaks JSON, so base64 there.
 */
import type { AttachmentUpload, ReportPiece } from '../../../shared/ipc/contract'
import { bytesToBase64 } from './base64'

export function attachmentUpload(name: string, bytes: Uint8Array<ArrayBuffer>): AttachmentUpload {
  return window.comptoir ? { name, bytes } : { name, dataBase64: bytesToBase64(bytes) }
}

/**
 * A piece of an order report, `[start, end)` of the file. On the desktop a copy of just those bytes:
 * structured clone sends a view's whole buffer, so a subarray would carry the entire file each time.
 */
export function reportPiece(bytes: Uint8Array<ArrayBuffer>, start: number, end: number): ReportPiece {
  return window.comptoir ? bytes.slice(start, end) : bytesToBase64(bytes.subarray(start, end))
}
