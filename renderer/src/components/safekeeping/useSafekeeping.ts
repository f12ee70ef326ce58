import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../../bridge'
import { ComptoirError } from '../../../../shared/ipc/result'
import type { SafekeepingProgress, SafekeepingTask } from '../../../../shared/model/safekeeping'
import { hasErrorReason } from '../../../../shared/ipc/error-details'
import { useErrorText } from '../../i18n/useErrorText'

/** The latest progress of one kind of task (backup, restore, mbox, pdf), from main's events. */
export function useTaskProgress(task: SafekeepingTask): SafekeepingProgress | null {
  const [progress, setProgress] = useState<SafekeepingProgress | null>(null)
  useEffect(() => api.on('safekeeping:progress', (p) => p.task === task && setProgress(p)), [task])
  return progress
}

export function percentOf(progress: SafekeepingProgress | null): number {
  if (!progress || progress.total === 0) return 0
  return Math.min(100, Math.round((100 * progress.done) / progress.total))
}

/** Errors of backups and exports in the user's language; main's own sentence follows as the detail. */
export function useSafekeepingError(): (error: unknown) => string {
  const { t, i18n } = useTranslation()
  const errorWords = useErrorText()
  // Main's own sentence is developer English: a detail for the English screen only.
  const detail = (error: unknown) =>
    i18n.language === 'en' ? ` (${error instanceof Error ? error.message : String(error)})` : ''
  return (error) => {
    if (error instanceof ComptoirError && hasErrorReason(error.details)) return errorWords(error)
    if (error instanceof ComptoirError) {
      const known = ['BACKUP_REFUSED', 'STORE_LOCKED', 'NOT_FOUND', 'STORE_ERROR'] as const
      const code = known.find((c) => c === error.code)
      if (code) return `${t(`safekeeping.errors.${code}`)}${detail(error)}`
    }
    return `${t('safekeeping.errors.generic')}${detail(error)}`
  }
}
