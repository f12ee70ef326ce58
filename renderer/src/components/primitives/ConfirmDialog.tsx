import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Modal } from './Modal'

export function ConfirmDialog(props: {
  title: string
  body: string
  confirmLabel: string
  onConfirm: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation()
  const id = useId()
  return (
    <Modal onClose={props.onCancel} backdropClassName="dialog-backdrop">
      <div
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="dialog"
        data-testid="confirm-dialog"
      >
        <h2 id={`${id}-title`}>{props.title}</h2>
        <p id={`${id}-body`}>{props.body}</p>
        <div className="dialog-actions">
          <button type="button" onClick={props.onCancel} data-testid="confirm-cancel">
            {t('app.cancel')}
          </button>
          <button type="button" className="primary danger" onClick={props.onConfirm} data-testid="confirm-ok">
            {props.confirmLabel}
          </button>
        </div>
      </div>
    </Modal>
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
