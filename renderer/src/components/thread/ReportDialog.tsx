import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from '../primitives/Modal'

const REASONS = ['phishing', 'offPlatform', 'abusive', 'spam'] as const

export function ReportDialog({
  onSubmit,
  onCancel,
}: {
  onSubmit: (reason: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  // No reason is chosen for the user: a report says what they saw, not what we guessed.
  const [reason, setReason] = useState<(typeof REASONS)[number] | null>(null)
  const [note, setNote] = useState('')
  return (
    <Modal onClose={onCancel} backdropClassName="dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="report-title"
        aria-describedby="report-local"
        className="dialog"
        data-testid="report-dialog"
      >
        <h2 id="report-title">{t('report.title')}</h2>
        <p id="report-local" data-testid="report-local">
          {t('report.local')}
        </p>
        <fieldset>
          <legend>{t('report.reason')}</legend>
          {REASONS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="report-reason"
                checked={reason === value}
                onChange={() => setReason(value)}
                data-testid="report-reason"
                data-reason={value}
              />{' '}
              {t(`report.reasons.${value}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('report.note')}
          <textarea value={note} onChange={(e) => setNote(e.target.value)} data-testid="report-note" />
        </label>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('app.cancel')}
          </button>
          <button
            type="button"
            className="primary"
            disabled={reason === null}
            onClick={() => reason && onSubmit(note.trim() ? `${reason}: ${note.trim()}` : reason)}
            data-testid="report-submit"
          >
            {t('report.submit')}
          </button>
        </div>
      </div>
    </Modal>
  )
}
