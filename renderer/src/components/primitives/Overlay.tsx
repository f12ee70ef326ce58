import { useId, useRef } from 'react'
import { Modal } from './Modal'
import type { ReactNode } from 'react'
import './reply-tools.css'

/**
 * A modal panel over the workspace (dashboard, templates, notification settings): Escape, the close
 * button or a click on the backdrop closes it. `busy` holds Escape while a nested dialog is open.
 */
export function Overlay(props: {
  title: string
  testId: string
  closeLabel: string
  onClose: () => void
  narrow?: boolean
  busy?: boolean
  /** Controls shown in the header, before the close button. */
  actions?: ReactNode
  attributes?: Record<`data-${string}`, string>
  children: ReactNode
}) {
  const { onClose, busy } = props
  const titleId = useId()
  const closeButton = useRef<HTMLButtonElement>(null)
  return (
    <Modal
      onClose={onClose}
      busy={busy}
      backdropClassName="overlay"
      closeOnBackdrop
      initialFocus={closeButton}
    >
      <div
        className={props.narrow ? 'overlay-panel narrow' : 'overlay-panel'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={props.testId}
        {...props.attributes}
      >
        <header className="overlay-header">
          <h2 id={titleId}>{props.title}</h2>
          {props.actions}
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label={props.closeLabel}
            data-testid={`${props.testId}-close`}
            ref={closeButton}
          >
            ×
          </button>
        </header>
        {props.children}
      </div>
    </Modal>
  )
}
