import { describe, expect, it, vi } from 'vitest'
import { MAX_MESSAGE_BYTES } from '../../../shared/model/attachments'
import { ok } from '../../../shared/ipc/result'
import { createIpcGate } from './ipc-gate'
import { APP_ENTRY_URL, trustedOrigins } from './origin'

const good = { fromAppWindow: true, frameUrl: APP_ENTRY_URL, isMainFrame: true }

function nested(depth: number): unknown {
  let value: unknown = []
  for (let level = 0; level < depth; level++) value = [value]
  return value
}

describe('IPC gate size and depth limits (before zod)', () => {
  it('refuses arguments over the size cap without reaching the services', async () => {
    const dispatch = vi.fn(async () => ok(null))
    const gate = createIpcGate({ dispatch }, trustedOrigins(null))
    const result = await gate(good, 'threads:query', [{ keywords: 'x'.repeat(31 * 1024 * 1024) }])
    expect(result).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } })
    const many = await gate(good, 'threads:purge', [new Array(5_000_000).fill('t')])
    expect(many).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('refuses deeply nested arguments', async () => {
    const dispatch = vi.fn(async () => ok(null))
    const gate = createIpcGate({ dispatch }, trustedOrigins(null))
    const result = await gate(good, 'threads:query', [nested(100_000)])
    expect(result).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_DEEP' } })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('lets a full 10 MB message with attachments through', async () => {
    const dispatch = vi.fn(async () => ok(null))
    const gate = createIpcGate({ dispatch }, trustedOrigins(null))
    const dataBase64 = Buffer.alloc(MAX_MESSAGE_BYTES - 20_000, 0x41).toString('base64')
    const args = [{ threadId: 't-1', body: 'é'.repeat(10_000), attachments: [{ name: 'a.jpg', dataBase64 }] }]
    await expect(gate(good, 'messages:send', args)).resolves.toEqual({ ok: true, value: null })
    expect(dispatch).toHaveBeenCalledTimes(1)
  })
})
