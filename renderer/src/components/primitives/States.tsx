import { useTranslation } from 'react-i18next'

export function LoadingState({ label }: { label: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite" data-testid="loading">
      {label}
    </div>
  )
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  const { t } = useTranslation()
  return (
    <div className="state state-error" role="alert" data-testid="error-state">
      <p>{message}</p>
      <button type="button" onClick={onRetry} data-testid="retry">
        {t('app.retry')}
      </button>
    </div>
  )
}

export function EmptyState({ message, testId = 'empty-state' }: { message: string; testId?: string }) {
  return (
    <div className="state state-empty" data-testid={testId}>
      {message}
    </div>
  )
}
