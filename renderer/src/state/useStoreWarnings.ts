import { useEffect, useState } from 'react'
import { api, call } from '../bridge'
import type { StoreWarning } from '../../../shared/model/store-warnings'

/**
 * The store's opening warnings, as the banner shows them. The store opens early (its first screen from
 * the thread summaries) and reads the bodies afterwards, and only that read can find a damaged file:
 * its end is announced as a change of `all`, after which `app:info` is read again. It is also read
 * once when the workspace appears, in case that change came before this listener.
 */
export function useStoreWarnings(atStart: StoreWarning[]): StoreWarning[] {
  const [warnings, setWarnings] = useState(atStart)
  useEffect(() => {
    let live = true
    const reread = () =>
      void call(api.app.info()).then(
        (info) => live && setWarnings(info.storeWarnings),
        () => undefined, // the banner keeps what it showed; the panes report errors themselves
      )
    const stop = api.on('store:changed', (event) => {
      if (event.kinds.includes('all')) reread()
    })
    reread()
    return () => {
      live = false
      stop()
    }
  }, [])
  return warnings
}
