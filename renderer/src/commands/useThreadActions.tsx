/**
 * What can be done to threads, once, for every surface that offers it (toolbar, keyboard, row context
 * menu, desktop menu bar). Each action takes the ids it acts on; archive, delete, move and "no
 * response needed" offer Undo; deleting forever asks first. The dialogs these open are in `dialogs`,
 * rendered once by the workspace.
 */
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useQueryClient } from '@tanstack/react-query'
import { api, call } from '../bridge'
import type { ThreadDetail } from '../../../shared/model/mailbox'
import type { Perspective } from '../../../shared/model/perspective'
import { useThreadCommands } from '../data/commands'
import { cachedSummary } from '../data/store-events'
import { keys } from '../data/keys'
import { useToast } from '../components/notices/Toasts'
import { useCommand } from '../components/notices/useCommand'
import { ReportDialog } from '../components/thread/ReportDialog'
import { useConfirm } from '../components/primitives/ConfirmDialog'

export type ThreadActions = ReturnType<typeof useThreadActions>

export function useThreadActions(perspective: Perspective, onDone: () => void) {
  const { t } = useTranslation()
  const [reporting, setReporting] = useState<string | null>(null)
  const confirm = useConfirm()
  const toast = useToast()
  const run = useCommand(onDone)
  const client = useQueryClient()
  const commands = useThreadCommands()
  const inView = (view: string) => perspective.kind === 'view' && perspective.view === view
  const archived = inView('archive')
  const trashed = inView('trash')
  const blocked = inView('blocked')
  // What the list and the open thread already hold: a command on the selection costs no extra read.
  const summaries = (ids: string[]) => ids.flatMap((id) => cachedSummary(client, id) ?? [])
  const done = (outcome: string, count: number) => t(`actions.done.${outcome}`, { count })
  /** A two-way command: do it with `on`, undo it with `!on`. */
  const undoable = (command: (on: boolean) => Promise<unknown>, on: boolean, message: string) =>
    void run(
      () => command(on),
      message,
      () => command(!on),
    )

  const labels = {
    archive: archived ? t('actions.unarchive') : t('actions.archive'),
    delete: trashed ? t('actions.restore') : t('actions.delete'),
    block: blocked ? t('actions.unblock') : t('actions.block'),
  }
  return {
    labels,
    trashed,
    archive: (ids: string[]) =>
      undoable(
        (on) => call(api.threads.archive(ids, on)),
        !archived,
        done(archived ? 'unarchived' : 'archived', ids.length),
      ),
    delete: (ids: string[]) =>
      undoable(
        (on) => call(api.threads.trash(ids, on)),
        !trashed,
        done(trashed ? 'restored' : 'trashed', ids.length),
      ),
    // No undo can bring a purged thread back (its attachment files are freed), hence the question.
    purge: (ids: string[]) =>
      trashed &&
      confirm.ask({
        title: t('actions.purgeTitle', { count: ids.length }),
        body: t('actions.purgeBody'),
        confirmLabel: t('actions.purge'),
        onConfirm: () =>
          void run(() => call(api.threads.purge(ids)), t('actions.purged', { count: ids.length })),
      }),
    readToggle: (ids: string[]) =>
      void run(() =>
        commands.markRead(
          ids,
          summaries(ids).some((thread) => thread.unreadCount > 0),
        ),
      ),
    noResponse: (ids: string[]) =>
      undoable((on) => commands.noResponseNeeded(ids, on), true, done('noResponse', ids.length)),
    block: (ids: string[]) =>
      void run(
        async () => {
          const contacts = new Set(summaries(ids).map((thread) => thread.contact.id))
          for (const contactId of contacts) await call(api.contacts.block(contactId, !blocked))
        },
        done(blocked ? 'unblocked' : 'blocked', ids.length),
      ),
    label: (ids: string[], labelId: string, on: boolean) => void run(() => commands.label(ids, labelId, on)),
    /** A move says where the threads went and can be undone: each goes back to the folder it was in. */
    move: (ids: string[], folderId: string | null, folderName: string) => {
      const before = new Map<string | null, string[]>()
      for (const thread of summaries(ids))
        before.set(thread.folderId, [...(before.get(thread.folderId) ?? []), thread.id])
      void run(
        () => call(api.threads.move(ids, folderId)),
        t('actions.done.moved', { count: ids.length, folder: folderName }),
        async () => {
          for (const [origin, threadIds] of before) await call(api.threads.move(threadIds, origin))
        },
      )
    },
    report: (ids: string[]) => {
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
    },
    dialogs: (
      <>
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
      </>
    ),
  }
}
