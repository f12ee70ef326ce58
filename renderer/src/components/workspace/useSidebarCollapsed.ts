import { useCallback, useState } from 'react'

const KEY = 'comptoir.sidebar.collapsed'

/** Whether the user folded the sidebar away (top bar's toggle), kept in this browser profile. */
export function useSidebarCollapsed(): [boolean, () => void] {
  const [collapsed, setCollapsed] = useState(() => {
    try {
      return localStorage.getItem(KEY) === 'true'
    } catch {
      return false
    }
  })
  const toggle = useCallback(() => {
    setCollapsed((current) => {
      try {
        localStorage.setItem(KEY, String(!current))
      } catch {
        // storage refused: the sidebar still folds for this session
      }
      return !current
    })
  }, [])
  return [collapsed, toggle]
}
