import { useLayoutEffect } from 'react'
import { useTranslation } from 'react-i18next'
import {
  FloatingFocusManager,
  FloatingPortal,
  autoUpdate,
  flip,
  offset,
  shift,
  useDismiss,
  useFloating,
  useInteractions,
  useRole,
} from '@floating-ui/react'
import type { Command } from '../../commands/registry'
import { keyLabel } from '../../../../shared/commands/catalog'
import { moveMenuFocus } from '../primitives/MenuButton'

export interface ContextMenuRequest {
  x: number
  y: number
  /** The threads the menu acts on (the selection when the row is in it, else that row). */
  ids: string[]
}

/** The context menu of a thread row: the registry's row commands, at the pointer, inside the window. */
export function RowContextMenu({
  request,
  commands,
  onClose,
}: {
  request: ContextMenuRequest
  commands: readonly Command[]
  onClose: () => void
}) {
  const { i18n } = useTranslation()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const { floatingStyles, context } = useFloating({
    open: true,
    onOpenChange: (open) => !open && onClose(),
    placement: 'right-start',
    whileElementsMounted: autoUpdate,
    middleware: [offset(2), flip({ padding: 8 }), shift({ padding: 8 })],
  })
  // The pointer is the reference: a virtual element of zero size where the right click happened.
  const { setPositionReference } = context.refs
  useLayoutEffect(() => {
    setPositionReference({ getBoundingClientRect: () => new DOMRect(request.x, request.y, 0, 0) })
  }, [request.x, request.y, setPositionReference])
  const { setFloating } = context.refs
  const { getFloatingProps } = useInteractions([useDismiss(context), useRole(context, { role: 'menu' })])
  const items = commands.filter((c) => c.onRow && c.runOn)
  return (
    <FloatingPortal preserveTabOrder={false}>
      <FloatingFocusManager context={context} modal={false} guards={false} initialFocus={0} returnFocus>
        <div
          ref={setFloating}
          className="menu"
          style={floatingStyles}
          data-testid="row-menu"
          {...getFloatingProps({
            onKeyDown: (event) => {
              if (moveMenuFocus(event.currentTarget, event.key)) event.preventDefault()
            },
          })}
        >
          {items.map((command) => (
            <button
              key={command.id}
              type="button"
              role="menuitem"
              data-testid="row-menu-item"
              data-command-id={command.id}
              onClick={() => {
                onClose()
                command.runOn?.(request.ids)
              }}
            >
              <span>{command.label[language]}</span>
              {command.key && <kbd className="menu-key">{keyLabel(command, language)}</kbd>}
            </button>
          ))}
        </div>
      </FloatingFocusManager>
    </FloatingPortal>
  )
}
