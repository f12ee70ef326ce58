import { useCallback, useEffect, useState } from 'react'
import { decodeLocation, encodeLocation } from '../../../shared/model/perspective'
import type { UiLocation } from '../../../shared/model/perspective'

/**
 * The sidebar selection, filters and open thread live in the URL hash: Back/Forward restore them and a
 * test can deep-link to any state. `replace` is used for keystroke-level changes (typing a search).
 */
export function useUiLocation(): [UiLocation, (next: UiLocation, options?: { replace?: boolean }) => void] {
  const [location, setLocation] = useState(() => decodeLocation(window.location.hash))
  useEffect(() => {
    const onHashChange = () => setLocation(decodeLocation(window.location.hash))
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [])
  const navigate = useCallback((next: UiLocation, options?: { replace?: boolean }) => {
    const hash = encodeLocation(next)
    if (hash !== window.location.hash) {
      if (options?.replace) window.history.replaceState(null, '', hash)
      else window.history.pushState(null, '', hash)
    }
    setLocation(next)
  }, [])
  return [location, navigate]
}
