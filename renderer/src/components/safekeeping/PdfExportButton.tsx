import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import { OutputLink } from './OutputLink'
import type { Language } from '../../i18n'
import type { ExportResult } from '../../../../shared/model/safekeeping'
import { useToast } from '../notices/Toasts'
import { useSafekeepingError } from './useSafekeeping'

/**
 * "Export as PDF" for a thread (thread view) or every thread of an order (order panel): the evidence
 * PDF is written by main, then offered as a download link naming its pages and embedded originals.
 */
export function PdfExportButton(props: {
  target: { threadId: string } | { orderNumber: string }
  language: Language
  testId: string
}) {
  const { t } = useTranslation()
  const toast = useToast()
  const explain = useSafekeepingError()
  const [busy, setBusy] = useState(false)
  const [done, setDone] = useState<ExportResult | null>(null)
  const run = async () => {
    setBusy(true)
    setDone(null)
    try {
      const result = await call(api.export.pdf(props.target, props.language))
      setDone(result)
      toast.show(t('evidence.ready', { pages: result.pages, embedded: result.embedded }))
    } catch (error) {
      toast.show(explain(error), 'error')
    } finally {
      setBusy(false)
    }
  }
  const label = 'threadId' in props.target ? t('evidence.exportThread') : t('evidence.exportOrder')
  return (
    <span className="pdf-export">
      <button
        type="button"
        className="tool-button"
        onClick={() => void run()}
        disabled={busy}
        data-testid={props.testId}
      >
        {busy ? t('evidence.working') : label}
      </button>
      {done && (
        <OutputLink kind="exports" name={done.name} testId={`${props.testId}-download`}>
          {t('evidence.download', { pages: done.pages })}
        </OutputLink>
      )}
    </span>
  )
}
