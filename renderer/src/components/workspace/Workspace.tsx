import { useCallback, useMemo, useState } from 'react'
import type { DragEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { Language } from '../../i18n'
import { perspectiveQuery } from '../../../../shared/model/perspective'
import type { Filters, Perspective } from '../../../../shared/model/perspective'
import { useUiLocation } from '../../state/useUiLocation'
import { useStoreWarnings } from '../../state/useStoreWarnings'
import { useFolders, useLabels, useStoreEvents } from '../../data/hooks'
import { Sidebar } from '../sidebar/Sidebar'
import { FilterBar } from '../inbox/FilterBar'
import { ThreadList } from '../inbox/ThreadList'
import { ThreadView } from '../thread/ThreadView'
import { ActionBar } from '../inbox/ActionBar'
import { ToastProvider, useToast } from '../notices/Toasts'
import { storeWarningText } from '../../i18n/store-warnings'
import type { StoreWarning } from '../../../../shared/model/store-warnings'
import { PaneBoundary } from '../primitives/PaneBoundary'
import { useQueryClient } from '@tanstack/react-query'
import type { InfiniteData } from '@tanstack/react-query'
import type { ThreadPage } from '../../../../shared/model/query'
import { keys } from '../../data/keys'
import { cachedSummary } from '../../data/store-events'
import { useThreadActions } from '../../commands/useThreadActions'
import { useWorkspaceCommands } from '../../commands/useWorkspaceCommands'
import { useGlobalShortcuts } from '../../commands/useGlobalShortcuts'
import { RowContextMenu } from '../inbox/RowContextMenu'
import type { ContextMenuRequest } from '../inbox/RowContextMenu'
import { ShortcutHelp } from './ShortcutHelp'
import { DashboardToolbar } from '../dashboard/DashboardToolbar'
import { TimeLeftSortToggle } from '../inbox/ReplyClock'
import { ImportMail } from '../import/ImportMail'
import { OwnerContext, useRole } from '../../state/role'
import type { Owner } from '../../../../shared/model/mailbox'
import { OrdersImport } from '../orders/OrdersImport'
import type { FirstStep } from '../onboarding/FirstRun'
import { TOOL_ICONS } from '../primitives/Icons'
import { useSidebarCollapsed } from './useSidebarCollapsed'

interface Props {
  language: Language
  owner: Owner | null
  languageSetting: 'fr' | 'en' | 'system'
  storeWarnings: StoreWarning[]
  onSettingsChanged: () => void
  /** Chosen at the first run: the mail import or the account panel opens at once. */
  firstStep?: FirstStep
}

/** Seller Central's order reports are tab-separated text: .txt as downloaded, or .tsv/.csv renamed. */
const ORDER_REPORT_FILE = /\.(txt|tsv|csv)$/i

export function Workspace(props: Props) {
  return (
    <OwnerContext.Provider value={props.owner}>
      <ToastProvider>
        <WorkspaceInner {...props} />
      </ToastProvider>
    </OwnerContext.Provider>
  )
}

function WorkspaceInner({
  language,
  languageSetting,
  storeWarnings: warningsAtStart,
  onSettingsChanged,
  firstStep = null,
}: Props) {
  const { t } = useTranslation()
  const storeWarnings = useStoreWarnings(warningsAtStart)
  const toast = useToast()
  const role = useRole()
  const [location, navigate] = useUiLocation()
  const [selected, setSelected] = useState<string[]>([])
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const [helpOpen, setHelpOpen] = useState(false)
  const [sortByTimeLeft, setSortByTimeLeft] = useState(false)
  const [sidebarCollapsed, toggleSidebar] = useSidebarCollapsed()
  useStoreEvents()
  const folders = useFolders().data ?? []
  const labels = useLabels().data ?? []
  /** The order import dialog, open with the files dropped on the window (or none: the button). */
  const [ordersImport, setOrdersImport] = useState<File[] | null>(null)

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

  const clearSelection = useCallback(() => setSelected([]), [])
  const targets = selected.length > 0 ? selected : location.threadId ? [location.threadId] : []
  const client = useQueryClient()
  const actions = useThreadActions(location.perspective, clearSelection)
  const toggleSelect = useCallback(
    (id: string) =>
      setSelected((current) =>
        current.includes(id) ? current.filter((other) => other !== id) : [...current, id],
      ),
    [],
  )
  /** Every thread the list has loaded (the list loads more as it scrolls). */
  const selectAll = () =>
    setSelected(
      client
        .getQueryData<InfiniteData<ThreadPage>>(keys.list(query))
        ?.pages.flatMap((page) => page.threads.map((thread) => thread.id)) ?? [],
    )
  const commands = useWorkspaceCommands({
    targets,
    focusedId,
    openThreadId: location.threadId,
    setFocusedId,
    openThread,
    toggleSelect,
    selectAll,
    showHelp: () => setHelpOpen(true),
    actions,
  })
  useGlobalShortcuts(commands)
  const [contextMenu, setContextMenu] = useState<ContextMenuRequest | null>(null)
  const openContextMenu = (x: number, y: number, id: string) =>
    setContextMenu({ x, y, ids: selected.includes(id) ? selected : [id] })
  const appliedLabelIds = labels
    .filter(
      (label) =>
        targets.length > 0 &&
        targets.every((id) => cachedSummary(client, id)?.labelIds.includes(label.id) ?? false),
    )
    .map((label) => label.id)

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
    // Only report files: mail (.eml, .mbox…) dropped on the window goes on to the mail import.
    if (event.defaultPrevented || !acceptsReports || files.length === 0) return
    if (!files.every((file) => ORDER_REPORT_FILE.test(file.name))) return
    event.preventDefault()
    setOrdersImport(files)
  }

  return (
    <div
      className={sidebarCollapsed ? 'workspace sidebar-collapsed' : 'workspace'}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <header className="topbar">
        <button
          type="button"
          className="tool-button icon-tool"
          onClick={toggleSidebar}
          aria-expanded={!sidebarCollapsed}
          aria-controls="sidebar"
          title={t('sidebar.toggle')}
          data-testid="sidebar-toggle"
        >
          {TOOL_ICONS.sidebar}
          <span className="visually-hidden">{t('sidebar.toggle')}</span>
        </button>
        <h1 className="brand">{t('app.title')}</h1>
        <ImportMail language={language} openAtStart={firstStep === 'import'} />
        <PaneBoundary pane="panel">
          <DashboardToolbar
            language={language}
            onOpenThread={openThread}
            onSettingsChanged={onSettingsChanged}
            openAtStart={firstStep === 'account' ? 'mail' : null}
          />
        </PaneBoundary>
        {role === 'seller' && (
          <button
            type="button"
            className="tool-button"
            onClick={() => setOrdersImport([])}
            data-testid="open-orders-import"
            title={t('ordersImport.open')}
          >
            {TOOL_ICONS.importOrders}
            <span className="tool-label">{t('ordersImport.open')}</span>
          </button>
        )}
        <label className="language">
          <span className="visually-hidden">{t('settings.language')}</span>
          <select
            value={languageSetting}
            onChange={(e) => void changeLanguage(e.target.value)}
            data-testid="language-select"
          >
            <option value="system">{t('settings.systemShort')}</option>
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
            {storeWarnings.map((warning, index) => (
              <li key={index}>{storeWarningText(warning, t)}</li>
            ))}
          </ul>
        </div>
      )}
      <PaneBoundary pane="sidebar" className="sidebar">
        <Sidebar perspective={location.perspective} onSelect={selectPerspective} />
      </PaneBoundary>
      <PaneBoundary pane="list" className="list-pane" resetKey={JSON.stringify(query)}>
        <section className="list-pane" aria-label={t('list.label')}>
          <FilterBar filters={location.filters} onChange={setFilters} />
          {needsReplyView && role === 'seller' && (
            <TimeLeftSortToggle on={sortByTimeLeft} onChange={setSortByTimeLeft} />
          )}
          {selected.length > 0 && (
            <div className="selection-bar" role="status" data-testid="selection-bar">
              <span>{t('list.selected', { count: selected.length })}</span>
              <button type="button" onClick={selectAll} data-testid="select-all">
                {t('list.selectAll')}
              </button>
              <button type="button" onClick={clearSelection} data-testid="select-none">
                {t('list.selectNone')}
              </button>
            </div>
          )}
          <ThreadList
            query={query}
            language={language}
            labels={labels}
            folders={folders}
            openThreadId={location.threadId}
            focusedId={focusedId}
            onFocus={setFocusedId}
            selected={selected}
            onSelectionChange={setSelected}
            onOpen={openThread}
            onContextMenu={openContextMenu}
            onGoToView={(view) => selectPerspective({ kind: 'view', view })}
            toolbar={
              <ActionBar
                targets={targets}
                folders={folders}
                labels={labels}
                actions={actions}
                appliedLabelIds={appliedLabelIds}
              />
            }
          />
        </section>
      </PaneBoundary>
      <PaneBoundary pane="thread" className="thread-pane" resetKey={location.threadId ?? ''}>
        <ThreadView threadId={location.threadId} language={language} labels={labels} />
      </PaneBoundary>
      {helpOpen && <ShortcutHelp commands={commands} onClose={() => setHelpOpen(false)} />}
      {contextMenu && (
        <RowContextMenu request={contextMenu} commands={commands} onClose={() => setContextMenu(null)} />
      )}
      {actions.dialogs}
      {ordersImport && (
        <OrdersImport
          language={language}
          initialFiles={ordersImport}
          onClose={() => setOrdersImport(null)}
          onImported={() => void client.invalidateQueries()}
        />
      )}
    </div>
  )
}
