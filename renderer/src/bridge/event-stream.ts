/**
 * Server-Sent Events read with fetch, so the stream carries the Authorization header (EventSource
 * cannot send headers, and the token must not travel in a cookie or a URL). Reconnects with a growing
 * delay, as EventSource would; `close()` stops it for good.
 */
export interface ServerEvent {
  event: string
  data: string
}

/** Splits an SSE byte stream into events; keeps the unfinished tail for the next chunk. */
export function parseEvents(buffer: string): { events: ServerEvent[]; rest: string } {
  const events: ServerEvent[] = []
  const blocks = buffer.replace(/\r\n?/g, '\n').split('\n\n')
  const rest = blocks.pop() ?? ''
  for (const block of blocks) {
    let event = 'message'
    const data: string[] = []
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue
      const colon = line.indexOf(':')
      const field = colon < 0 ? line : line.slice(0, colon)
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '')
      if (field === 'event') event = value
      else if (field === 'data') data.push(value)
    }
    if (data.length > 0) events.push({ event, data: data.join('\n') })
  }
  return { events, rest }
}

export function openEventStream(
  url: string,
  headers: () => Record<string, string>,
  onEvent: (event: ServerEvent) => void,
): { close(): void } {
  const controller = new AbortController()
  let delay = 500
  const run = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(url, {
          headers: headers(),
          signal: controller.signal,
          cache: 'no-store',
        })
        if (response.ok && response.body) {
          delay = 500
          const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
          let buffer = ''
          for (;;) {
            const { value, done } = await reader.read()
            if (done) break
            const parsed = parseEvents(buffer + value)
            buffer = parsed.rest
            for (const event of parsed.events) onEvent(event)
          }
        }
      } catch {
        // Network drop or abort: retry below unless closed.
      }
      if (controller.signal.aborted) return
      await new Promise((resolve) => setTimeout(resolve, delay))
      delay = Math.min(delay * 2, 10_000)
    }
  }
  void run()
  return { close: () => controller.abort() }
}
