import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../bridge'
import type { OwnerRole } from '../../../shared/model/mailbox'

export function FirstRun({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const [role, setRole] = useState<OwnerRole>('seller')
  const [displayName, setDisplayName] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const finish = async (withDemo: boolean) => {
    if (!displayName.trim()) {
      setError(t(`firstRun.nameMissing.${role}`))
      return
    }
    setBusy(true)
    setError(null)
    try {
      // The owner first: importing the demo keeps an owner already chosen.
      await call(api.owner.set({ role, displayName: displayName.trim() }))
      await call(api.settings.set({ role }))
      if (withDemo) await call(api.app.loadDemo())
      onDone()
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e))
      setBusy(false)
    }
  }
  return (
    <main className="first-run" data-testid="first-run">
      <h1>{t('firstRun.title')}</h1>
      <p>{t('firstRun.body')}</p>
      <fieldset>
        <legend>{t('firstRun.role')}</legend>
        {(['seller', 'buyer'] as const).map((option) => (
          <label key={option}>
            <input type="radio" name="role" checked={role === option} onChange={() => setRole(option)} />{' '}
            {t(`firstRun.${option}`)}
          </label>
        ))}
      </fieldset>
      <label className="first-run-name">
        <span>{t(`firstRun.name.${role}`)}</span>
        <input
          value={displayName}
          maxLength={120}
          onChange={(e) => setDisplayName(e.target.value)}
          data-testid="first-run-name"
        />
      </label>
      <div className="first-run-actions">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => void finish(true)}
          data-testid="first-run-demo"
        >
          {t('firstRun.loadDemo')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void finish(false)}
          data-testid="first-run-empty"
        >
          {t('firstRun.startEmpty')}
        </button>
      </div>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </main>
  )
}
