import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

const SHORTCUTS = [
  ['j', 'next'],
  ['k', 'previous'],
  ['Enter', 'open'],
  ['x', 'select'],
  ['e', 'archive'],
  ['#', 'delete'],
  ['Shift+Delete', 'purge'],
  ['u', 'unread'],
  ['r', 'reply'],
  ['/', 'search'],
  ['l', 'label'],
  ['v', 'move'],
  ['?', 'help'],
  ['Ctrl+Enter', 'send'],
] as const

export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const closeButton = useRef<HTMLButtonElement>(null)
  useEffect(() => closeButton.current?.focus(), [])
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcuts-title"
        className="dialog"
        data-testid="shortcut-help"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <h2 id="shortcuts-title">{t('shortcuts.title')}</h2>
        <dl className="shortcut-list">
          {SHORTCUTS.map(([key, action]) => (
            <div key={key}>
              <dt>
                <kbd>{t(`shortcuts.keys.${key}`, { defaultValue: key })}</kbd>
              </dt>
              <dd>{t(`shortcuts.${action}`)}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeButton} type="button" onClick={onClose} data-testid="shortcut-help-close">
          {t('app.close')}
        </button>
      </div>
    </div>
  )
}
