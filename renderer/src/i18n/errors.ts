/**
 * Errors from main, in the user's language. Main sends a code and, where it has them, typed details
 * (`{ reason, ...values }`); the renderer words them (errors.reasons.<reason>, else errors.codes.<code>).
 * Service messages are developer English: they are shown only in the English UI, and only when no
 * translation exists; a "français / English" pair kept for the CLI shows the user's half.
 */
import type { TFunction } from 'i18next'
import { ComptoirError } from '../../../shared/ipc/result'

export const ERROR_REASONS = ['folder-name-taken', 'label-name-taken'] as const
export type ErrorReason = (typeof ERROR_REASONS)[number]

interface ReasonDetails {
  reason: ErrorReason
  [value: string]: unknown
}

const hasReason = (details: unknown): details is ReasonDetails =>
  typeof details === 'object' &&
  details !== null &&
  (ERROR_REASONS as readonly string[]).includes(String((details as { reason?: unknown }).reason))

/** The half of a "français / English" message in `language`, or null when it is not such a pair. */
export function pairHalf(message: string, language: 'fr' | 'en'): string | null {
  const parts = message.split(' / ')
  if (parts.length !== 2 || !parts[0]?.trim() || !parts[1]?.trim()) return null
  return (language === 'fr' ? parts[0] : parts[1]).trim()
}

export function errorText(error: unknown, t: TFunction, language: 'fr' | 'en'): string {
  if (!(error instanceof ComptoirError)) return error instanceof Error ? error.message : String(error)
  if (error.code === 'DISK_FULL') return t('errors.diskFull')
  // The web harness refusing a request without its token (the server's words are for developers).
  if (error.code === 'FORBIDDEN') return t('errors.forbidden')
  if (hasReason(error.details)) return t(`errors.reasons.${error.details.reason}`, error.details)
  const half = pairHalf(error.message, language)
  if (half) return half
  if (language === 'en' && error.message) return error.message
  return t(`errors.codes.${error.code}`)
}
