import { useMemo } from 'react'
import type { MouseEvent } from 'react'
import { sanitizeHtml } from './sanitize'

/**
 * Renders an untrusted HTML body after sanitising it. Link clicks never navigate the app: in the
 * desktop app the main process asks the user before opening the system browser; in web mode we ask here.
 */
export function SafeHtml({ html, className }: { html: string; className?: string }) {
  const clean = useMemo(() => sanitizeHtml(html), [html])
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as HTMLElement).closest('a[data-external-href]')
    if (!anchor) return
    event.preventDefault()
    const href = anchor.getAttribute('data-external-href') ?? ''
    if (!/^https:\/\//i.test(href)) return
    if (!window.comptoir && !window.confirm(`Ouvrir / Open ${href} ?`)) return
    window.open(href, '_blank', 'noopener,noreferrer')
  }
  return <div className={className} onClick={onClick} dangerouslySetInnerHTML={{ __html: clean }} />
}
