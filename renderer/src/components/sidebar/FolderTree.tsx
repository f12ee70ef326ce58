import { useState } from 'react'
import type { DragEvent, FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { Folder } from '../../../../shared/model/mailbox'
import type { ViewCounts } from '../../../../shared/model/query'
import type { Perspective } from '../../../../shared/model/perspective'
import { samePerspective } from '../../../../shared/model/perspective'
import { api, call } from '../../bridge'
import { useQueryClient } from '@tanstack/react-query'
import { cachedSummary } from '../../data/store-events'
import { useCommand } from '../notices/useCommand'
import { FolderMenu } from './FolderMenu'
import { SidebarHeading } from './SidebarHeading'
import { THREADS_MIME, FOLDER_MIME } from '../inbox/drag'

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
 */
export function FolderTree({ folders, counts, perspective, onSelect, onChanged }: Props) {
  const { t } = useTranslation()
  const [creating, setCreating] = useState(false)
  const [name, setName] = useState('')
  const [dropTarget, setDropTarget] = useState<string | null>(null)
  const children = (parentId: string | null) =>
    folders.filter((f) => f.parentId === parentId).sort((a, b) => a.name.localeCompare(b.name))

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
      className={depth === 0 ? 'folder-list' : 'folder-sublist'}
      role={depth === 0 ? 'tree' : 'group'}
      aria-label={t('sidebar.folders')}
    >
      {children(parentId).map((folder) => {
        const active = samePerspective(perspective, { kind: 'folder', folderId: folder.id })
        const unread = counts.folders[folder.id]?.unread
        return (
          <li key={folder.id} role="treeitem" aria-selected={active}>
            <div
              className={dropTarget === folder.id ? 'folder-row drop' : 'folder-row'}
              {...dropProps(folder.id)}
            >
              <button
                type="button"
                className={active ? 'nav-item active' : 'nav-item'}
                style={{ paddingInlineStart: `${0.75 + depth * 0.9}rem` }}
                onClick={() => onSelect({ kind: 'folder', folderId: folder.id })}
                draggable
                onDragStart={(e) => e.dataTransfer.setData(FOLDER_MIME, folder.id)}
                data-testid="folder-item"
                data-folder-id={folder.id}
              >
                <span>{folder.name}</span>
                {unread ? <span className="badge">{unread}</span> : null}
              </button>
              <FolderMenu folder={folder} folders={folders} onAction={attempt} />
            </div>
            {children(folder.id).length > 0 && renderLevel(folder.id, depth + 1)}
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
