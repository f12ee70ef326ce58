import { useCallback, useEffect, useMemo, useState } from 'react'
import type { DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../bridge'
import type { Language } from '../i18n'
import { perspectiveQuery } from '../../../shared/model/perspective'
import type { Filters, Perspective } from '../../../shared/model/perspective'
import { useUiLocation } from '../state/useUiLocation'
import { useAsync } from '../state/useAsync'
import { Sidebar } from './Sidebar'
import { FilterBar } from './FilterBar'
import { ThreadList } from './ThreadList'
import { ThreadView } from './ThreadView'
import { ActionBar } from './ActionBar'
import { ToastProvider, inLanguage, useToast } from './Toasts'
import { PaneBoundary } from './PaneBoundary'
import { useShortcuts } from './useShortcuts'
import { ShortcutHelp } from './ShortcutHelp'
import { DashboardToolbar } from './DashboardToolbar'
import { TimeLeftSortToggle } from './ReplyClock'
import { ImportMail } from './ImportMail'
import { OwnerContext, useRole } from '../state/role'
import type { Owner } from '../../../shared/model/mailbox'
import { OrdersImport } from './OrdersImport'

interface Props {
  language: Language
  owner: Owner | null
  languageSetting: 'fr' | 'en' | 'system'
  storeWarnings: string[]
  onSettingsChanged: () => void
}

/** What an order report is called on disk (Seller Central downloads .txt; spreadsheets save .tsv/.csv). */
const REPORT_FILE = /\.(txt|tsv|csv)$/i

export function Workspace(props: Props) {
  return (
    <OwnerContext.Provider value={props.owner}>
      <ToastProvider>
        <WorkspaceInner {...props} />
      </ToastProvider>
    </OwnerContext.Provider>
  )
}

function WorkspaceInner({ language, languageSetting, storeWarnings, onSettingsChanged }: Props) {
  const { t } = useTranslation()
  const toast = useToast()
  const role = useRole()
  const [location, navigate] = useUiLocation()
  const [revision, setRevision] = useState(0)
  const [selected, setSelected] = useState<string[]>([])
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const [sortByTimeLeft, setSortByTimeLeft] = useState(false)
  /** The order import dialog, open with the files dropped on the window (or none: the button). */
  const [ordersImport, setOrdersImport] = useState<File[] | null>(null)
  const refresh = useCallback(() => setRevision((r) => r + 1), [])

  useEffect(() => api.on('store:changed', refresh), [refresh])

  const [sidebarData, reloadSidebar] = useAsync(async () => {
    const [counts, folders, labels] = await Promise.all([
      call(api.threads.counts()),
      call(api.folders.list()),
      call(api.labels.list()),
    ])
    return { counts, folders, labels }
  }, `sidebar:${revision}`)

  const needsReplyView = location.perspective.kind === 'view' && location.perspective.view === 'needs-reply'
  const query = useMemo(
    () => ({
      ...perspectiveQuery(location.perspective, location.filters),
      ...(needsReplyView && sortByTimeLeft && role === 'seller' ? { sort: 'time-left' as const } : {}),
    }),
    [location.perspective, location.filters, needsReplyView, sortByTimeLeft, role],
  )

  const selectPerspective = (perspective: Perspective) => {
    setSelected([])
    navigate({ perspective, filters: location.filters, threadId: null })
  }
  const setFilters = (filters: Filters, replace = false) => navigate({ ...location, filters }, { replace })
  const openThread = useCallback(
    (threadId: string | null) => navigate({ ...location, threadId }),
    [location, navigate],
  )

  const targets = selected.length > 0 ? selected : location.threadId ? [location.threadId] : []
  const shortcuts = useShortcuts({
    focusedId,
    setFocusedId,
    openThread,
    onHelp: () => setHelpOpen(true),
    onToggleSelect: (id: string) =>
      setSelected((current) =>
        current.includes(id) ? current.filter((other) => other !== id) : [...current, id],
      ),
  })

  const changeLanguage = async (value: string) => {
    try {
      await call(api.settings.set({ language: value as 'fr' | 'en' | 'system' }))
    } catch (error) {
      toast.showError(error) // e.g. a full disk: the previous language stays, and the user knows why
    }
    onSettingsChanged()
  }

  // Report files dropped anywhere but the composer (which takes attachments) open the order import.
  // Only reports (Seller Central's .txt, or .tsv/.csv): mail files (.eml, .mbox…) dropped the same way
  // are left to the mail import, which listens on the window after this handler.
  const acceptsReports = role === 'seller' && ordersImport === null
  const onDragOver = (event: DragEvent) => {
    if (acceptsReports && event.dataTransfer.types.includes('Files')) event.preventDefault()
  }
  const onDrop = (event: DragEvent) => {
    const files = [...event.dataTransfer.files]
    if (event.defaultPrevented || !acceptsReports || files.length === 0) return
    if (!files.every((file) => REPORT_FILE.test(file.name))) return
    event.preventDefault()
    setOrdersImport(files)
  }

  return (
    <div className="workspace" onKeyDown={shortcuts} onDragOver={onDragOver} onDrop={onDrop}>
      <header className="topbar">
        <h1 className="brand">{t('app.title')}</h1>
        <ImportMail language={language} />
        <PaneBoundary pane="panel">
          <DashboardToolbar
            language={language}
            revision={revision}
            onOpenThread={openThread}
            onSettingsChanged={onSettingsChanged}
          />
        </PaneBoundary>
        {role === 'seller' && (
          <button
            type="button"
            className="tool-button"
            onClick={() => setOrdersImport([])}
            data-testid="open-orders-import"
          >
            {t('ordersImport.open')}
          </button>
        )}
        <label className="language">
          <span>{t('settings.language')}</span>
          <select
            value={languageSetting}
            onChange={(e) => void changeLanguage(e.target.value)}
            data-testid="language-select"
          >
            <option value="system">{t('settings.system')}</option>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <button
          type="button"
          className="help-button"
          onClick={() => setHelpOpen(true)}
          data-testid="shortcuts-help"
          aria-label="?"
        >
          ?
        </button>
      </header>
      {storeWarnings.length > 0 && (
        <div className="banner warning" role="alert" data-testid="store-warnings">
          <strong>{t('errors.storeWarnings')}</strong>
          <ul>
            {storeWarnings.map((w) => (
              <li key={w}>{inLanguage(w, language)}</li>
            ))}
          </ul>
        </div>
      )}
      <PaneBoundary pane="sidebar" className="sidebar" resetKey={revision}>
        <Sidebar
          data={sidebarData}
          onRetry={reloadSidebar}
          perspective={location.perspective}
          onSelect={selectPerspective}
          onChanged={refresh}
        />
      </PaneBoundary>
      <PaneBoundary pane="list" className="list-pane" resetKey={`${JSON.stringify(query)}:${revision}`}>
        <section className="list-pane" aria-label={t('list.label')}>
          <FilterBar filters={location.filters} onChange={setFilters} />
          {needsReplyView && role === 'seller' && (
            <TimeLeftSortToggle on={sortByTimeLeft} onChange={setSortByTimeLeft} />
          )}
          <ActionBar
            targets={targets}
            folders={sidebarData.value?.folders ?? []}
            labels={sidebarData.value?.labels ?? []}
            perspective={location.perspective}
            onDone={() => {
              setSelected([])
              refresh()
            }}
          />
          <ThreadList
            query={query}
            revision={revision}
            language={language}
            labels={sidebarData.value?.labels ?? []}
            openThreadId={location.threadId}
            focusedId={focusedId}
            onFocus={setFocusedId}
            selected={selected}
            onSelectionChange={setSelected}
            onOpen={openThread}
          />
        </section>
      </PaneBoundary>
      <PaneBoundary pane="thread" className="thread-pane" resetKey={`${location.threadId}:${revision}`}>
        <ThreadView
          threadId={location.threadId}
          revision={revision}
          language={language}
          labels={sidebarData.value?.labels ?? []}
          onChanged={refresh}
        />
      </PaneBoundary>
      {helpOpen && <ShortcutHelp onClose={() => setHelpOpen(false)} />}
      {ordersImport && (
        <OrdersImport
          language={language}
          initialFiles={ordersImport}
          onClose={() => setOrdersImport(null)}
          onImported={refresh}
        />
      )}
    </div>
  )
}
