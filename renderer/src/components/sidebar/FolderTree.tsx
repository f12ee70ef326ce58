import { useRef, useState } from 'react'
import type { DragEvent, FormEvent, KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Folder } from '../../../../shared/model/mailbox'
import type { ViewCounts } from '../../../../shared/model/query'
import type { Perspective } from '../../../../shared/model/perspective'
import { api, call } from '../../bridge'
import { useQueryClient } from '@tanstack/react-query'
import { cachedSummary } from '../../data/store-events'
import { useCommand } from '../notices/useCommand'
import { FolderMenu } from './FolderMenu'
import { TwistyIcon } from '../primitives/Icons'
import { SidebarHeading } from './SidebarHeading'
import { THREADS_MIME, FOLDER_MIME } from '../inbox/drag'
import { treeKeyMove } from './treeKeys'
import type { TreeItem } from './treeKeys'
import { useCollapsedFolders } from './useCollapsedFolders'

interface Props {
  folders: Folder[]
  counts: ViewCounts
  perspective: Perspective
  onSelect: (perspective: Perspective) => void
  onChanged?: () => void
}

/**
 * Nested user folders. Threads dropped on a folder move into it; a folder dropped on another becomes
 * its subfolder. Every change is one store command; errors (a cycle, a name taken) become toasts.
 * A WAI-ARIA tree: one tab stop (the focused folder, and its "⋯" menu), arrow keys move, open and
 * close branches, Enter selects (see treeKeys.ts).
 */
