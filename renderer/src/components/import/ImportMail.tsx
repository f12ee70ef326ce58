/**
 * Importing mail files: the top-bar button (or files dropped anywhere but the composer) opens a dialog
 * listing the files; "Import" sends them (upload in web mode, paths on the desktop), then follows the
 * run's progress events, offers a cancel, and ends with the summary. The imported threads appear in
 * the list by themselves (store:changed).
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ImportDoneEvent, ImportProgressEvent } from '../../../../shared/ipc/contract'
import { api, call } from '../../bridge'
import { prepareImportSources } from '../../bridge/import-files'
import type { UploadProgress } from '../../bridge/import-files'
import { formatSize } from '../../i18n'
import type { Language } from '../../i18n'
import { Overlay } from '../primitives/Overlay'
import { ImportSummary } from './ImportSummary'
import { TOOL_ICONS } from '../primitives/Icons'
import './import-mail.css'
import { useErrorText } from '../../i18n/useErrorText'

type Phase =
  | { step: 'choose' }
  | { step: 'uploading'; progress: UploadProgress }
  | { step: 'importing'; jobId: string | null; progress: ImportProgressEvent | null; cancelling: boolean }
  | { step: 'done'; summary: ImportDoneEvent }
  | { step: 'error'; message: string }

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true

export function ImportMail({ language, openAtStart = false }: { language: Language; openAtStart?: boolean }) {
  const { t } = useTranslation()
  const errorWords = useErrorText()
  const [open, setOpen] = useState(openAtStart)
  const [files, setFiles] = useState<File[]>([])
  const [all, setAll] = useState(false)
  const [phase, setPhase] = useState<Phase>({ step: 'choose' })
  const [dragging, setDragging] = useState(false)
  const input = useRef<HTMLInputElement>(null)
  const upload = useRef<AbortController | null>(null)
  const jobId = useRef<string | null>(null)
  /** A tiny import can end before `import:start` answers: its summary waits here. */
  const early = useRef(new Map<string, ImportDoneEvent>())

  const running = phase.step === 'uploading' || phase.step === 'importing'

  const choose = useCallback((chosen: File[]) => {
    if (chosen.length === 0) return
    setFiles(chosen)
    setPhase({ step: 'choose' })
    setOpen(true)
  }, [])

  // Files dropped anywhere the composer did not take them (it takes attachments) open the import.
  useEffect(() => {
    const over = (event: DragEvent) => {
      if (!hasFiles(event) || running) return
      event.preventDefault()
      setDragging(true)
    }
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false)
    }
    const drop = (event: DragEvent) => {
      setDragging(false)
      if (event.defaultPrevented || !hasFiles(event) || running) return
      event.preventDefault()
      choose([...(event.dataTransfer?.files ?? [])])
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [choose, running])

  useEffect(() => {
    const offProgress = api.on('import:progress', (event) => {
      if (event.jobId !== jobId.current) return
      setPhase((p) => (p.step === 'importing' ? { ...p, progress: event } : p))
    })
    const offDone = api.on('import:done', (event) => {
      if (event.jobId !== jobId.current) early.current.set(event.jobId, event)
      else setPhase({ step: 'done', summary: event })
    })
    return () => {
      offProgress()
      offDone()
    }
  }, [])

  const start = async () => {
    const controller = new AbortController()
    upload.current = controller
    setPhase({ step: 'uploading', progress: { done: 0, total: files.reduce((s, f) => s + f.size, 0) } })
    try {
      const sources = await prepareImportSources(
        files,
        (progress) => setPhase({ step: 'uploading', progress }),
        controller.signal,
      )
      setPhase({ step: 'importing', jobId: null, progress: null, cancelling: false })
      const started = await call(api.import.start({ sources, all }))
      jobId.current = started.jobId
      const finished = early.current.get(started.jobId)
      setPhase(
        finished
          ? { step: 'done', summary: finished }
          : { step: 'importing', jobId: started.jobId, progress: null, cancelling: false },
      )
    } catch (error) {
      if ((error as Error).name === 'AbortError') return setPhase({ step: 'choose' })
      const name = (error as { fileName?: string }).fileName
      setPhase({
        step: 'error',
        message: name ? t('mailImport.uploadFailed', { name }) : errorWords(error),
      })
    } finally {
      upload.current = null
    }
  }

  const cancel = async () => {
    if (phase.step === 'uploading') return upload.current?.abort()
    if (phase.step !== 'importing' || !phase.jobId) return
    setPhase({ ...phase, cancelling: true })
    await call(api.import.cancel(phase.jobId)).catch(() => undefined)
  }

  const close = () => {
    if (running) return
    setOpen(false)
    setFiles([])
    setPhase({ step: 'choose' })
  }

  const totalSize = files.reduce((sum, file) => sum + file.size, 0)
  return (
    <>
      <button
        type="button"
        className="tool-button import-button"
        onClick={() => setOpen(true)}
        data-testid="import-open"
        title={t('mailImport.open')}
      >
        {TOOL_ICONS.importMail}
        <span className="tool-label">{t('mailImport.open')}</span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".eml,.mbox,.mbx,.gz,message/rfc822,application/mbox"
        data-testid="import-file-input"
        onChange={(event) => {
          choose([...(event.target.files ?? [])])
          event.target.value = ''
        }}
      />
      {dragging && !open && (
        <div className="import-drop-zone" data-testid="import-drop-zone" aria-hidden="true">
          {t('mailImport.dropZone')}
        </div>
      )}
      {open && (
        <Overlay
          title={t('mailImport.title')}
          testId="import-dialog"
          closeLabel={t('mailImport.close')}
          onClose={close}
          busy={running}
          narrow
          attributes={{ 'data-phase': phase.step }}
        >
          {phase.step === 'choose' && (
            <div className="import-choose">
              <p>{t('mailImport.intro')}</p>
              <p>
                <button type="button" onClick={() => input.current?.click()} data-testid="import-choose">
                  {t('mailImport.choose')}
                </button>{' '}
                <span className="muted">{t('mailImport.dropHere')}</span>
              </p>
              {files.length > 0 && (
                <>
                  <p data-testid="import-selection">
                    {t('mailImport.selected', { count: files.length, size: formatSize(totalSize, language) })}
                  </p>
                  <ul className="import-files">
                    {files.map((file) => (
                      <li key={`${file.name}-${file.size}`}>{file.name}</li>
                    ))}
                  </ul>
                </>
              )}
              <label className="import-all">
                <input
                  type="checkbox"
                  checked={all}
                  onChange={(e) => setAll(e.target.checked)}
                  data-testid="import-all"
                />
                {t('mailImport.all')}
              </label>
              <div className="dialog-actions">
                <button
                  type="button"
                  className="primary"
                  disabled={files.length === 0}
                  onClick={() => void start()}
                  data-testid="import-start"
                >
                  {t('mailImport.start')}
                </button>
              </div>
            </div>
          )}
          {running && <ImportProgressView phase={phase} language={language} onCancel={() => void cancel()} />}
          {phase.step === 'done' && (
            <ImportSummary
              summary={phase.summary}
              language={language}
              onAgain={() => setPhase({ step: 'choose' })}
            />
          )}
          {phase.step === 'error' && (
            <p className="import-error" role="alert" data-testid="import-error">
              {phase.message}
            </p>
          )}
        </Overlay>
      )}
    </>
  )
}

