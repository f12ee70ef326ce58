import { useEffect, useState } from 'react'
import { attachmentUrl } from '../bridge'
import { RESIGN_EVERY_MS } from '../bridge/web-auth'

/** The attachment's URL, null until known; re-signed while shown, so a link clicked later still opens. */
export function useAttachmentUrl(id: string): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const refresh = () =>
      void attachmentUrl(id).then((next) => {
        if (live) setUrl(next)
      })
    refresh()
    const timer = window.setInterval(refresh, RESIGN_EVERY_MS)
    return () => {
      live = false
      window.clearInterval(timer)
    }
  }, [id])
  return url
}
