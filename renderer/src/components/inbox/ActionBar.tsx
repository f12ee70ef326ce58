import { useTranslation } from 'react-i18next'
import type { Folder, Label } from '../../../../shared/model/mailbox'
import type { ThreadActions } from '../../commands/useThreadActions'
import { MenuButton } from '../primitives/MenuButton'

interface Props {
  targets: string[]
  folders: Folder[]
  labels: Label[]
  actions: ThreadActions
  /** Labels every target carries (shown checked in the label menu). */
  appliedLabelIds: string[]
}

/**
 * Actions on the selected threads (or the open one), from the workspace's thread actions (the same
 * ones the keyboard, the row context menu and the menu bar run).
 */
export function ActionBar({ targets, folders, labels, actions, appliedLabelIds }: Props) {
  const { t } = useTranslation()
  const disabled = targets.length === 0
  const ids = [...targets]
  const button = (testId: string, label: string, onClick: () => void, shortcut?: string) => (
    <button type="button" disabled={disabled} onClick={onClick} data-testid={testId} title={shortcut}>
      {label}
    </button>
  )
  return (
    <div className="action-bar" role="toolbar" aria-label={t('actions.toolbar')}>
      {button('action-read-toggle', t('actions.readToggle'), () => actions.readToggle(ids), 'u')}
      {button('action-archive', actions.labels.archive, () => actions.archive(ids), 'e')}
      {button('action-delete', actions.labels.delete, () => actions.delete(ids), '#')}
      <MenuButton label={t('actions.move')} disabled={disabled} testId="action-move" shortcut="v">
        {[{ id: null, name: t('views.inbox') }, ...folders].map((folder) => (
          <button
            key={folder.id ?? 'none'}
            type="button"
            role="menuitem"
            onClick={() => actions.move(ids, folder.id, folder.name)}
            data-testid="move-target"
            data-folder-id={folder.id ?? ''}
          >
            {folder.name}
          </button>
        ))}
      </MenuButton>
      <MenuButton label={t('actions.label')} disabled={disabled} testId="action-label" shortcut="l">
        {labels.map((label) => {
          const applied = appliedLabelIds.includes(label.id)
          return (
            <span key={label.id} className="menu-pair">
              <button
                type="button"
                role="menuitemcheckbox"
                aria-checked={applied}
                onClick={() => actions.label(ids, label.id, !applied)}
                data-testid={applied ? 'label-remove' : 'label-add'}
                data-label-id={label.id}
              >
                <span className="menu-check" aria-hidden="true">
                  {applied ? '✓' : ''}
                </span>
                <span className="label-dot" style={{ background: label.color }} aria-hidden="true" />
                {label.name}
              </button>
            </span>
          )
        })}
      </MenuButton>
      {actions.trashed && (
        <button
          type="button"
          className="danger-outline"
          disabled={disabled}
          onClick={() => actions.purge(ids)}
          data-testid="action-purge"
        >
          {t('actions.purge')}
        </button>
      )}
      {button('action-block', actions.labels.block, () => actions.block(ids))}
      {button('action-report', t('actions.report'), () => actions.report(ids))}
      {button('action-no-response', t('actions.noResponse'), () => actions.noResponse(ids))}
    </div>
  )
}
