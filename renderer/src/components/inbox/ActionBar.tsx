import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { Folder, Label } from '../../../../shared/model/mailbox'
import type { ThreadActions } from '../../commands/useThreadActions'
import { MenuButton } from '../primitives/MenuButton'
import { ACTION_ICONS } from '../primitives/Icons'

interface Props {
  targets: string[]
  folders: Folder[]
  labels: Label[]
  actions: ThreadActions
  /** Labels every target carries (shown checked in the label menu). */
  appliedLabelIds: string[]
}

/** An icon with its words: the words are the button's name and tooltip, hidden on screen. */
const iconLabel = (icon: ReactNode, words: string) => (
  <>
    {icon}
    <span className="visually-hidden">{words}</span>
  </>
)

/**
 * Actions on the selected threads (or the open one), from the workspace's thread actions (the same
 * ones the keyboard, the row context menu and the menu bar run). Icons on the list's status line,
 * shown only when there is something to act on: the list keeps the room for threads.
 */
export function ActionBar({ targets, folders, labels, actions, appliedLabelIds }: Props) {
  const { t } = useTranslation()
  const ids = [...targets]
  const button = (
    testId: string,
    icon: ReactNode,
    words: string,
    onClick: () => void,
    shortcut?: string,
    className?: string,
  ) => (
    <button
      type="button"
      className={className ? `icon-action ${className}` : 'icon-action'}
      onClick={onClick}
      data-testid={testId}
      data-shortcut={shortcut}
      title={shortcut ? `${words} (${shortcut})` : words}
    >
      {iconLabel(icon, words)}
    </button>
  )
  return (
    <div className="action-bar" role="toolbar" aria-label={t('actions.toolbar')} data-testid="action-bar">
      {targets.length > 0 && (
        <>
          {button(
            'action-archive',
            ACTION_ICONS.archive,
            actions.labels.archive,
            () => actions.archive(ids),
            'e',
          )}
          {button(
            'action-delete',
            ACTION_ICONS.delete,
            actions.labels.delete,
            () => actions.delete(ids),
            '#',
          )}
          {actions.trashed &&
            button(
              'action-purge',
              ACTION_ICONS.purge,
              t('actions.purge'),
              () => actions.purge(ids),
              undefined,
              'danger-outline',
            )}
          <MenuButton
            label={iconLabel(ACTION_ICONS.move, t('actions.move'))}
            disabled={false}
            testId="action-move"
            shortcut="v"
            compact
            title={`${t('actions.move')} (v)`}
          >
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
          <MenuButton
            label={iconLabel(ACTION_ICONS.label, t('actions.label'))}
            disabled={false}
            testId="action-label"
            shortcut="l"
            compact
            title={`${t('actions.label')} (l)`}
          >
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
          {button(
            'action-read-toggle',
            ACTION_ICONS.readToggle,
            t('actions.readToggle'),
            () => actions.readToggle(ids),
            'u',
          )}
          {button('action-no-response', ACTION_ICONS.noResponse, t('actions.noResponse'), () =>
            actions.noResponse(ids),
          )}
          {button('action-block', ACTION_ICONS.block, actions.labels.block, () => actions.block(ids))}
          {button('action-report', ACTION_ICONS.report, t('actions.report'), () => actions.report(ids))}
        </>
      )}
    </div>
  )
}
