import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { Owner } from '../../../../shared/model/mailbox'
import { OwnerFields, ownerToSave } from '../settings/OwnerFields'

export function FirstRun({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation()
  const [owner, setOwner] = useState<Owner>({ role: 'seller', displayName: '' })
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const finish = async (withDemo: boolean) => {
    const toSave = ownerToSave(owner)
    if (!toSave) {
      setError(t(`firstRun.nameMissing.${owner.role}`))
      return
    }
    setBusy(true)
    setError(null)
    try {
      // The owner first: importing the demo keeps an owner already chosen.
      await call(api.owner.set(toSave))
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
      <OwnerFields owner={owner} onChange={setOwner} testIdPrefix="first-run" />
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
