import { useTranslation } from 'react-i18next'
import type { MailOverview } from '../../../../shared/model/mail-status'
import { mailProblemText } from '../../i18n/errors'

/** The live mailbox at a glance in the top bar; opens the account panel. */
export function MailStatusBadge({ overview, onOpen }: { overview: MailOverview | null; onOpen: () => void }) {
  const { t } = useTranslation()
  const state = overview?.account ? overview.status.state : 'off'
  const error = mailProblemText(overview?.status.lastError, t)
  return (
    <button
      type="button"
      className={`tool-button mail-status mail-status-${state}`}
      onClick={onOpen}
      data-testid="mail-status"
      data-state={state}
      title={error || t(`mail.state.${state}`)}
    >
      <span className="mail-status-dot" aria-hidden="true" />
      {t(`mail.state.${state}`)}
    </button>
  )
}
