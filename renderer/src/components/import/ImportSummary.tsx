import { useTranslation } from 'react-i18next'
import type { ImportDoneEvent } from '../../../../shared/ipc/contract'
import type { Language } from '../../i18n'
import { importProblemText, importStopText } from '../../i18n/mail-words'

const ROWS = [
  ['read', 'read'],
  ['imported', 'imported'],
  ['duplicates', 'duplicates'],
  ['skipped', 'skipped'],
  ['failed', 'failed'],
  ['threads_created', 'threadsCreated'],
  ['threads_updated', 'threadsUpdated'],
] as const

/** The end of an import: what was read and done, and each mail that could not be read, with why. */
export function ImportSummary({
  summary,
  language,
  onAgain,
}: {
  summary: ImportDoneEvent
  language: Language
  onAgain: () => void
}) {
  const { t } = useTranslation()
  const number = new Intl.NumberFormat(language === 'fr' ? 'fr-FR' : 'en-GB')
  const title = summary.fatal
    ? t('mailImport.failedTitle')
    : summary.cancelled
      ? t('mailImport.cancelledTitle')
      : t('mailImport.doneTitle')
  return (
    <div className="import-summary" data-testid="import-summary" data-cancelled={String(summary.cancelled)}>
      <h3>{title}</h3>
      {summary.fatal && (
        <p className="import-error" role="alert">
          {importStopText(summary.fatal, t)}
        </p>
      )}
      {summary.cancelled && <p>{t('mailImport.cancelledNote')}</p>}
      <dl className="import-counts">
        {ROWS.map(([key, label]) => (
          <div key={key}>
            <dt>{t(`mailImport.${label}`)}</dt>
            <dd data-testid={`import-count-${key}`}>{number.format(summary[key])}</dd>
          </div>
        ))}
      </dl>
      {summary.errors.length > 0 && (
        <>
          <h4>{t('mailImport.errors')}</h4>
          <ul className="import-errors" data-testid="import-errors">
            {summary.errors.slice(0, 200).map((error) => (
              <li key={error.source} data-testid="import-error-item">
                <code>{error.source}</code> — {importProblemText(error.problem, t)}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onAgain} data-testid="import-again">
          {t('mailImport.again')}
        </button>
      </div>
    </div>
  )
}
