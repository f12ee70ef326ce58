import { describe, expect, it } from 'vitest'
import i18next from 'i18next'
import { ComptoirError } from '../../../shared/ipc/result'
import { fr } from './fr'
import { en } from './en'
import { errorText, pairHalf } from './errors'

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

  it('shows the user half of a "français / English" pair', async () => {
    expect(pairHalf('Identifiant invalide. / Invalid id.', 'fr')).toBe('Identifiant invalide.')
    expect(pairHalf('Identifiant invalide. / Invalid id.', 'en')).toBe('Invalid id.')
    expect(pairHalf('a/b', 'fr')).toBeNull()
    const t = await make('en')
    expect(errorText(new ComptoirError('BAD_REQUEST', 'Identifiant invalide. / Invalid id.'), t, 'en')).toBe(
      'Invalid id.',
    )
  })
})
