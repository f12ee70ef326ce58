import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText } from '../../i18n/errors'

interface Toast {
  id: number
  message: string
  kind: 'info' | 'error'
  undo?: () => void
}

interface ToastApi {
  show(message: string, kind?: 'info' | 'error', undo?: () => void): void
  /** A failed command: its message (bridge errors are already bilingual-aware ComptoirErrors). */
  showError(error: unknown): void
}

const ToastContext = createContext<ToastApi>({ show: () => undefined, showError: () => undefined })
export const useToast = () => useContext(ToastContext)

/** Transient notices; destructive actions offer Undo here for a few seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation()
  const [toasts, setToasts] = useState<Toast[]>([])
  const nextId = useRef(1)
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), [])
  const api = useMemo<ToastApi>(() => {
    const show: ToastApi['show'] = (message, kind = 'info', undo) => {
      const id = nextId.current++
      setToasts((all) => [...all.slice(-2), { id, message, kind, ...(undo ? { undo } : {}) }])
      window.setTimeout(() => dismiss(id), undo ? 8000 : 5000)
    }
    return {
      show,
      showError: (error) => show(errorText(error, t, i18n.language === 'en' ? 'en' : 'fr'), 'error'),
    }
  }, [dismiss, t, i18n])
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={`toast toast-${toast.kind}`}
            role={toast.kind === 'error' ? 'alert' : 'status'}
            data-testid="toast"
          >
            <span>{toast.message}</span>
            {toast.undo && (
              <button
                type="button"
                onClick={() => {
                  toast.undo?.()
                  dismiss(toast.id)
                }}
                data-testid="toast-undo"
              >
                {t('actions.undo')}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              onClick={() => dismiss(toast.id)}
              aria-label={t('app.close')}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}
