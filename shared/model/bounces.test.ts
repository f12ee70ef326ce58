import { describe, expect, it } from 'vitest'
import { bouncedReplies } from './bounces'
import type { Message } from './mailbox'

const message = (
  id: string,
  direction: 'in' | 'out',
  sentAt: string,
  extra: Partial<Message> = {},
): Message => ({
  id,
  threadId: 't',
  direction,
  body: id,
  html: null,
  attachments: [],
  sentAt,
  readAt: null,
  ...extra,
})

describe('bouncedReplies', () => {
  it('marks the reply a bounce names, else the latest reply before it', () => {
    const messages = [
      message('buyer', 'in', '2026-11-20T09:00:00Z'),
      message('r1', 'out', '2026-11-20T10:00:00Z', { mailMessageId: 'r1@shop' }),
      message('r2', 'out', '2026-11-20T11:00:00Z', { mailMessageId: 'r2@shop' }),
      message('b1', 'in', '2026-11-20T12:00:00Z', { kind: 'delivery-failure', inReplyTo: 'R1@shop' }),
      message('b2', 'in', '2026-11-20T12:05:00Z', { kind: 'delivery-failure' }),
    ]
    const refused = bouncedReplies(messages)
    expect(refused.get('r1')?.id).toBe('b1')
    expect(refused.get('r2')?.id).toBe('b2')
    expect(refused.has('buyer')).toBe(false)
  })

  it('a bounce with no reply before it marks nothing', () => {
    expect(
      bouncedReplies([message('b', 'in', '2026-11-20T12:00:00Z', { kind: 'delivery-failure' })]).size,
    ).toBe(0)
  })
})
