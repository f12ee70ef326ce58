/**
 * How results cross the process boundary (IPC or HTTP). Errors are data, never thrown across:
 * the renderer turns `{ok:false}` back into a typed `ComptoirError`.
 */

export const ERROR_CODES = [
  'BAD_REQUEST', // arguments failed validation
  'FORBIDDEN', // sender not allowed
  'NOT_FOUND',
  'CONFLICT', // e.g. folder still holds threads, name taken
  'POLICY_VIOLATION', // send refused by the policy checker
  'ATTACHMENT_REFUSED',
  'STORE_LOCKED', // another instance holds the store
  'STORE_ERROR',
  'BACKUP_REFUSED', // a backup that is damaged, tampered with, newer or unsafe; nothing was changed
  'DISK_FULL', // a write failed for lack of space: nothing changed, free some space and retry
  'UNKNOWN_CHANNEL',
  'MAIL_ERROR', // the mail account: connection, login, secret, refused by the server
  'PAYLOAD_TOO_LARGE', // a request over its size cap (shared/ipc/limits.ts)
  'PAYLOAD_TOO_DEEP', // a request nested deeper than MAX_NESTING_DEPTH
  'INTERNAL',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

export interface ErrorPayload {
  code: ErrorCode
  message: string
  /** Optional structured detail (e.g. the policy findings that blocked a send). */
  details?: unknown
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
})

/** Thrown by services in main; the router turns it into `{ok:false}`. Also rethrown in the renderer. */
export class ComptoirError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ComptoirError'
  }

  toPayload(): ErrorPayload {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details }
  }
}

/** Unwraps a result on the receiving side, rethrowing errors as `ComptoirError`. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value
  throw new ComptoirError(result.error.code, result.error.message, result.error.details)
}
