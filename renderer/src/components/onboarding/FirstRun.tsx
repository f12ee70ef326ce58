import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { Owner } from '../../../../shared/model/mailbox'
import { OwnerFields, ownerToSave } from '../settings/OwnerFields'
import { setLanguage } from '../../i18n'
import type { Language } from '../../i18n'
import { errorText } from '../../i18n/errors'

/** What the workspace opens first after the first run: the mail import or the account panel. */
export type FirstStep = 'import' | 'account' | null
type Start = 'import' | 'account' | 'demo' | 'empty'

const LANGUAGES = [
  ['fr', 'Français'],
  ['en', 'English'],
] as const

/**
 * The first screen of an empty store without an owner: the language (French first; preselected from
 * the system's), who the owner is, and how to start — their mail, their account, the demo, or nothing.
 */
export function FirstRun({
  systemLanguage,
  onDone,
}: {
  systemLanguage: Language
  onDone: (next: FirstStep) => void
}) {
  const { t } = useTranslation()
  const [language, setChosenLanguage] = useState<Language>(systemLanguage)
  const [owner, setOwner] = useState<Owner>({ role: 'seller', displayName: '' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const chooseLanguage = (value: Language) => {
    setChosenLanguage(value)
    setLanguage(value) // the whole screen switches at once
  }
  const finish = async (start: Start) => {
    const toSave = ownerToSave(owner)
    if (!toSave) {
      setError(t(`firstRun.nameMissing.${owner.role}`))
      return
    }
    setBusy(true)
    setError(null)
    try {
      // The system's language stays "system" (it follows the system later); another is kept as chosen.
      if (language !== systemLanguage) await call(api.settings.set({ language }))
      // The owner first: importing the demo keeps an owner already chosen.
      await call(api.owner.set(toSave))
      if (start === 'demo') await call(api.app.loadDemo())
      onDone(start === 'import' || start === 'account' ? start : null)
    } catch (e) {
      setError(errorText(e, t, language))
      setBusy(false)
    }
  }
  const action = (start: Start, primary = false) => (
    <button
      type="button"
      className={primary ? 'primary' : undefined}
      disabled={busy}
      onClick={() => void finish(start)}
      data-testid={`first-run-${start}`}
    >
      {t(`firstRun.start.${start}`)}
    </button>
  )
  return (
    <main className="first-run" data-testid="first-run">
      <h1>{t('firstRun.title')}</h1>
      <fieldset className="first-run-language">
        {/* Both languages name the choice: whoever reads either finds it. */}
        <legend>Langue · Language</legend>
        {LANGUAGES.map(([value, name]) => (
          <label key={value} lang={value}>
            <input
              type="radio"
              name="first-run-language"
              checked={language === value}
              onChange={() => chooseLanguage(value)}
              data-testid={`first-run-language-${value}`}
            />{' '}
            {name}
          </label>
        ))}
      </fieldset>
      <OwnerFields owner={owner} onChange={setOwner} testIdPrefix="first-run" />
      <h2>{t('firstRun.howToStart')}</h2>
      <p>{t('firstRun.body')}</p>
      <div className="first-run-actions">
        {action('import', true)}
        {action('account')}
      </div>
      <div className="first-run-actions">
        {action('demo')}
        {action('empty')}
      </div>
      <p className="note">{t(`firstRun.demoNote.${owner.role}`)}</p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  )
}
