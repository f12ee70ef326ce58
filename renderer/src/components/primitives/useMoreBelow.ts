import { useLayoutEffect, useState } from 'react'
import type { RefObject } from 'react'

/**
 * Whether a scrolling box holds more below what it shows, kept true to the box as it scrolls, resizes
 * or its content changes (`deps`). A list that is cut at its edge must say so: the box marks itself
 * and its style fades the last line, so nobody takes the visible items for all of them.
 */
export function useMoreBelow(box: RefObject<HTMLElement | null>, deps: unknown): boolean {
  const [more, setMore] = useState(false)
  useLayoutEffect(() => {
    const element = box.current
    if (!element) return
    const measure = () => setMore(element.scrollTop + element.clientHeight < element.scrollHeight - 1)
    measure()
    element.addEventListener('scroll', measure, { passive: true })
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => {
      element.removeEventListener('scroll', measure)
      observer.disconnect()
    }
  }, [box, deps])
  return more
}
