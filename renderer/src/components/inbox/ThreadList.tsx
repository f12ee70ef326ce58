import { useCallback, useEffect, useMemo, useRef } from 'react'
import type { ReactNode } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import { useThreadList } from '../../data/hooks'
import type { Language } from '../../i18n'
import type { SystemView, ThreadQuery } from '../../../../shared/model/query'
import { FoundElsewhere } from './FoundElsewhere'
import type { Folder, Label } from '../../../../shared/model/mailbox'
import { EmptyState, ErrorState, LoadingState } from '../primitives/States'
import { ThreadRow } from './ThreadRow'
import { useErrorText } from '../../i18n/useErrorText'

/** Three lines: who and when; subject and the start of the message; clock, waiting time, labels. */
const ROW_HEIGHT = 62

interface Props {
  query: ThreadQuery
  language: Language
  labels: Label[]
  folders: Folder[]
  openThreadId: string | null
  focusedId: string | null
  onFocus: (id: string | null) => void
  selected: string[]
  onSelectionChange: (ids: string[]) => void
  onOpen: (id: string) => void
  onContextMenu: (x: number, y: number, id: string) => void
  onGoToView: (view: SystemView) => void
  /** The actions' toolbar, on the status line beside the count. */
  toolbar?: ReactNode
}

/** The virtualised thread list: only visible rows are in the DOM, pages load as you scroll. */
export function ThreadList(props: Props) {
  const {
    query,
    language,
    labels,
    folders,
    openThreadId,
    focusedId,
    onFocus,
    selected,
    onSelectionChange,
    onOpen,
    onContextMenu,
    onGoToView,
    toolbar,
  } = props
  const { t } = useTranslation()
  const errorIn = useErrorText()
  const list = useThreadList(query)
  const scrollRef = useRef<HTMLDivElement>(null)
  const threads = useMemo(() => list.data?.pages.flatMap((page) => page.threads) ?? [], [list.data])
  const folderNames = useMemo(() => new Map(folders.map((f) => [f.id, f.name])), [folders])
  const total = list.data?.pages[0]?.total ?? 0
  const loading = list.isPlaceholderData || (list.isFetching && !list.isFetchingNextPage && !list.data)
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, fetchNextPage])
  const state = {
    threads,
    status: list.isError && !list.data ? 'error' : loading ? 'loading' : 'ready',
    key: list.data ? 'ready' : '',
  }

  const virtualizer = useVirtualizer({
    count: state.threads.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const lastIndex = items.at(-1)?.index ?? 0
  useEffect(() => {
    if (lastIndex >= state.threads.length - 20) loadMore()
  }, [lastIndex, state.threads.length, loadMore])

  const focusedIndex = state.threads.findIndex((thread) => thread.id === focusedId)
  // aria-activedescendant must name an element in the DOM: the focused thread may have left the list
  // (archived, moved, filtered out) or be scrolled out of the virtualised window.
  const focusedRowRendered = items.some((item) => item.index === focusedIndex)
  useEffect(() => {
    if (focusedIndex >= 0) virtualizer.scrollToIndex(focusedIndex, { align: 'auto' })
  }, [focusedIndex, virtualizer])

  const toggle = (id: string) =>
    onSelectionChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id])

  const filtered = Object.keys(query).some((k) => k !== 'view')
  return (
    <div className="thread-list-wrap">
      <div className="list-status-row">
        <div className="list-status" aria-live="polite" data-testid="result-count">
          {state.status !== 'error' && state.key && t('filters.results', { count: total })}
        </div>
        {toolbar}
      </div>
      {state.status === 'error' && (
        <ErrorState
          message={`${t('list.loadError')} ${list.error ? errorIn(list.error) : ''}`}
          onRetry={() => void list.refetch()}
        />
      )}
      {state.status === 'loading' && !state.key && <LoadingState label={t('app.loading')} />}
      {state.status !== 'error' && state.key && state.threads.length === 0 && (
        <EmptyState message={filtered ? t('list.noResults') : t('list.empty')} testId="list-empty" />
      )}
      {state.status === 'ready' && total === 0 && <FoundElsewhere query={query} onGo={onGoToView} />}
      <div
        ref={scrollRef}
        className="thread-list"
        role="listbox"
        aria-label={t('list.label')}
        aria-multiselectable="true"
        aria-busy={state.status === 'loading'}
        aria-activedescendant={focusedId && focusedRowRendered ? `thread-${focusedId}` : undefined}
        tabIndex={0}
        onKeyDown={(event) => {
          if (event.target !== event.currentTarget || !focusedId) return
          if (event.key === 'Enter') {
            event.preventDefault()
            onOpen(focusedId)
          } else if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
            // The keyboard's context menu: at the focused row, as a right click would open it.
            event.preventDefault()
            const row = document.getElementById(`thread-${focusedId}`)?.getBoundingClientRect()
            if (row) onContextMenu(row.left + 24, row.top + row.height / 2, focusedId)
          }
        }}
        onContextMenu={(event) => {
          // The context-menu key fires this on the list itself: the row's menu opened on keydown.
          if (event.target === event.currentTarget) event.preventDefault()
        }}
        data-testid="thread-list"
        data-loading={state.status === 'loading' ? 'true' : 'false'}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const thread = state.threads[item.index]
            if (!thread) return null
            return (
              <ThreadRow
                key={thread.id}
                thread={thread}
                top={item.start}
                height={ROW_HEIGHT}
                language={language}
                labels={labels}
                folderName={
                  thread.folderId && thread.folderId !== query.folderId
                    ? (folderNames.get(thread.folderId) ?? null)
                    : null
                }
                open={thread.id === openThreadId}
                focused={thread.id === focusedId}
                checked={selected.includes(thread.id)}
                onToggle={() => toggle(thread.id)}
                dragIds={selected.includes(thread.id) ? selected : [thread.id]}
                onOpen={() => {
                  onFocus(thread.id)
                  onOpen(thread.id)
                }}
                onContextMenu={(x, y) => {
                  onFocus(thread.id)
                  onContextMenu(x, y, thread.id)
                }}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
