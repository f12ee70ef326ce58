/** A `t` of its own in one language, with the app's dictionaries: for tests of the wording functions. */
import i18next from 'i18next'
import { en } from './en'
import { fr } from './fr'

export async function tIn(lng: 'fr' | 'en') {
  const instance = i18next.createInstance()
  await instance.init({
    lng,
    resources: { fr: { translation: fr }, en: { translation: en } },
    interpolation: { escapeValue: false },
  })
  return instance.t
}
