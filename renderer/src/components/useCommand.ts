import { useCallback } from 'react'
import { useToast } from './Toasts'

/**
 * Runs a store command from the UI: on success refreshes (`onDone`) and says what happened, with Undo
 * when an inverse command exists; on failure shows the error. Resolves to whether it went through.
 */
export function useCommand(onDone: () => void) {
  const toast = useToast()
  return useCallback(
    async (action: () => Promise<unknown>, message?: string, undo?: () => Promise<unknown>) => {
      try {
        await action()
        onDone()
        if (message) toast.show(message, 'info', undo ? () => void undo().then(onDone) : undefined)
        return true
      } catch (error) {
        toast.showError(error)
        onDone() // re-read what the store holds: a refused or unsaved change must not linger on screen
        return false
      }
    },
    [toast, onDone],
  )
}
