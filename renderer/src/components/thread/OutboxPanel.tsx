import { useCallback, useEffect, useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { keys } from '../../data/keys'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { OutboxEntry } from '../../../../shared/model/outbox'
import { mailProblemText } from '../../i18n/errors'
import { useToast } from '../notices/Toasts'

/**
 * Replies of this thread not yet accepted by the mail server: each with its last error, Retry, and
 * "Back to the editor" (gives the text back; nothing is lost). The reply clock keeps running.
 */
export function OutboxPanel({
  threadId,
  onRestore,
}: {
  threadId: string
  onRestore: (text: string) => void
}) {
  const { t } = useTranslation()
  const toast = useToast()
  const [busy, setBusy] = useState<string | null>(null)
  // One outbox query for the whole app (usually empty), filtered here: opening a thread costs no call.
  const client = useQueryClient()
  const outbox = useQuery({ queryKey: keys.outbox, queryFn: () => call(api.outbox.list()) })
  const entries: OutboxEntry[] = (outbox.data ?? []).filter((entry) => entry.threadId === threadId)
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: keys.outbox }), [client])
  useEffect(() => api.on('outbox:changed', reload), [reload])
  if (entries.length === 0) return null

  const retry = async (id: string) => {
    setBusy(id)
    try {
      const left = await call(api.outbox.retry(id))
      toast.show(left ? t('outbox.stillWaiting') : t('outbox.sent'), left ? 'error' : 'info')
      reload()
    } catch (error) {
      toast.showError(error)
    } finally {
      setBusy(null)
    }
  }
  const discard = async (entry: OutboxEntry) => {
    await call(api.outbox.discard(entry.id)).then(() => onRestore(entry.body), toast.showError)
    reload()
  }

  return (
    <section className="outbox" aria-label={t('outbox.title')} data-testid="outbox">
      <h3>{t('outbox.title')}</h3>
      <ul>
        {entries.map((entry) => (
          <li
            key={entry.id}
            className={entry.refused ? 'outbox-entry refused' : 'outbox-entry'}
            data-testid="outbox-entry"
            data-refused={String(entry.refused)}
          >
            <p className="outbox-state">{entry.refused ? t('outbox.refused') : t('outbox.waiting')}</p>
            <p className="outbox-body">{entry.body}</p>
            {entry.lastError && (
              <p className="outbox-error" role="alert" data-testid="outbox-error">
                {mailProblemText(entry.lastError, t)}
              </p>
            )}
            <div className="outbox-actions">
              <button
                type="button"
                onClick={() => void retry(entry.id)}
                disabled={busy === entry.id}
                data-testid="outbox-retry"
              >
                {t('outbox.retry')}
              </button>
              <button type="button" onClick={() => void discard(entry)} data-testid="outbox-discard">
                {t('outbox.discard')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  )
}
