import { useCallback } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useToast } from './Toasts'

/**
 * Runs a store command from the UI and says what happened, with Undo when an inverse command exists;
 * on failure (of the command or of its Undo) shows the error. The panes follow through the store's
 * change event, so nothing is refetched here; `onDone` is for local state (clearing a selection).
 * Resolves to whether the command went through; it never rejects.
 */
export function useCommand(onDone?: () => void) {
  const toast = useToast()
  const client = useQueryClient()
  return useCallback(
    async (action: () => Promise<unknown>, message?: string, undo?: () => Promise<unknown>) => {
      try {
        await action()
        onDone?.()
        if (message) {
          const runUndo = undo
            ? () => void undo().then(undefined, (error: unknown) => toast.showError(error))
            : undefined
          toast.show(message, 'info', runUndo)
        }
        return true
      } catch (error) {
        toast.showError(error)
        // Re-read what is shown: a refused or unsaved change must not linger on screen.
        void client.invalidateQueries()
        return false
      }
    },
    [toast, onDone, client],
  )
}
