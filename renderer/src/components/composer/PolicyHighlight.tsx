import { useEffect, useRef } from 'react'
import type { RefObject } from 'react'
import type { Finding } from '../../../../shared/policy/types'

/**
 * A backdrop behind the transparent textarea that repeats its text with the offending spans marked, so
 * the seller sees exactly which words would get the message blocked. Overlapping findings keep the
 * most severe mark.
 */
export function PolicyHighlight({
  text,
  findings,
  textarea,
}: {
  text: string
  findings: Finding[]
  textarea: RefObject<HTMLTextAreaElement | null>
}) {
  const backdrop = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const area = textarea.current
    if (!area) return
    const sync = () => {
      if (backdrop.current) backdrop.current.scrollTop = area.scrollTop
    }
    area.addEventListener('scroll', sync)
    return () => area.removeEventListener('scroll', sync)
  }, [textarea])

  const parts: Array<{ text: string; severity?: string }> = []
  let cursor = 0
  const sorted = [...findings].filter((f) => f.severity !== 'info').sort((a, b) => a.start - b.start)
  for (const finding of sorted) {
    if (finding.end <= cursor) continue
    const start = Math.max(cursor, finding.start)
    if (start > cursor) parts.push({ text: text.slice(cursor, start) })
    parts.push({ text: text.slice(start, finding.end), severity: finding.severity })
    cursor = finding.end
  }
  parts.push({ text: text.slice(cursor) + '\n' })
  return (
    <div ref={backdrop} className="highlight-backdrop" aria-hidden="true">
      {parts.map((part, index) =>
        part.severity ? (
          <mark key={index} className={`sev-${part.severity}`}>
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </div>
  )
}
