import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../bridge'
import type { Folder, Label, ThreadDetail } from '../../../shared/model/mailbox'
import { useQueryClient } from '@tanstack/react-query'
import { useThreadCommands } from '../data/commands'
import { cachedSummary } from '../data/store-events'
import { keys } from '../data/keys'
import { useToast } from './Toasts'
import type { Perspective } from '../../../shared/model/perspective'
import { useCommand } from './useCommand'
import { MenuButton } from './MenuButton'
import { ReportDialog } from './ReportDialog'
import { useConfirm } from './ConfirmDialog'

interface Props {
  targets: string[]
  folders: Folder[]
  labels: Label[]
  perspective: Perspective
  onDone: () => void
}

/**
 * Actions on the selected threads (or the open one). Each is one named store command; archive and
 * delete offer Undo, which runs the inverse command.
 */
export function ActionBar({ targets, folders, labels, perspective, onDone }: Props) {
  const { t } = useTranslation()
  const [reporting, setReporting] = useState<string | null>(null)
  const confirm = useConfirm()
  const toast = useToast()
  const disabled = targets.length === 0
  const inView = (view: string) => perspective.kind === 'view' && perspective.view === view

  const run = useCommand(onDone)
  const client = useQueryClient()
  const commands = useThreadCommands()
  // What the list and the open thread already hold: a command on the selection costs no extra read.
  const summaries = () => targets.flatMap((id) => cachedSummary(client, id) ?? [])
  const ids = [...targets]

  const archived = inView('archive')
  const trashed = inView('trash')
  const blocked = inView('blocked')

  /** A toolbar button; `undo` (when given) is offered in the toast for a few seconds. */
  const button = (testId: string, label: string, onClick: () => void, shortcut?: string) => (
    <button type="button" disabled={disabled} onClick={onClick} data-testid={testId} title={shortcut}>
      {label}
    </button>
  )
  /** A two-way command: do it with `on`, undo it with `!on`. */
  const undoable = (command: (on: boolean) => Promise<unknown>, on: boolean, label: string) => () =>
    void run(
      () => command(on),
      label,
      () => command(!on),
    )

  const markReadToggle = async () => {
    const anyUnread = summaries().some((thread) => thread.unreadCount > 0)
    await commands.markRead(ids, anyUnread)
  }
  const blockSenders = async () => {
    const contacts = new Set(summaries().map((thread) => thread.contact.id))
    for (const contactId of contacts) await call(api.contacts.block(contactId, !blocked))
  }
  const reportLastInbound = () => {
    const [first] = ids
    if (!first) return
    const cached = client.getQueryData<ThreadDetail>(keys.detail(first))
    const pending = cached
      ? Promise.resolve(cached)
      : client.fetchQuery({ queryKey: keys.detail(first), queryFn: () => call(api.threads.get(first)) })
    void pending.then(
      (detail) => {
        const inbound = detail.messages.filter((m) => m.direction === 'in').at(-1)
        if (inbound) setReporting(inbound.id)
      },
      (error: unknown) => toast.showError(error),
    )
  }
  /** What the toast says once a command went through: the outcome and how many threads it touched. */
  const done = (outcome: string) => t(`actions.done.${outcome}`, { count: ids.length })
  // No undo can bring a purged thread back (its attachment files are freed), hence the question.
  const askPurge = () =>
    confirm.ask({
      title: t('actions.purgeTitle', { count: ids.length }),
      body: t('actions.purgeBody'),
      confirmLabel: t('actions.purge'),
      onConfirm: () =>
        void run(() => call(api.threads.purge(ids)), t('actions.purged', { count: ids.length })),
    })
  /** A move says where the threads went and can be undone: each goes back to the folder it was in. */
  const moveTo = (folderId: string | null, folderName: string) => {
    const before = new Map<string | null, string[]>()
    for (const thread of summaries())
      before.set(thread.folderId, [...(before.get(thread.folderId) ?? []), thread.id])
    void run(
      () => call(api.threads.move(ids, folderId)),
      t('actions.done.moved', { count: ids.length, folder: folderName }),
      async () => {
        for (const [origin, threadIds] of before) await call(api.threads.move(threadIds, origin))
      },
    )
  }
  const archiveLabel = archived ? t('actions.unarchive') : t('actions.archive')
  const deleteLabel = trashed ? t('actions.restore') : t('actions.delete')
  const blockLabel = blocked ? t('actions.unblock') : t('actions.block')

  return (
    <div className="action-bar" role="toolbar" aria-label={t('actions.toolbar')}>
      {button('action-read-toggle', t('actions.readToggle'), () => void run(markReadToggle), 'u')}
      {button(
        'action-archive',
        archiveLabel,
        undoable(
          (on) => call(api.threads.archive(ids, on)),
          !archived,
          done(archived ? 'unarchived' : 'archived'),
        ),
        'e',
      )}
      {button(
        'action-delete',
        deleteLabel,
        undoable((on) => call(api.threads.trash(ids, on)), !trashed, done(trashed ? 'restored' : 'trashed')),
        '#',
      )}
      <MenuButton label={t('actions.move')} disabled={disabled} testId="action-move" shortcut="v">
        {[{ id: null, name: t('views.inbox') }, ...folders].map((folder) => (
          <button
            key={folder.id ?? 'none'}
            type="button"
            role="menuitem"
            onClick={() => moveTo(folder.id, folder.name)}
            data-testid="move-target"
            data-folder-id={folder.id ?? ''}
          >
            {folder.name}
          </button>
        ))}
      </MenuButton>
      <MenuButton label={t('actions.label')} disabled={disabled} testId="action-label" shortcut="l">
        {labels.map((label) => (
          <span key={label.id} className="menu-pair">
            <button
              type="button"
              role="menuitem"
              onClick={() => void run(() => commands.label(ids, label.id, true))}
              data-testid="label-add"
              data-label-id={label.id}
            >
              + {label.name}
            </button>
            <button
              type="button"
              role="menuitem"
              onClick={() => void run(() => commands.label(ids, label.id, false))}
              data-testid="label-remove"
              data-label-id={label.id}
              aria-label={`− ${label.name}`}
            >
              −
            </button>
          </span>
        ))}
      </MenuButton>
      {trashed && (
        <button
          type="button"
          className="danger-outline"
          disabled={disabled}
          onClick={askPurge}
          data-testid="action-purge"
        >
          {t('actions.purge')}
        </button>
      )}
      {button(
        'action-block',
        blockLabel,
        () => void run(blockSenders, done(blocked ? 'unblocked' : 'blocked')),
      )}
      {button('action-report', t('actions.report'), reportLastInbound)}
      {button(
        'action-no-response',
        t('actions.noResponse'),
        undoable((on) => commands.noResponseNeeded(ids, on), true, done('noResponse')),
      )}
      {confirm.dialog}
      {reporting && (
        <ReportDialog
          onCancel={() => setReporting(null)}
          onSubmit={(reason) => {
            const messageId = reporting
            setReporting(null)
            void run(() => call(api.messages.report(messageId, reason)), t('report.done'))
          }}
        />
      )}
    </div>
  )
}