function ImportProgressView({
  phase,
  language,
  onCancel,
}: {
  phase: Phase & { step: 'uploading' | 'importing' }
  language: Language
  onCancel: () => void
}) {
  const { t } = useTranslation()
  let value: number
  let label: string
  if (phase.step === 'uploading') {
    value = phase.progress.total > 0 ? phase.progress.done / phase.progress.total : 0
    label = t('mailImport.uploading', {
      done: formatSize(phase.progress.done, language),
      total: formatSize(phase.progress.total, language),
    })
  } else {
    const p = phase.progress
    value = p && p.bytesTotal > 0 ? p.bytesDone / p.bytesTotal : 0
    label = t('mailImport.importing', { percent: Math.floor(value * 100) })
  }
  const p = phase.step === 'importing' ? phase.progress : null
  return (
    <div className="import-progress" data-testid="import-progress" aria-live="polite">
      <p>{label}</p>
      <progress max={1} value={value} data-testid="import-progress-bar" />
      {p && (
        <p className="muted" data-testid="import-progress-counts">
          {t('mailImport.counts', {
            read: p.read,
            imported: p.imported,
            duplicates: p.duplicates,
            skipped: p.skipped,
            failed: p.failed,
          })}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          onClick={onCancel}
          disabled={phase.step === 'importing' && (phase.cancelling || phase.jobId === null)}
          data-testid="import-cancel"
        >
          {phase.step === 'importing' && phase.cancelling
            ? t('mailImport.cancelling')
            : t('mailImport.cancel')}
        </button>
      </div>
    </div>
  )
}
