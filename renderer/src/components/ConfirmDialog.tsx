import { useTranslation } from 'react-i18next'

export function ConfirmDialog(props: {
  title: string
  body: string
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  return (
    <div className="dialog-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        aria-describedby="confirm-body"
        className="dialog"
        data-testid="confirm-dialog"
        onKeyDown={(e) => e.key === 'Escape' && props.onCancel()}
      >
        <h2 id="confirm-title">{props.title}</h2>
        <p id="confirm-body">{props.body}</p>
        <div className="dialog-actions">
          <button type="button" autoFocus onClick={props.onCancel} data-testid="confirm-cancel">
            {t('app.cancel')}
          </button>
          <button type="button" className="primary danger" onClick={props.onConfirm} data-testid="confirm-ok">
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </div>
  )
}
