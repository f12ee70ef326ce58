import { useState } from 'react'
import { useTranslation } from 'react-i18next'

const REASONS = ['phishing', 'offPlatform', 'abusive', 'spam'] as const

export function ReportDialog({
  onSubmit,
  onCancel,
}: {
  onSubmit: (reason: string) => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const [reason, setReason] = useState<(typeof REASONS)[number]>('phishing')
  const [note, setNote] = useState('')
  return (
    <div className="dialog-backdrop">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="report-title"
        className="dialog"
        data-testid="report-dialog"
        onKeyDown={(e) => e.key === 'Escape' && onCancel()}
      >
        <h2 id="report-title">{t('report.title')}</h2>
        <fieldset>
          {REASONS.map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="report-reason"
                checked={reason === value}
                onChange={() => setReason(value)}
                autoFocus={value === 'phishing'}
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
            onClick={() => onSubmit(note.trim() ? `${reason}: ${note.trim()}` : reason)}
            data-testid="report-submit"
          >
            {t('report.submit')}
          </button>
        </div>
      </div>
    </div>
  )
}
