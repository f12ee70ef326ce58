/**
 * Import problems and pretender warnings worded for the command-line tools (the `import` CLI's
 * `errors[].reason`, "French / English", CONTRACTS.md) and logs. The app words the same data itself,
 * in the user's language (renderer/src/i18n/mail-words.ts).
 */
import type { Bilingual } from '../../../../shared/model/attachments'
import type { MailImportProblem, SpoofWarning } from '../../../../shared/model/mail-import'

export function importProblemWords(problem: MailImportProblem): Bilingual {
  switch (problem.kind) {
    case 'not-a-mail':
      return {
        fr: "Ce n'est pas un e-mail : aucun en-tête (From, To, Subject, Date, Message-ID) n'y figure.",
        en: 'This is not an e-mail: it has none of the From, To, Subject, Date or Message-ID headers.',
      }
    case 'not-marketplace':
      return {
        fr: "Ce n'est pas une conversation de la marketplace (importez avec --all pour la garder).",
        en: 'Not a marketplace conversation (import with --all to keep it).',
      }
    case 'unreadable-mail':
      return { fr: `Message illisible : ${problem.detail}`, en: `Unreadable message: ${problem.detail}` }
    case 'too-large':
      return {
        fr: `Message trop grand pour être importé (${problem.megabytes} Mo, limite ${problem.limitMegabytes} Mo).`,
        en: `Message too large to import (${problem.megabytes} MB, limit ${problem.limitMegabytes} MB).`,
      }
    case 'not-an-mbox':
      return importProblemWords({ kind: 'unreadable-mbox', detail: 'does not start with a "From " line' })
    case 'unreadable-mbox':
      return {
        fr: `Fichier mbox illisible : ${problem.detail}`,
        en: `Unreadable mbox file: ${problem.detail}`,
      }
    case 'import-failed':
      return { fr: `Import impossible : ${problem.detail}`, en: `Could not import: ${problem.detail}` }
  }
}

/** A pretender's warning in English, for logs and tests. */
export function spoofWarningInEnglish(warning: SpoofWarning): string {
  switch (warning.kind) {
    case 'auth-result':
      return `The receiving server recorded ${warning.method}=${warning.verdict}.`
    case 'dkim-verified-other':
      return `The verified DKIM signature is from ${warning.signer}, not the marketplace.`
    case 'spf-fail':
      return `Received-SPF says ${warning.verdict}: the sender is not allowed.`
    case 'dkim-signed-other':
      return `The message is signed (DKIM) by ${warning.signer}, not by the marketplace.`
    case 'return-path-other':
      return `The bounce address (Return-Path) is at ${warning.domain}.`
    case 'display-name-only':
      return `The display name claims the marketplace, but the address is ${warning.address || 'missing'}.`
  }
}
