import { describe, expect, it, vi } from 'vitest'
import { ok } from '../../../shared/ipc/result'
import { createIpcGate } from './ipc-gate'
import { APP_ENTRY_URL, trustedOrigins } from './origin'

describe('IPC gate', () => {
  const good = { fromAppWindow: true, frameUrl: APP_ENTRY_URL, isMainFrame: true }

  it('passes trusted messages to the router unchanged', async () => {
    const dispatch = vi.fn(async () => ok(42))
    const gate = createIpcGate({ dispatch }, trustedOrigins(null))
    await expect(gate(good, 'threads:get', ['t1'])).resolves.toEqual({ ok: true, value: 42 })
    expect(dispatch).toHaveBeenCalledWith('threads:get', ['t1'])
  })

  it('answers FORBIDDEN without reaching the services', async () => {
    const dispatch = vi.fn(async () => ok(42))
    const gate = createIpcGate({ dispatch }, trustedOrigins(null))
    for (const sender of [
      { ...good, fromAppWindow: false },
      { ...good, isMainFrame: false },
      { ...good, frameUrl: 'https://evil.example/' },
      { ...good, frameUrl: null },
    ]) {
      const result = await gate(sender, 'threads:purge', [['t1']])
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })
})
