import { useEffect, useRef, useState } from 'react'
import type { DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../i18n'
import { formatSize } from '../../i18n'
import { Overlay } from '../primitives/Overlay'
import { useOrdersImport } from './useOrdersImport'
import type { ImportState } from './useOrdersImport'
import './orders-import.css'

/**
 * Import of Seller Central's order reports ("All Orders", "Amazon Fulfilled Shipments"): pick or drop
 * the files, watch them go, read the summary. Files dropped on the window arrive as `initialFiles`.
 */
export function OrdersImport(props: {
  language: Language
  initialFiles: File[]
  onClose: () => void
  onImported: () => void
}) {
  const { t } = useTranslation()
  const { state, busy, start, cancel } = useOrdersImport(props.onImported)
  const [dragging, setDragging] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const initial = useRef(props.initialFiles)
  useEffect(() => {
    if (initial.current.length > 0) void start(initial.current)
    initial.current = []
  }, [start])

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    if (!busy) void start([...event.dataTransfer.files])
  }

  return (
    <Overlay
      title={t('ordersImport.title')}
      testId="orders-import"
      closeLabel={t('app.close')}
      onClose={busy ? () => undefined : props.onClose}
      busy={busy}
      attributes={{ 'data-phase': state.phase }}
    >
      <div className="orders-import">
        <p className="orders-import-help">{t('ordersImport.help')}</p>
        <div
          className={dragging ? 'orders-import-drop dragging' : 'orders-import-drop'}
          onDragOver={(e) => {
            e.preventDefault()
            setDragging(true)
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          data-testid="orders-import-drop"
        >
          <p>{t('ordersImport.drop')}</p>
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => input.current?.click()}
            data-testid="orders-import-choose"
          >
            {t('ordersImport.choose')}
          </button>
          <input
            ref={input}
            type="file"
            multiple
            accept=".txt,.tsv,.csv,text/plain,text/tab-separated-values"
            hidden
            onChange={(e) => {
              void start([...(e.target.files ?? [])])
              e.target.value = ''
            }}
            data-testid="orders-import-file"
          />
        </div>
        <ImportStatus state={state} language={props.language} onCancel={cancel} />
      </div>
    </Overlay>
  )
}

function ImportStatus({
  state,
  language,
  onCancel,
}: {
  state: ImportState
  language: Language
  onCancel: () => void
}) {
  const { t } = useTranslation()
  switch (state.phase) {
    case 'idle':
      return null
    case 'sending':
    case 'importing': {
      const sending = state.phase === 'sending'
      return (
        <div className="orders-import-progress" role="status" data-testid="orders-import-progress">
          <p>
            {sending
              ? t('ordersImport.sending', {
                  sent: formatSize(state.sent, language),
                  total: formatSize(state.total, language),
                })
              : t('ordersImport.importing')}
          </p>
          <progress
            max={sending ? state.total || 1 : undefined}
            value={sending ? state.sent : undefined}
            aria-label={t('ordersImport.title')}
          />
          {sending && (
            <button type="button" onClick={onCancel} data-testid="orders-import-cancel">
              {t('ordersImport.cancel')}
            </button>
          )}
        </div>
      )
    }
    case 'cancelled':
      return (
        <p role="status" data-testid="orders-import-cancelled">
          {t('ordersImport.cancelled')}
        </p>
      )
    case 'failed':
      return (
        <p className="banner warning" role="alert" data-testid="orders-import-failed">
          {state.tooLarge
            ? t('ordersImport.tooLarge', { name: state.tooLarge })
            : t('ordersImport.failed', { message: state.message })}
        </p>
      )
    case 'done':
      return <ImportSummaryView state={state} language={language} />
  }
}

function ImportSummaryView({
  state,
  language,
}: {
  state: Extract<ImportState, { phase: 'done' }>
  language: Language
}) {
  const { t } = useTranslation()
  const { summary } = state
  const figures = [
    ['read', summary.read],
    ['orders', summary.orders],
    ['created', summary.created],
    ['updated', summary.updated],
    ['unchanged', summary.unchanged],
    ['matched', summary.matched_threads],
  ] as const
  const nothingRead = summary.orders === 0 && summary.errors.length > 0
  return (
    <section className="orders-import-summary" data-testid="orders-import-summary" aria-live="polite">
      {/* Nothing was read (not a report at all): no "imported", no "the rest is imported". */}
      <h3>
        {nothingRead ? t('ordersImport.nothing') : t('ordersImport.done', { count: state.files.length })}
      </h3>
      <dl>
        {figures.map(([key, value]) => (
          <div key={key} data-testid={`orders-import-${key}`} data-value={value}>
            <dt>{t(`ordersImport.figures.${key}`)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {summary.errors.length > 0 && (
        <>
          <h4>
            {t(nothingRead ? 'ordersImport.unreadable' : 'ordersImport.errors', {
              count: summary.errors.length,
            })}
          </h4>
          <ul className="orders-import-errors">
            {summary.errors.map((error, index) => (
              <li key={`${error.source}-${index}`} data-testid="orders-import-error">
                <code>{error.source}</code> — {language === 'fr' ? error.reason_fr : error.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
