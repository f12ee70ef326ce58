import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../shared/ipc/contract'
import type { EventName } from '../../shared/ipc/contract'
import { createBridge } from './bridge'
import type { IpcTransport } from './bridge'

type Listener = (event: unknown, ...args: unknown[]) => void

function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>()
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => ({ ok: true, value: 'done' })),
    on: vi.fn((channel: string, listener: Listener) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener))
    }),
    removeListener: vi.fn((channel: string, listener: Listener) => {
      listeners.get(channel)?.delete(listener)
    }),
  } satisfies IpcTransport
  const emit = (channel: string, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'secret' }, payload)
  }
  return { ipc, emit, listeners }
}

describe('preload bridge', () => {
  it('exposes one function per channel, invoking it with the arguments spread', async () => {
    const { ipc } = fakeIpc()
    const api = createBridge(ipc)
    await expect(api.threads.markRead(['t1'], true)).resolves.toEqual({ ok: true, value: 'done' })
    expect(ipc.invoke).toHaveBeenCalledWith('threads:markRead', ['t1'], true)
    await api.app.info()
    expect(ipc.invoke).toHaveBeenLastCalledWith('app:info')
    const exposed = Object.entries(api).flatMap(([domain, value]) =>
      typeof value === 'function' ? [] : Object.keys(value).map((action) => `${domain}:${action}`),
    )
    expect(exposed.sort()).toEqual([...CHANNELS].sort())
  })

  it('never exposes ipcRenderer or its methods', () => {
    const { ipc } = fakeIpc()
    const api = createBridge(ipc) as unknown as Record<string, unknown>
    for (const key of ['ipcRenderer', 'invoke', 'send', 'sendSync', 'removeListener', 'postMessage'])
      expect(api).not.toHaveProperty(key)
    expect(Object.values(api)).not.toContain(ipc)
  })

  it('delivers contract events with the payload only, and unsubscribes', () => {
    const { ipc, emit, listeners } = fakeIpc()
    const api = createBridge(ipc)
    const received: unknown[][] = []
    const off = api.on('store:changed', (...args: unknown[]) => received.push(args))
    emit('store:changed', { threadIds: ['t1'] })
    expect(received).toEqual([[{ threadIds: ['t1'] }]])
    off()
    emit('store:changed', { threadIds: ['t2'] })
    expect(received).toHaveLength(1)
    expect(listeners.get('store:changed')?.size).toBe(0)
  })

  it('refuses event names outside the contract and non-function listeners', () => {
    const { ipc } = fakeIpc()
    const api = createBridge(ipc)
    for (const name of ['electron-store-get-data', 'threads:purge', '__proto__'])
      expect(() => api.on(name as EventName, () => {})).toThrow(TypeError)
    expect(() => api.on('message:new', 'x' as never)).toThrow(TypeError)
    expect(ipc.on).not.toHaveBeenCalled()
  })
})
