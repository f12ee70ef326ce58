import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { ComptoirError } from '../../../shared/ipc/result'
import { BACKUP_REFUSALS, ERROR_REASONS, reasonError } from '../../../shared/ipc/error-details'
import type { StoreLockedDetails } from '../../../shared/ipc/error-details'
import { fr } from './fr'
import { en } from './en'
import { errorText, mailProblemText, orderProblemText, wordsIn } from './errors'

const make = async (lng: 'fr' | 'en') => {
  const instance = i18next.createInstance()
  await instance.init({ lng, resources: { fr: { translation: fr }, en: { translation: en } } })
  return instance.t
}

describe('errors in the user language', () => {
  it('words a typed reason in French, never the service English', async () => {
    const t = await make('fr')
    const error = new ComptoirError('CONFLICT', 'A folder named "Factures" already exists there.', {
      reason: 'folder-name-taken',
      name: 'Factures',
    })
    expect(errorText(error, t, 'fr')).toBe('Un dossier « Factures » existe déjà ici.')
    expect(
      errorText(new ComptoirError('STORE_ERROR', 'The change could not be saved: ENOSPC'), t, 'fr'),
    ).toBe('La modification n’a pas pu être enregistrée sur le disque.')
  })

  it('names what was not saved, whose name was refused and what is missing, in each language', async () => {
    const [tFr, tEn] = [await make('fr'), await make('en')]
    const full = reasonError('DISK_FULL', 'dev', { reason: 'disk-full', what: 'template' })
    expect(errorText(full, tFr, 'fr')).toBe(
      'Modèle non enregistré : le disque est plein, rien n’a été modifié. Libérez de la place puis réessayez.',
    )
    expect(errorText(full, tEn, 'en')).toBe(
      'The template was not saved: the disk is full, nothing was changed. Free some space, then try again.',
    )
    const hidden = reasonError('BAD_REQUEST', 'dev', { reason: 'name-hidden-characters', what: 'label' })
    expect(errorText(hidden, tFr, 'fr')).toMatch(/^Le nom de l’étiquette contient un caractère invisible/)
    const gone = reasonError('NOT_FOUND', 'dev', { reason: 'not-found', what: 'order', id: '402-1' })
    expect(errorText(gone, tFr, 'fr')).toBe('Aucune conversation ne concerne la commande 402-1.')
    const busy = reasonError('CONFLICT', 'dev', { reason: 'folder-not-empty', threads: 2 })
    expect(errorText(busy, tEn, 'en')).toBe(
      'This folder (or a subfolder) still holds 2 conversations: choose where to move them first.',
    )
  })

  it('never shows the developer English of main, even in the English UI', async () => {
    const [tFr, tEn] = [await make('fr'), await make('en')]
    const untyped = new ComptoirError('BAD_REQUEST', 'Page size must be an integer from 1 to 500.')
    expect(errorText(untyped, tEn, 'en')).toBe('The request is not valid.')
    const colour = reasonError('BAD_REQUEST', 'A label colour is written #rrggbb (got "red").', {
      reason: 'label-colour-invalid',
      colour: 'red',
    })
    expect(errorText(colour, tFr, 'fr')).toBe(
      '« red » n’est pas une couleur : choisissez-en une dans la palette.',
    )
    expect(errorText(colour, tEn, 'en')).toBe('“red” is not a colour: pick one from the palette.')
    const cursor = reasonError('BAD_REQUEST', 'dev', { reason: 'page-cursor-invalid' })
    expect(errorText(cursor, tEn, 'en')).toBe(
      'The list changed in the meantime: it starts again from the first page.',
    )
    const doomed = reasonError('BAD_REQUEST', 'dev', { reason: 'threads-into-deleted-folder' })
    expect(errorText(doomed, tFr, 'fr')).toMatch(
      /^Les conversations ne peuvent pas aller dans le dossier supprimé/,
    )
  })

  it('has words for every reason main can send, in both languages', async () => {
    for (const language of ['fr', 'en'] as const) {
      const t = await make(language)
      for (const reason of ERROR_REASONS) {
        const what = reason.startsWith('name-') ? 'folder' : reason === 'not-found' ? 'thread' : 'change'
        const details = { reason, what, threads: 1, id: 'x', why: 'damaged', file: 'b.zip' } as never
        const text = errorText(reasonError('BAD_REQUEST', 'dev', details), t, language)
        expect(text, `${language} ${reason}`).not.toMatch(/errors\.|^dev$/)
      }
    }
  })

  it('shows a refused file with its own reason in the user language', async () => {
    const refusal = { code: 'executable' as const, what: 'Windows PE/MZ' }
    const error = new ComptoirError('ATTACHMENT_REFUSED', '"a.exe" is a program', {
      files: [{ file: 'a.exe', accepted: false, refusal }],
    })
    expect(errorText(error, await make('fr'), 'fr')).toBe(
      '« a.exe » est un programme ou un installeur (Windows PE/MZ) : les exécutables sont refusés, quel que soit leur nom.',
    )
    expect(errorText(error, await make('en'), 'en')).toMatch(/^“a\.exe” is a program or installer/)
    const older = { fr: '« a.exe » est un programme.', en: '"a.exe" is a program.' }
    expect(wordsIn(older, 'en')).toBe(older.en)
  })

  it('words a mail account problem from its kind, with the server it is about', async () => {
    const server = { protocol: 'IMAP' as const, endpoint: 'mail.example.fr:993' }
    expect(mailProblemText({ kind: 'auth-failed', server }, await make('fr'))).toBe(
      "Le serveur IMAP mail.example.fr:993 a refusé l'identifiant ou le mot de passe.",
    )
    expect(
      mailProblemText({ kind: 'refused', details: { reason: 'password-missing' } }, await make('en')),
    ).toBe('No password is stored for this account: type it again.')
  })

  it('words a refused row of an order report in each language', async () => {
    const problem = { code: 'not-a-report' as const, missing: ['amazon-order-id', 'purchase-date'] }
    expect(orderProblemText(problem, await make('fr'))).toBe(
      'Ce n’est pas un rapport de commandes : l’en-tête n’a pas de colonne amazon-order-id ni purchase-date.',
    )
    expect(orderProblemText({ code: 'more-rows', count: 3 }, await make('en'))).toBe(
      '3 more rows could not be read (not listed).',
    )
  })
})

