import { describe, expect, it } from 'vitest'
import { parseEvents } from './event-stream'

describe('Server-Sent Events parsing (the fetch-based stream)', () => {
  it('splits named events, skips comments and keeps an unfinished tail', () => {
    const { events, rest } = parseEvents(
      ': connected\n\nevent: store:changed\ndata: {"a":1}\n\n: ping\n\nevent: message:new\r\ndata: {"b"',
    )
    expect(events).toEqual([{ event: 'store:changed', data: '{"a":1}' }])
    expect(parseEvents(rest + ':2}\n\n').events).toEqual([{ event: 'message:new', data: '{"b":2}' }])
  })
})
