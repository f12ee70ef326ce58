import { describe, expect, it } from 'vitest'
import {
  IMPORT_STOP_KINDS,
  MAIL_IMPORT_PROBLEM_KINDS,
  SPOOF_WARNING_KINDS,
} from '../../../shared/model/mail-import'
import type { ImportStop, MailImportProblem, SpoofWarning } from '../../../shared/model/mail-import'
import { importProblemText, importStopText, mailWarningText } from './mail-words'
import { tIn } from './t-in'

const values = { detail: 'Unexpected end', megabytes: 64, limitMegabytes: 50, path: '/tmp/x.mbox' }
const spoofValues = {
  method: 'spf',
  verdict: 'fail',
  signer: 'evil.example',
  domain: 'evil.example',
  address: '',
}

describe('mail import problems and pretender warnings in the user language', () => {
  it('words every kind in French and in English, with no key or placeholder left', async () => {
    for (const language of ['fr', 'en'] as const) {
      const t = await tIn(language)
      const texts = [
        ...MAIL_IMPORT_PROBLEM_KINDS.map((kind) =>
          importProblemText({ kind, ...values } as MailImportProblem, t),
        ),
        ...IMPORT_STOP_KINDS.map((kind) => importStopText({ kind, ...values } as ImportStop, t)),
        ...SPOOF_WARNING_KINDS.map((kind) =>
          mailWarningText({ kind, ...spoofValues } as SpoofWarning, t, language),
        ),
      ]
      for (const text of texts) expect(text, `${language}: ${text}`).not.toMatch(/errors\.|\{\{|^$/)
    }
  })

  it('says a mail that is not an e-mail in French, then in English', async () => {
    const problem: MailImportProblem = { kind: 'not-a-mail' }
    expect(importProblemText(problem, await tIn('fr'))).toBe(
      'Ce n’est pas un e-mail : aucun en-tête (From, To, Subject, Date, Message-ID) n’y figure.',
    )
    expect(importProblemText(problem, await tIn('en'))).toBe(
      'This is not an e-mail: it has none of the From, To, Subject, Date or Message-ID headers.',
    )
  })

  it('shows a warning an earlier version stored as a sentence pair, in the user language', async () => {
    const older = { fr: 'Le serveur a noté spf=fail.', en: 'The server recorded spf=fail.' }
    expect(mailWarningText(older, await tIn('fr'), 'fr')).toBe(older.fr)
    expect(mailWarningText(older, await tIn('en'), 'en')).toBe(older.en)
    expect(mailWarningText({ kind: 'display-name-only', address: '' }, await tIn('fr'), 'fr')).toBe(
      'Le nom affiché se réclame de la marketplace, mais l’adresse est absente.',
    )
  })
})
