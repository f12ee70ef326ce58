import { useTranslation } from 'react-i18next'

/**
 * Where the reply box would be, for a conversation the owner reported or whose sender is blocked: a
 * reply there is rarely meant (a phishing message asks for one), so the box is closed and says why.
 * A reported conversation can still be answered on purpose; a blocked sender must be unblocked first.
 */
export function ReplyClosed({
  reason,
  onReplyAnyway,
}: {
  reason: 'reported' | 'blocked'
  onReplyAnyway: () => void
}) {
  const { t } = useTranslation()
  return (
    <section
      className="composer reply-closed"
      aria-label={t('composer.closed.title')}
      data-testid="composer-closed"
      data-reason={reason}
    >
      <p role="note">{t(`composer.closed.${reason}`)}</p>
      {reason === 'reported' && (
        <button type="button" onClick={onReplyAnyway} data-testid="composer-reply-anyway">
          {t('composer.closed.replyAnyway')}
        </button>
      )}
    </section>
  )
}
