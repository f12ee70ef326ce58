import type { ReactNode, RefObject } from 'react'
import { FloatingFocusManager, FloatingPortal, useFloating } from '@floating-ui/react'

/**
 * The one modal primitive (confirmations, the report dialog, the top-bar panels): portalled to the
 * body, focus trapped inside (Tab and Shift+Tab cycle within it, the page behind is inert) and given
 * back to where it was on close; Escape closes the innermost one; a click on the backdrop closes it
 * when `closeOnBackdrop` (a question that must be answered keeps its backdrop inert instead).
 */
export function Modal(props: {
  onClose: () => void
  /** While true, Escape and the backdrop do nothing (a nested question is showing). */
  busy?: boolean
  backdropClassName: string
  closeOnBackdrop?: boolean
  initialFocus?: RefObject<HTMLElement | null>
  children: ReactNode
}) {
  const { onClose, busy } = props
  const { context } = useFloating({ open: true, onOpenChange: (open) => !open && onClose() })
  // Floating UI's element setter (a callback, not a ref read: the lint rule cannot tell).
  const { setFloating } = context.refs
  return (
    <FloatingPortal>
      <div
        className={props.backdropClassName}
        onClick={(e) => props.closeOnBackdrop && !busy && e.target === e.currentTarget && onClose()}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return
          e.stopPropagation()
          if (!busy) onClose()
        }}
      >
        <FloatingFocusManager context={context} modal initialFocus={props.initialFocus ?? 0} returnFocus>
          <div ref={setFloating} className="modal-focus-scope">
            {props.children}
          </div>
        </FloatingFocusManager>
      </div>
    </FloatingPortal>
  )
}