describe('a refused restore in the user language', () => {
  it('says which backup was refused and why, in French then in English, never the rule in English', async () => {
    const error = reasonError(
      'BACKUP_REFUSED',
      'The backup x.zip was refused: the entry "a" does not match its SHA-256',
      {
        reason: 'backup-refused',
        file: 'comptoir-2026-11-30.zip',
        why: 'damaged',
        entry: 'store/manifest.json',
      },
    )
    expect(errorText(error, await make('fr'), 'fr')).toBe(
      'La sauvegarde « comptoir-2026-11-30.zip » est refusée, rien n’a été modifié : elle est endommagée ou a été modifiée depuis sa création.',
    )
    expect(errorText(error, await make('en'), 'en')).toBe(
      'The backup “comptoir-2026-11-30.zip” was refused, nothing was changed: it is damaged or was altered after it was made.',
    )
    for (const why of BACKUP_REFUSALS) {
      const details = { reason: 'backup-refused' as const, file: 'b.zip', why, entry: '../x' }
      for (const language of ['fr', 'en'] as const) {
        const text = errorText(reasonError('BACKUP_REFUSED', 'dev', details), await make(language), language)
        expect(text, `${language} ${why}`).not.toMatch(/errors\.|\{\{|dev/)
      }
    }
  })
})

describe('a mailbox open in another Comptoir, in the user language', () => {
  const locked = (details: Partial<StoreLockedDetails>) =>
    reasonError('STORE_LOCKED', 'The mailbox in /x is already open in another Comptoir instance', {
      reason: 'store-locked',
      pid: 4242,
      host: 'bureau',
      otherMachine: false,
      since: '2026-12-02T12:00:00.000Z',
      ...details,
    })

  it('names the process to close or end on this computer', async () => {
    expect(errorText(locked({}), await make('fr'), 'fr')).toBe(
      'La boîte aux lettres est déjà ouverte par un autre Comptoir sur cet ordinateur (processus 4242) : fermez l’autre fenêtre, puis réessayez. S’il ne répond plus, terminez le processus 4242.',
    )
    expect(errorText(locked({}), await make('en'), 'en')).toBe(
      'The mailbox is already open in another Comptoir on this computer (process 4242): close the other window, then try again. If it no longer responds, end process 4242.',
    )
  })

  it('names the other computer of a shared folder, and says what a refused restore must do', async () => {
    const elsewhere = locked({ otherMachine: true, during: 'restore' })
    expect(errorText(elsewhere, await make('fr'), 'fr')).toBe(
      'La boîte aux lettres est déjà ouverte par Comptoir sur l’ordinateur « bureau » (dossier partagé) : fermez-le sur cet ordinateur, puis réessayez. Une restauration remplace toute la boîte : lancez-la depuis ce Comptoir-là (Sauvegardes), ou fermez-le d’abord.',
    )
    expect(errorText(elsewhere, await make('en'), 'en')).toBe(
      'The mailbox is already open in Comptoir on the computer “bureau” (shared folder): close it there, then try again. A restore replaces the whole mailbox: run it from that Comptoir (Backups), or close it first.',
    )
  })

  it('still says what to do when the lock could not be read', async () => {
    const unknown = locked({ pid: null, host: null })
    expect(errorText(unknown, await make('fr'), 'fr')).toBe(
      'La boîte aux lettres est déjà ouverte par un autre Comptoir : fermez-le, puis réessayez.',
    )
    expect(errorText(unknown, await make('en'), 'en')).toBe(
      'The mailbox is already open in another Comptoir: close it, then try again.',
    )
  })
})

describe('a demo mailbox that cannot be loaded, in the user language', () => {
  it('names the missing or damaged file and the way out, never main’s English', async () => {
    const cases = [
      {
        code: 'INTERNAL' as const,
        details: { reason: 'demo-unavailable' as const, why: 'damaged' as const, file: 'mailbox.json' },
        fr: 'La boîte de démonstration ne peut pas être chargée : le fichier « mailbox.json » est endommagé. Réinstallez Comptoir pour la retrouver.',
        en: 'The demo mailbox cannot be loaded: the file “mailbox.json” is damaged. Reinstall Comptoir to get it back.',
      },
      {
        code: 'NOT_FOUND' as const,
        details: { reason: 'demo-unavailable' as const, why: 'missing' as const, file: 'attachments/ab' },
        fr: 'La boîte de démonstration ne peut pas être chargée : le fichier « attachments/ab » est introuvable. Réinstallez Comptoir pour la retrouver.',
        en: 'The demo mailbox cannot be loaded: the file “attachments/ab” is missing. Reinstall Comptoir to get it back.',
      },
    ]
    for (const { code, details, fr: inFrench, en: inEnglish } of cases) {
      const error = reasonError(code, 'The demo mailbox is damaged (dev).', details)
      expect(errorText(error, await make('fr'), 'fr')).toBe(inFrench)
      expect(errorText(error, await make('en'), 'en')).toBe(inEnglish)
    }
  })
})
