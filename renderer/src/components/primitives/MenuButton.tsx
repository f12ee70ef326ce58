import { useState } from 'react'
import type { KeyboardEvent, ReactNode } from 'react'
import {
  FloatingFocusManager,
  FloatingPortal,
  autoUpdate,
  flip,
  offset,
  shift,
  size,
  useClick,
  useDismiss,
  useFloating,
  useInteractions,
  useRole,
} from '@floating-ui/react'

const ITEM = '[role="menuitem"]:not([disabled]), [role="menuitemcheckbox"]:not([disabled])'

/** Arrow keys, Home and End move between the menu's items (wrapping), as in any desktop menu. */
export function moveMenuFocus(menu: HTMLElement, key: string): boolean {
  const items = [...menu.querySelectorAll<HTMLElement>(ITEM)]
  if (items.length === 0) return false
  const index = items.indexOf(document.activeElement as HTMLElement)
  const next =
    key === 'ArrowDown'
      ? items[(index + 1) % items.length]
      : key === 'ArrowUp'
        ? items[(index - 1 + items.length) % items.length]
        : key === 'Home'
          ? items[0]
          : key === 'End'
            ? items.at(-1)
            : undefined
  if (!next) return false
  next.focus()
  return true
}

/**
 * A button opening a menu. The menu is portalled to the body and positioned by Floating UI so it
 * stays inside the window (flips above the button near the bottom, shifts along the edge, shrinks and
 * scrolls when there is no room); Escape or a click outside closes it and focus returns to the
 * button; arrow keys move between items; focus starts on the first item. Not modal (a menu, not a
 * dialog): the page behind stays in the accessibility tree, and Tab out of the menu closes it.
 */
export function MenuButton({
  label,
  ariaLabel,
  disabled,
  testId,
  shortcut,
  compact,
  tabIndex,
  title,
  children,
}: {
  /** Words, or an icon when compact. */
  label: ReactNode
  ariaLabel?: string
  disabled: boolean
  testId: string
  shortcut?: string
  /** Icon-only trigger (e.g. "⋯"), named by ariaLabel. */
  compact?: boolean
  tabIndex?: number
  /** Tooltip (defaults to the shortcut, else ariaLabel). */
  title?: string
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const { floatingStyles, context } = useFloating({
    open,
    onOpenChange: setOpen,
    placement: 'bottom-start',
    whileElementsMounted: autoUpdate,
    middleware: [
      offset(4),
      flip({ padding: 8 }),
      shift({ padding: 8 }),
      size({
        padding: 8,
        apply({ availableHeight, elements }) {
          elements.floating.style.maxHeight = `${Math.max(120, availableHeight)}px`
        },
      }),
    ],
  })
  // Floating UI's element setters (callbacks, not ref reads: the lint rule cannot tell).
  const { setReference, setFloating } = context.refs
  const { getReferenceProps, getFloatingProps } = useInteractions([
    useClick(context),
    useDismiss(context),
    useRole(context, { role: 'menu' }),
  ])
  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (moveMenuFocus(event.currentTarget, event.key)) event.preventDefault()
  }
  return (
    <div className="menu-root">
      <button
        type="button"
        ref={setReference}
        disabled={disabled}
        data-testid={testId}
        data-shortcut={shortcut}
        title={title ?? shortcut ?? ariaLabel}
        aria-label={ariaLabel}
        className={compact ? 'icon-button icon-action' : undefined}
        tabIndex={tabIndex}
        {...getReferenceProps()}
      >
        {label}
        {!compact && <span aria-hidden="true"> ▾</span>}
      </button>
      {open && (
        <FloatingPortal preserveTabOrder={false}>
          <FloatingFocusManager context={context} modal={false} guards={false} initialFocus={0} returnFocus>
            <div
              ref={setFloating}
              className="menu"
              style={floatingStyles}
              data-testid={`${testId}-menu`}
              {...getFloatingProps({
                onKeyDown: onMenuKey,
                // A chosen item closes the menu (items run their own command on click).
                onClick: (event) => {
                  if ((event.target as HTMLElement).closest(ITEM)) setOpen(false)
                },
              })}
            >
              {children}
            </div>
          </FloatingFocusManager>
        </FloatingPortal>
      )}
    </div>
  )
}
