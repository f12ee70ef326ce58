import type { ReactNode } from 'react'
import { useOutputUrl } from '../thread/useAttachmentUrl'

/** A download link to a backup or export the app wrote; its URL is signed in web mode. */
export function OutputLink(props: {
  kind: 'exports' | 'backups'
  name: string
  testId: string
  children: ReactNode
}) {
  const url = useOutputUrl(props.kind, props.name)
  return (
    <a href={url ?? undefined} download={props.name} data-testid={props.testId} aria-disabled={url === null}>
      {props.children}
    </a>
  )
}
