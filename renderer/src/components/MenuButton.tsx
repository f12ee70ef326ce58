import { useEffect, useRef, useState } from 'react'
import type { ReactNode } from 'react'

/** A button opening a small menu; Escape or a click outside closes it, focus goes to the first item. */
export function MenuButton({
  label,
  ariaLabel,
  disabled,
  testId,
  shortcut,
  compact,
  children,
}: {
  label: string
  ariaLabel?: string
  disabled: boolean
  testId: string
  shortcut?: string
  /** Icon-only trigger (e.g. "⋯"), named by ariaLabel. */
  compact?: boolean
  children: ReactNode
}) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    root.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
    const close = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])
  return (
    <div
      className="menu-root"
      ref={root}
      onKeyDown={(e) => e.key === 'Escape' && (e.stopPropagation(), setOpen(false))}
    >
      <button
        type="button"
        disabled={disabled}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        data-testid={testId}
        data-shortcut={shortcut}
        title={shortcut ?? ariaLabel}
        aria-label={ariaLabel}
        className={compact ? 'icon-button' : undefined}
      >
        {compact ? label : `${label} ▾`}
      </button>
      {open && (
        <div className="menu" role="menu" onClick={() => setOpen(false)} data-testid={`${testId}-menu`}>
          {children}
        </div>
      )}
    </div>
  )
}
