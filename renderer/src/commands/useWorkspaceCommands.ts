/**
 * The workspace's behaviours for the catalog's commands: what each does on the current targets and
 * when it is enabled. Thread navigation reads the rows in the list's order.
 */
import { useMemo } from 'react'
import type { ThreadActions } from './useThreadActions'
import { buildRegistry } from './registry'
import type { Behaviour, Command } from './registry'

const rowIds = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="thread-row"]')]
    .sort((a, b) => a.offsetTop - b.offsetTop)
    .map((row) => row.dataset.threadId ?? '')

const focusById = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)
const click = (testId: string) => focusById(testId)?.click()

export interface WorkspaceState {
  targets: string[]
  focusedId: string | null
  openThreadId: string | null
  setFocusedId: (id: string | null) => void
  openThread: (id: string | null) => void
  toggleSelect: (id: string) => void
  selectAll: () => void
  showHelp: () => void
  actions: ThreadActions
}

export function useWorkspaceCommands(state: WorkspaceState): Command[] {
  return useMemo(() => {
    const { targets, actions } = state
    const current = state.focusedId ?? state.openThreadId
    const go = (next: string | undefined) => {
      if (!next) return
      state.setFocusedId(next)
      state.openThread(next)
    }
    /** After archiving or deleting the open thread from the keyboard, the next one opens. */
    const thenNext = (act: (ids: string[]) => void) => () => {
      const ids = rowIds()
      const index = current ? ids.indexOf(current) : -1
      const next = ids[index + 1] ?? ids[index - 1]
      act(targets)
      if (targets.length === 1 && targets[0] === current && next) go(next)
    }
    const onTargets = targets.length > 0
    const thread = (run: (ids: string[]) => void, enabled = onTargets): Behaviour => ({
      enabled,
      run: () => run(targets),
      runOn: run,
    })
    const behaviours: Record<string, Behaviour> = {
      'thread.next': {
        enabled: true,
        run: () => {
          const ids = rowIds()
          go(current ? (ids[ids.indexOf(current) + 1] ?? ids.at(-1)) : ids[0])
        },
      },
      'thread.previous': {
        enabled: true,
        run: () => {
          const ids = rowIds()
          go(current ? ids[Math.max(0, ids.indexOf(current) - 1)] : ids[0])
        },
      },
      'thread.select': {
        enabled: current !== null,
        run: () => current && state.toggleSelect(current),
        runOn: (ids) => ids.forEach(state.toggleSelect),
      },
      'thread.selectAll': { enabled: true, run: state.selectAll },
      'thread.archive': { ...thread(actions.archive), run: thenNext(actions.archive) },
      'thread.delete': { ...thread(actions.delete), run: thenNext(actions.delete) },
      'thread.purge': thread(actions.purge, onTargets && actions.trashed),
      'thread.readToggle': thread(actions.readToggle),
      'thread.reply': {
        enabled: state.openThreadId !== null,
        run: () => focusById('composer-body')?.focus(),
      },
      'thread.move': { enabled: onTargets, run: () => click('action-move') },
      'thread.label': { enabled: onTargets, run: () => click('action-label') },
      'thread.noResponse': thread(actions.noResponse),
      'thread.block': thread(actions.block),
      'thread.report': thread(actions.report),
      'search.focus': { enabled: true, run: () => focusById('search-input')?.focus() },
      'help.shortcuts': { enabled: true, run: state.showHelp },
    }
    return buildRegistry(behaviours)
  }, [state])
}
