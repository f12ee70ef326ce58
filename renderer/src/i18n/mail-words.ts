/**
 * The words for mail import problems, a stopped import and a pretender's warnings
 * (shared/model/mail-import.ts), in both languages, and the functions that assemble them. Merged into
 * fr.ts / en.ts under `errors.mailImport`; typed by the shared unions, so a kind added in main without
 * its words here does not compile. Stored sentences of earlier versions are shown as they were kept.
 */
import type { TFunction } from 'i18next'
import type {
  ImportStop,
  MailImportProblem,
  SpoofWarning,
  StoredMailWarning,
} from '../../../shared/model/mail-import'

export interface MailImportWords {
  problems: Record<MailImportProblem['kind'], string>
  stops: Record<ImportStop['kind'], string>
  spoof: Record<SpoofWarning['kind'], string>
  /** A display name claiming the marketplace from no address at all. */
  noAddress: string
}

export const mailImportWordsFr: MailImportWords = {
  problems: {
    'not-a-mail': 'Ce n’est pas un e-mail : aucun en-tête (From, To, Subject, Date, Message-ID) n’y figure.',
    'not-marketplace':
      'Ce n’est pas une conversation de la marketplace (cochez « Importer aussi les e-mails hors marketplace » pour la garder).',
    'unreadable-mail': 'Message illisible ({{detail}}).',
    'too-large': 'Message trop grand pour être importé ({{megabytes}} Mo, limite {{limitMegabytes}} Mo).',
    'not-an-mbox': 'Ce fichier n’est pas une boîte mbox : il ne commence pas par une ligne « From ».',
    'unreadable-mbox': 'Fichier mbox illisible ({{detail}}).',
    'import-failed': 'Import impossible ({{detail}}).',
  },
  stops: {
    'path-not-found': 'Fichier ou dossier introuvable : {{path}}.',
    'not-file-or-folder': '{{path}} n’est ni un fichier ni un dossier.',
    stopped: 'L’import s’est arrêté ({{detail}}) ; ce qui était déjà importé est conservé.',
  },
  spoof: {
    'auth-result': 'Le serveur de réception a noté {{method}}={{verdict}}.',
    'dkim-verified-other': 'La signature DKIM vérifiée est celle de {{signer}}, pas de la marketplace.',
    'spf-fail': 'Received-SPF indique {{verdict}} : l’expéditeur n’est pas autorisé.',
    'dkim-signed-other': 'Le message est signé (DKIM) par {{signer}}, pas par la marketplace.',
    'return-path-other': 'L’adresse de retour (Return-Path) est chez {{domain}}.',
    'display-name-only': 'Le nom affiché se réclame de la marketplace, mais l’adresse est {{address}}.',
  },
  noAddress: 'absente',
}

export const mailImportWordsEn: MailImportWords = {
  problems: {
    'not-a-mail': 'This is not an e-mail: it has none of the From, To, Subject, Date or Message-ID headers.',
    'not-marketplace':
      'Not a marketplace conversation (tick “Also import mail that is not from the marketplace” to keep it).',
    'unreadable-mail': 'Unreadable message ({{detail}}).',
    'too-large': 'Message too large to import ({{megabytes}} MB, limit {{limitMegabytes}} MB).',
    'not-an-mbox': 'This file is not an mbox mailbox: it does not start with a “From ” line.',
    'unreadable-mbox': 'Unreadable mbox file ({{detail}}).',
    'import-failed': 'Could not import ({{detail}}).',
  },
  stops: {
    'path-not-found': 'No such file or folder: {{path}}.',
    'not-file-or-folder': '{{path}} is neither a file nor a folder.',
    stopped: 'The import stopped ({{detail}}); what was already imported is kept.',
  },
  spoof: {
    'auth-result': 'The receiving server recorded {{method}}={{verdict}}.',
    'dkim-verified-other': 'The verified DKIM signature is from {{signer}}, not the marketplace.',
    'spf-fail': 'Received-SPF says {{verdict}}: the sender is not allowed.',
    'dkim-signed-other': 'The message is signed (DKIM) by {{signer}}, not by the marketplace.',
    'return-path-other': 'The bounce address (Return-Path) is at {{domain}}.',
    'display-name-only': 'The display name claims the marketplace, but the address is {{address}}.',
  },
  noAddress: 'missing',
}

const key = (name: string) => `errors.mailImport.${name}`

export function importProblemText(problem: MailImportProblem, t: TFunction): string {
  return t(key(`problems.${problem.kind}`), problem)
}

export function importStopText(stop: ImportStop, t: TFunction): string {
  return t(key(`stops.${stop.kind}`), stop)
}

/** A pretender's warning: typed, or the sentence an earlier version stored in both languages. */
export function mailWarningText(warning: StoredMailWarning, t: TFunction, language: 'fr' | 'en'): string {
  if (!('kind' in warning)) return language === 'en' ? warning.en : warning.fr
  const values =
    warning.kind === 'display-name-only' ? { address: warning.address || t(key('noAddress')) } : warning
  return t(key(`spoof.${warning.kind}`), values)
}
