import { useCallback, useState } from 'react'

const KEY = 'comptoir.folders.collapsed'

const read = (): Set<string> => {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]')
    return new Set(Array.isArray(stored) ? stored.filter((id) => typeof id === 'string') : [])
  } catch {
    return new Set() // unreadable: every branch open, as on a first run
  }
}

/**
 * The folders whose subfolders are hidden, kept in this browser profile so the tree opens as the user
 * left it. Every branch starts open.
 */
export function useCollapsedFolders(): [ReadonlySet<string>, (id: string, expanded: boolean) => void] {
  const [collapsed, setCollapsed] = useState(read)
  const setExpanded = useCallback((id: string, expanded: boolean) => {
    setCollapsed((current) => {
      const next = new Set(current)
      if (expanded) next.delete(id)
      else next.add(id)
      try {
        localStorage.setItem(KEY, JSON.stringify([...next]))
      } catch {
        // storage full or refused: the tree still opens and closes for this session
      }
      return next
    })
  }, [])
  return [collapsed, setExpanded]
}
