/**
 * Errors from main, in the user's language. Main sends a code and, where it has them, typed details
 * (shared/ipc/error-details.ts: `{ reason, ...values }`); the renderer words them
 * (errors.reasons.<reason>, else errors.codes.<code>). Service messages are developer English, for
 * logs and tests: never shown to the user, in either language.
 */
import type { TFunction } from 'i18next'
import { ComptoirError } from '../../../shared/ipc/result'
import { hasErrorReason } from '../../../shared/ipc/error-details'
import type { ErrorDetails } from '../../../shared/ipc/error-details'
import type { MailProblem } from '../../../shared/model/mail-status'
import type { OrderRowProblem } from '../../../shared/model/orders-import'
import type { AttachmentCheck } from '../../../shared/model/attachments'
import { attachmentRefusalText, messageVerdictText } from './attachment-text'

export type Bilingual = { fr: string; en: string }

/**
 * The user's half of words main keeps in both languages (an attachment verdict, a mail server's
 * answer, the password store's note). The one place the renderer picks a language from such a pair.
 */
export function wordsIn(words: Bilingual | null | undefined, language: string): string {
  if (!words) return ''
  return language === 'en' ? words.en : words.fr
}

/** A mail account problem (a status, a test, an Outbox entry) in the user's language. */
export function mailProblemText(problem: MailProblem | null | undefined, t: TFunction): string {
  if (!problem) return ''
  if (problem.kind === 'refused') return reasonText(problem.details, t)
  const where = 'server' in problem ? `${problem.server.protocol} ${problem.server.endpoint}` : ''
  return t(`errors.mail.${problem.kind}`, { ...problem, where }).trim()
}

export function reasonText(details: ErrorDetails, t: TFunction): string {
  switch (details.reason) {
    case 'disk-full':
    case 'write-failed':
      return t(`errors.reasons.${details.reason}`, { ...details, what: t(`errors.saved.${details.what}`) })
    case 'name-empty':
    case 'name-too-long':
    case 'name-hidden-characters':
      return t(`errors.reasons.${details.reason}`, { ...details, what: t(`errors.named.${details.what}`) })
    case 'not-found':
      return t(`errors.missing.${details.what}`, { id: details.id })
    case 'folder-not-empty':
      return t('errors.reasons.folder-not-empty', { count: details.threads })
    case 'backup-refused':
      return t('errors.reasons.backup-refused', {
        file: details.file,
        why: t(`errors.backupRefused.${details.why}`, { entry: details.entry ?? '' }),
      })
    case 'demo-unavailable':
      return t('errors.reasons.demo-unavailable', {
        why: t(`errors.demo.${details.why}`, { file: details.file }),
      })
    case 'store-locked': {
      const holder =
        details.pid === null || details.host === null
          ? t('errors.reasons.store-locked')
          : t(`errors.storeLocked.${details.otherMachine ? 'other-machine' : 'this-machine'}`, {
              pid: details.pid,
              host: details.host,
            })
      return details.during === 'restore' ? holder + t('errors.storeLocked.restore') : holder
    }
    default:
      return t(`errors.reasons.${details.reason}`, details)
  }
}

/** A refused row of an order report in the user's language. */
export function orderProblemText(problem: OrderRowProblem, t: TFunction): string {
  const values =
    problem.code === 'not-a-report'
      ? { missing: problem.missing.join(t('errors.orderRows.missingJoin')) }
      : problem
  return t(`errors.orderRows.${problem.code}`, values)
}

/** The refused files' own reasons (a send or a store refusing them), in the user's language. */
function refusedFilesText(details: unknown, t: TFunction, language: 'fr' | 'en'): string | null {
  const check = details as Partial<AttachmentCheck> | null
  const refused = (check?.files ?? []).filter((file) => file.accepted === false && file.refusal)
  if (refused.length > 0)
    return refused.map((file) => attachmentRefusalText(file.file, file.refusal!, t, language)).join(' — ')
  return check?.message ? messageVerdictText(check.message, t, language) : null
}

export function errorText(error: unknown, t: TFunction, language: 'fr' | 'en'): string {
  if (!(error instanceof ComptoirError)) return error instanceof Error ? error.message : String(error)
  if (hasErrorReason(error.details)) return reasonText(error.details, t)
  if (error.code === 'DISK_FULL') return t('errors.diskFull')
  // The web harness refusing a request without its token (the server's words are for developers).
  if (error.code === 'FORBIDDEN') return t('errors.forbidden')
  if (error.code === 'ATTACHMENT_REFUSED') {
    const files = refusedFilesText(error.details, t, language)
    if (files) return files
  }
  // The service's message is developer English (for logs): never shown, in either language.
  return t(`errors.codes.${error.code}`)
}
