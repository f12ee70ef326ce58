import { useEffect, useRef } from 'react'
import { api } from '../bridge'
import type { Command } from './registry'
import { commandForEvent } from './registry'

/**
 * Keys from anywhere in the window (not only once a row has focus), and the desktop menu bar's
 * `command:run`, both dispatched to the registry. Listens on the document so nothing needs focus.
 */
export function useGlobalShortcuts(registry: readonly Command[]): void {
  const current = useRef(registry)
  useEffect(() => {
    current.current = registry
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = commandForEvent(event, current.current)
      if (!command) return
      event.preventDefault()
      command.run()
    }
    document.addEventListener('keydown', onKey)
    const off = api.on('command:run', ({ id }) => {
      const command = current.current.find((c) => c.id === id)
      if (command?.enabled) command.run()
    })
    return () => {
      document.removeEventListener('keydown', onKey)
      off()
    }
  }, [])
}
