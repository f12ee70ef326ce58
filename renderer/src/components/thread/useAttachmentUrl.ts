import { useEffect, useState } from 'react'
import { attachmentUrl, outputUrl } from '../../bridge'
import { RESIGN_EVERY_MS } from '../../bridge/web-auth'

/** A resource's URL, null until known; re-signed while shown, so a link clicked later still opens. */
function useSignedUrl(key: string, sign: () => Promise<string>): string | null {
  const [url, setUrl] = useState<string | null>(null)
  useEffect(() => {
    let live = true
    const refresh = () =>
      void sign().then((next) => {
        if (live) setUrl(next)
      })
    refresh()
    const timer = window.setInterval(refresh, RESIGN_EVERY_MS)
    return () => {
      live = false
      window.clearInterval(timer)
    }
    // `sign` is derived from `key`: a new key is the only reason to sign again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  return url
}

export const useAttachmentUrl = (id: string) => useSignedUrl(`a:${id}`, () => attachmentUrl(id))

/** A backup or export the app wrote, for a download link. */
export const useOutputUrl = (kind: 'exports' | 'backups', name: string) =>
  useSignedUrl(`${kind}:${name}`, () => outputUrl(kind, name))
