/**
 * What went wrong importing mail, and why a mail was judged a pretender, as data. The renderer words
 * them in the user's language (renderer/src/i18n/mail-words.ts); the import CLI words them itself
 * (electron/main/services/mail/import-words.ts). Nothing here is a sentence.
 */

/** Why one mail (or one file of mail) was not imported. `detail` is the parser's or system's own text. */
export type MailImportProblem =
  | { kind: 'not-a-mail' }
  | { kind: 'not-marketplace' }
  | { kind: 'unreadable-mail'; detail: string }
  | { kind: 'too-large'; megabytes: number; limitMegabytes: number }
  | { kind: 'not-an-mbox' }
  | { kind: 'unreadable-mbox'; detail: string }
  | { kind: 'import-failed'; detail: string }

/** Why a whole run stopped before reading any mail, or in the middle. */
export type ImportStop =
  | { kind: 'path-not-found'; path: string }
  | { kind: 'not-file-or-folder'; path: string }
  | { kind: 'stopped'; detail: string }

/**
 * Why a mail that claims to come from the marketplace was judged a pretender (its own headers say
 * otherwise). Kept on the message (`Message.warnings`).
 */
export type SpoofWarning =
  | { kind: 'auth-result'; method: string; verdict: string }
  | { kind: 'dkim-verified-other'; signer: string }
  | { kind: 'spf-fail'; verdict: string }
  | { kind: 'dkim-signed-other'; signer: string }
  | { kind: 'return-path-other'; domain: string }
  | { kind: 'display-name-only'; address: string }

export const MAIL_IMPORT_PROBLEM_KINDS = [
  'not-a-mail',
  'not-marketplace',
  'unreadable-mail',
  'too-large',
  'not-an-mbox',
  'unreadable-mbox',
  'import-failed',
] as const satisfies readonly MailImportProblem['kind'][]
export const IMPORT_STOP_KINDS = [
  'path-not-found',
  'not-file-or-folder',
  'stopped',
] as const satisfies readonly ImportStop['kind'][]
export const SPOOF_WARNING_KINDS = [
  'auth-result',
  'dkim-verified-other',
  'spf-fail',
  'dkim-signed-other',
  'return-path-other',
  'display-name-only',
] as const satisfies readonly SpoofWarning['kind'][]

/** A warning kept on a message: typed since this version; a sentence in both languages before it. */
export type StoredMailWarning = SpoofWarning | { fr: string; en: string }
