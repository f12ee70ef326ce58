import { useState } from 'react'
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

export interface ConfirmRequest {
  title: string
  body: string
  confirmLabel: string
  onConfirm: () => void
}

/**
 * For actions that cannot be undone: `ask(request)` shows the dialog, which closes before
 * `onConfirm` runs; render `dialog` once in the component. `open` tells whether it is showing.
 */
export function useConfirm() {
  const [request, setRequest] = useState<ConfirmRequest | null>(null)
  const dialog = request && (
    <ConfirmDialog
      {...request}
      onCancel={() => setRequest(null)}
      onConfirm={() => {
        setRequest(null)
        request.onConfirm()
      }}
    />
  )
  return { ask: setRequest, dialog, open: request !== null }
}