export function FolderTree({ folders, counts, perspective, onSelect, onChanged }: Props) {
  const { t } = useTranslation()
  const [creating, setCreating] = useState(false)
  const [name, setName] = useState('')
  const [dropTarget, setDropTarget] = useState<string | null>(null)
  const children = (parentId: string | null) =>
    folders.filter((f) => f.parentId === parentId).sort((a, b) => a.name.localeCompare(b.name))
  const [collapsed, setExpanded] = useCollapsedFolders()
  const [focusedId, setFocusedId] = useState<string | null>(null)
  const treeRef = useRef<HTMLUListElement>(null)
  const activeId = perspective.kind === 'folder' ? perspective.folderId : null

  /** The folders on screen, in display order (a closed branch hides its subfolders). */
  const visible: TreeItem[] = []
  const walk = (parentId: string | null) => {
    for (const folder of children(parentId)) {
      const hasChildren = folders.some((f) => f.parentId === folder.id)
      const expanded = hasChildren && !collapsed.has(folder.id)
      visible.push({ id: folder.id, parentId, hasChildren, expanded })
      if (expanded) walk(folder.id)
    }
  }
  walk(null)
  // The tree's one tab stop: the folder last moved to, else the selected one, else the first.
  const tabStop = [focusedId, activeId, visible[0]?.id].find((id) => visible.some((item) => item.id === id))

  const onTreeKey = (event: KeyboardEvent<HTMLUListElement>) => {
    // Only keys on a folder itself: not the rename field, nor a menu portalled from inside the tree.
    const target = event.target as HTMLElement
    if (target.getAttribute('role') !== 'treeitem' || !event.currentTarget.contains(target)) return
    const move = treeKeyMove(visible, target.dataset.treeId ?? '', event.key)
    if (!move) return
    event.preventDefault()
    event.stopPropagation()
    if (move.kind === 'expand') setExpanded(move.id, move.expanded)
    else if (move.kind === 'select') onSelect({ kind: 'folder', folderId: move.id })
    else {
      setFocusedId(move.id)
      treeRef.current?.querySelector<HTMLElement>(`[data-tree-id="${move.id}"]`)?.focus()
    }
  }

  const attempt = useCommand(onChanged)
  const client = useQueryClient()

  const create = async (event: FormEvent) => {
    event.preventDefault()
    const parentId = perspective.kind === 'folder' ? perspective.folderId : null
    await attempt(async () => {
      await call(api.folders.create(name, parentId))
      setName('')
      setCreating(false)
    })
  }

  const onDrop = (event: DragEvent, folderId: string | null) => {
    event.preventDefault()
    setDropTarget(null)
    const threads = event.dataTransfer.getData(THREADS_MIME)
    const folder = event.dataTransfer.getData(FOLDER_MIME)
    if (threads) {
      const ids = JSON.parse(threads) as string[]
      // Undo puts each thread back in the folder it came from (the list still holds its row).
      const origins = ids.map((id) => [id, cachedSummary(client, id)?.folderId ?? null] as const)
      void attempt(
        () => call(api.threads.move(ids, folderId)),
        t('folders.moved'),
        async () => {
          for (const [id, origin] of origins) await call(api.threads.move([id], origin))
        },
      )
    } else if (folder && folder !== folderId) void attempt(() => call(api.folders.move(folder, folderId)))
  }
  const dropProps = (folderId: string | null) => ({
    onDragOver: (event: DragEvent) => {
      if ([THREADS_MIME, FOLDER_MIME].some((type) => event.dataTransfer.types.includes(type))) {
        event.preventDefault()
        setDropTarget(folderId ?? '')
      }
    },
    onDragLeave: () => setDropTarget(null),
    onDrop: (event: DragEvent) => onDrop(event, folderId),
  })

  const renderLevel = (parentId: string | null, depth: number) => (
    <ul
      id={parentId ? `folder-group-${parentId}` : undefined}
      className={depth === 0 ? 'folder-list' : 'folder-sublist'}
      role={depth === 0 ? 'tree' : 'group'}
      aria-label={depth === 0 ? t('sidebar.folders') : undefined}
      ref={depth === 0 ? treeRef : undefined}
      onKeyDown={depth === 0 ? onTreeKey : undefined}
    >
      {children(parentId).map((folder) => {
        const active = folder.id === activeId
        const unread = counts.folders[folder.id]?.unread
        const hasChildren = folders.some((f) => f.parentId === folder.id)
        const expanded = hasChildren && !collapsed.has(folder.id)
        const tabbable = folder.id === tabStop
        return (
          <li key={folder.id} role="none">
            {/* The row is the tree item (its subfolders' group is owned, not nested, so its name stays
                the folder's own: name and unread count). */}
            <div
              className={dropTarget === folder.id ? 'folder-row drop' : 'folder-row'}
              {...dropProps(folder.id)}
              role="treeitem"
              aria-selected={active}
              aria-expanded={hasChildren ? expanded : undefined}
              aria-level={depth + 1}
              aria-owns={expanded ? `folder-group-${folder.id}` : undefined}
              aria-labelledby={`folder-name-${folder.id}${unread ? ` folder-unread-${folder.id}` : ''}`}
              tabIndex={tabbable ? 0 : -1}
              onFocus={(event) => event.target === event.currentTarget && setFocusedId(folder.id)}
              data-tree-id={folder.id}
            >
              <div
                className={active ? 'nav-item active' : 'nav-item'}
                style={{ paddingInlineStart: `${0.75 + depth * 0.9}rem` }}
                onClick={() => onSelect({ kind: 'folder', folderId: folder.id })}
                draggable
                onDragStart={(e) => e.dataTransfer.setData(FOLDER_MIME, folder.id)}
                data-testid="folder-item"
                data-folder-id={folder.id}
              >
                {hasChildren ? (
                  <span
                    className="folder-twisty"
                    aria-hidden="true"
                    onClick={(event) => {
                      event.stopPropagation()
                      setExpanded(folder.id, !expanded)
                    }}
                    data-testid="folder-twisty"
                  >
                    <TwistyIcon open={expanded} />
                  </span>
                ) : (
                  <span className="folder-twisty" aria-hidden="true" />
                )}
                <span className="folder-name" id={`folder-name-${folder.id}`}>
                  {folder.name}
                </span>
                {/* The space keeps the visible text "Retours 1", as the accessible name reads it. */}
                {unread ? ' ' : null}
                {unread ? (
                  <span className="badge" id={`folder-unread-${folder.id}`}>
                    {unread}
                    <span className="visually-hidden"> {t('folders.unread')}</span>
                  </span>
                ) : null}
              </div>
              <FolderMenu folder={folder} folders={folders} onAction={attempt} tabbable={tabbable} />
            </div>
            {expanded && renderLevel(folder.id, depth + 1)}
          </li>
        )
      })}
    </ul>
  )

  return (
    <div data-testid="folder-tree">
      <SidebarHeading
        title={t('sidebar.folders')}
        addLabel={t('sidebar.newFolder')}
        addTestId="folder-new"
        adding={creating}
        onAdd={() => setCreating(true)}
      />
      {creating && (
        <form onSubmit={(e) => void create(e)} className="folder-form">
          <input
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setCreating(false)}
            aria-label={t('sidebar.newFolder')}
            data-testid="folder-name-input"
          />
        </form>
      )}
      {renderLevel(null, 0)}
    </div>
  )
}
