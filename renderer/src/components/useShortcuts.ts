import { useCallback } from 'react'
import type { KeyboardEvent } from 'react'

interface Options {
  focusedId: string | null
  setFocusedId: (id: string | null) => void
  openThread: (id: string | null) => void
  onHelp: () => void
  onToggleSelect: (id: string) => void
}

const rowIds = () =>
  [...document.querySelectorAll<HTMLElement>('[data-testid="thread-row"]')]
    .sort((a, b) => a.offsetTop - b.offsetTop)
    .map((row) => row.dataset.threadId ?? '')

const click = (testId: string) => document.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.click()

/**
 * Gmail-style single-key shortcuts (ignored while typing in a field). j/k move and open, e/# act on
 * the open thread and then move to the next one, so a seller can triage a whole inbox without a mouse.
 */
export function useShortcuts({ focusedId, setFocusedId, openThread, onHelp, onToggleSelect }: Options) {
  return useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (target.closest('input, textarea, select, [role="dialog"], [role="menu"]')) return
      const ids = rowIds()
      const index = focusedId ? ids.indexOf(focusedId) : -1
      const go = (next: string | undefined) => {
        if (!next) return
        setFocusedId(next)
        openThread(next)
        document.querySelector<HTMLElement>('[data-testid="thread-list"]')?.focus()
      }
      const neighbour = () => ids[index + 1] ?? ids[index - 1]
      switch (event.key) {
        case 'j':
          go(ids[index + 1] ?? ids[0])
          break
        case 'k':
          go(ids[Math.max(0, index - 1)])
          break
        case 'Enter':
          if (focusedId) openThread(focusedId)
          break
        case 'e':
        case '#': {
          const next = neighbour()
          click(event.key === 'e' ? 'action-archive' : 'action-delete')
          if (next) go(next)
          else setFocusedId(null)
          break
        }
        case 'Delete':
          // Shift+Delete: delete forever, offered in the Trash only; it still asks for confirmation.
          if (event.shiftKey) click('action-purge')
          else click('action-delete')
          break
        case 'x':
          if (focusedId) onToggleSelect(focusedId)
          break
        case 'u':
          click('action-read-toggle')
          break
        case 'r':
          document.querySelector<HTMLElement>('[data-testid="composer-body"]')?.focus()
          break
        case '/':
          document.querySelector<HTMLElement>('[data-testid="search-input"]')?.focus()
          break
        case 'l':
          click('action-label')
          break
        case 'v':
          click('action-move')
          break
        case '?':
          onHelp()
          break
        default:
          return
      }
      event.preventDefault()
    },
    [focusedId, setFocusedId, openThread, onHelp, onToggleSelect],
  )
}
