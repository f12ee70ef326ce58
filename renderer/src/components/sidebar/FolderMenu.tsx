import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Folder } from '../../../../shared/model/mailbox'
import { api, call } from '../../bridge'
import { MenuButton } from '../primitives/MenuButton'
import { MoreIcon } from '../primitives/Icons'
import { Modal } from '../primitives/Modal'
import { useConfirm } from '../primitives/ConfirmDialog'

interface Props {
  folder: Folder
  folders: Folder[]
  onAction: (action: () => Promise<unknown>, message?: string) => Promise<boolean>
  /** The "⋯" button is a tab stop only beside the tree's focused folder (one tab stop per tree). */
  tabbable?: boolean
}

/** Rename, move (menu alternative to drag and drop) and delete, the last one only after confirmation. */
export function FolderMenu({ folder, folders, onAction, tabbable = true }: Props) {
  const { t } = useTranslation()
  const [renaming, setRenaming] = useState(false)
  const [name, setName] = useState(folder.name)
  const [moving, setMoving] = useState(false)
  const confirm = useConfirm()

  // A folder cannot move into itself or one of its own subfolders.
  const descendants = new Set<string>([folder.id])
  let grew = true
  while (grew) {
    grew = false
    for (const f of folders) {
      if (f.parentId && descendants.has(f.parentId) && !descendants.has(f.id)) {
        descendants.add(f.id)
        grew = true
      }
    }
  }
  const destinations = folders.filter((f) => !descendants.has(f.id))

  return (
    <>
      <MenuButton
        label={<MoreIcon />}
        ariaLabel={t('folders.menu', { name: folder.name })}
        disabled={false}
        testId="folder-menu"
        compact
        tabIndex={tabbable ? 0 : -1}
      >
        <button type="button" role="menuitem" onClick={() => setRenaming(true)} data-testid="folder-rename">
          {t('folders.rename')}
        </button>
        <button type="button" role="menuitem" onClick={() => setMoving(true)} data-testid="folder-move">
          {t('folders.move')}
        </button>
        <button
          type="button"
          role="menuitem"
          onClick={() =>
            confirm.ask({
              title: t('folders.deleteTitle', { name: folder.name }),
              body: t('folders.deleteBody'),
              confirmLabel: t('folders.delete'),
              // Threads inside go back to the Inbox: deleting a folder never deletes conversations.
              onConfirm: () =>
                void onAction(
                  () => call(api.folders.delete(folder.id, { moveThreadsTo: null })),
                  t('folders.deleted'),
                ),
            })
          }
          data-testid="folder-delete"
        >
          {t('folders.delete')}
        </button>
      </MenuButton>
      {renaming && (
        <form
          className="folder-form"
          onSubmit={(e) => {
            e.preventDefault()
            setRenaming(false)
            void onAction(() => call(api.folders.rename(folder.id, name)))
          }}
        >
          <input
            autoFocus
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
            aria-label={t('folders.rename')}
            data-testid="folder-rename-input"
          />
        </form>
      )}
      {moving && (
        <Modal onClose={() => setMoving(false)} backdropClassName="dialog-backdrop">
          <div
            role="dialog"
            aria-modal="true"
            aria-labelledby={`move-${folder.id}`}
            className="dialog"
            data-testid="folder-move-dialog"
          >
            <h2 id={`move-${folder.id}`}>{t('folders.moveTitle', { name: folder.name })}</h2>
            <div className="menu-list">
              {[{ id: null, name: t('folders.root') }, ...destinations].map((target) => (
                <button
                  key={target.id ?? 'root'}
                  type="button"
                  onClick={() => {
                    setMoving(false)
                    void onAction(() => call(api.folders.move(folder.id, target.id)))
                  }}
                  data-testid="folder-move-target"
                  data-folder-id={target.id ?? ''}
                >
                  {target.name}
                </button>
              ))}
            </div>
            <div className="dialog-actions">
              <button type="button" onClick={() => setMoving(false)} data-testid="folder-move-cancel">
                {t('app.cancel')}
              </button>
            </div>
          </div>
        </Modal>
      )}
      {confirm.dialog}
    </>
  )
}
