import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import { OutputLink } from './OutputLink'
import { formatDateTime, formatSize } from '../../i18n'
import type { Language } from '../../i18n'
import type { BackupStatus, ExportResult } from '../../../../shared/model/safekeeping'
import { MAX_BACKUPS_KEPT } from '../../../../shared/model/safekeeping'
import { useAsync } from '../../state/useAsync'
import { useConfirm } from '../primitives/ConfirmDialog'
import { Overlay } from '../primitives/Overlay'
import { ErrorState, LoadingState } from '../primitives/States'
import { useToast } from '../notices/Toasts'
import { percentOf, useSafekeepingError, useTaskProgress } from './useSafekeeping'
import { useErrorText } from '../../i18n/useErrorText'

function Progress({ value, label, testId }: { value: number; label: string; testId: string }) {
  return (
    <progress max={100} value={value} aria-label={label} data-testid={testId}>
      {value} %
    </progress>
  )
}

/**
 * Safekeeping: automatic daily backups (on/off, how many kept, date of the last one), a backup now,
 * the list of backups (download, restore after confirmation) and the whole mailbox as mbox.
 */
export function BackupSettings({ language, onClose }: { language: Language; onClose: () => void }) {
  const { t } = useTranslation()
  const errorWords = useErrorText()
  const toast = useToast()
  const explain = useSafekeepingError()
  const confirm = useConfirm()
  const [loaded, reload] = useAsync(() => call(api.backup.status()), 'backup-status')
  const [saved, setSaved] = useState<BackupStatus | null>(null)
  const status = saved ?? loaded.value ?? null
  const [task, setTask] = useState<'backup' | 'restore' | 'mbox' | null>(null)
  const [mbox, setMbox] = useState<ExportResult | null>(null)
  const backupProgress = useTaskProgress('backup')
  const restoreProgress = useTaskProgress('restore')
  const mboxProgress = useTaskProgress('mbox')

  const refresh = async () => setSaved(await call(api.backup.status()))
  const run = async (name: 'backup' | 'restore' | 'mbox', work: () => Promise<void>) => {
    setTask(name)
    try {
      await work()
    } catch (error) {
      toast.show(explain(error), 'error')
    } finally {
      setTask(null)
      await refresh().catch(() => reload())
    }
  }
  const change = async (patch: { auto?: boolean; keep?: number }) => {
    try {
      setSaved(await call(api.backup.setSettings(patch)))
      toast.show(t('safekeeping.saved'))
    } catch (error) {
      toast.show(explain(error), 'error')
    }
  }
  const backupNow = () =>
    run('backup', async () => {
      const result = await call(api.backup.create())
      toast.show(t('safekeeping.backupDone', { threads: result.threads, messages: result.messages }))
    })
  const restore = (name: string, createdAt: string) =>
    confirm.ask({
      title: t('safekeeping.restoreTitle'),
      body: t('safekeeping.restoreBody', { date: formatDateTime(createdAt, language) }),
      confirmLabel: t('safekeeping.restoreConfirm'),
      onConfirm: () =>
        void run('restore', async () => {
          const result = await call(api.backup.restore(name))
          toast.show(t('safekeeping.restoreDone', { threads: result.threads, messages: result.messages }))
        }),
    })
  const exportAll = () =>
    run('mbox', async () => {
      setMbox(null)
      const result = await call(api.export.mbox({ everything: true }))
      setMbox(result)
      toast.show(t('safekeeping.mboxDone', { messages: result.messages }))
    })

  return (
    <Overlay
      title={t('safekeeping.title')}
      testId="backup-settings"
      closeLabel={t('safekeeping.close')}
      onClose={onClose}
      busy={task !== null}
      narrow
    >
      {!status ? (
        loaded.status === 'error' ? (
          <ErrorState message={errorWords(loaded.error)} onRetry={reload} />
        ) : (
          <LoadingState label={t('app.loading')} />
        )
      ) : (
        <div className="backup-form">
          <h3>{t('safekeeping.backups')}</h3>
          <p data-testid="backup-last">
            {status.lastBackupAt
              ? t('safekeeping.last', { date: formatDateTime(status.lastBackupAt, language) })
              : t('safekeeping.never')}
          </p>
          <label>
            <input
              type="checkbox"
              checked={status.settings.auto}
              onChange={(e) => void change({ auto: e.target.checked })}
              data-testid="backup-auto"
            />
            {t('safekeeping.auto')}
          </label>
          <label>
            {t('safekeeping.keep')}
            <input
              type="number"
              min={1}
              max={MAX_BACKUPS_KEPT}
              value={status.settings.keep}
              onChange={(e) => {
                const keep = Number(e.target.value)
                if (Number.isInteger(keep) && keep >= 1 && keep <= MAX_BACKUPS_KEPT) void change({ keep })
              }}
              data-testid="backup-keep"
            />
          </label>
          <div className="backup-actions">
            <button
              type="button"
              onClick={() => void backupNow()}
              disabled={task !== null}
              data-testid="backup-now"
            >
              {t('safekeeping.backupNow')}
            </button>
            {task === 'backup' && (
              <Progress
                value={percentOf(backupProgress)}
                label={t('safekeeping.backupNow')}
                testId="backup-progress"
              />
            )}
          </div>
          {task === 'restore' && (
            <Progress
              value={percentOf(restoreProgress)}
              label={t('safekeeping.restoring')}
              testId="restore-progress"
            />
          )}
          <ul className="backup-list" data-testid="backup-list">
            {status.backups.map((backup) => (
              <li key={backup.name} data-testid="backup-item">
                <span>
                  {formatDateTime(backup.createdAt, language)} · {formatSize(backup.bytes, language)}
                </span>
                <OutputLink kind="backups" name={backup.name} testId="backup-download">
                  {t('safekeeping.download')}
                </OutputLink>
                <button
                  type="button"
                  onClick={() => restore(backup.name, backup.createdAt)}
                  disabled={task !== null}
                  data-testid="backup-restore"
                >
                  {t('safekeeping.restore')}
                </button>
              </li>
            ))}
          </ul>
          <h3>{t('safekeeping.mboxTitle')}</h3>
          <p className="note">{t('safekeeping.mboxNote')}</p>
          <div className="backup-actions">
            <button
              type="button"
              onClick={() => void exportAll()}
              disabled={task !== null}
              data-testid="mbox-export-all"
            >
              {t('safekeeping.mboxAll')}
            </button>
            {task === 'mbox' && (
              <Progress
                value={percentOf(mboxProgress)}
                label={t('safekeeping.mboxAll')}
                testId="mbox-progress"
              />
            )}
            {mbox && (
              <OutputLink kind="exports" name={mbox.name} testId="mbox-download">
                {t('safekeeping.mboxDownload', { messages: mbox.messages })}
              </OutputLink>
            )}
          </div>
        </div>
      )}
      {confirm.dialog}
    </Overlay>
  )
}
