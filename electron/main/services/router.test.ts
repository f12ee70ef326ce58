import { describe, expect, it, vi } from 'vitest'
import { createRouter } from './router'
import type { Handlers } from './router'
import { ComptoirError } from '../../../shared/ipc/result'

function routerWith(partial: Partial<Handlers>) {
  const log = vi.fn()
  return { router: createRouter(partial as Handlers, log), log }
}

describe('IPC router', () => {
  it('parses arguments from unknown and calls the handler', async () => {
    const query = vi.fn(() => ({ threads: [], nextCursor: null, total: 0 }))
    const { router } = routerWith({ 'threads:query': query })
    expect(await router.dispatch('threads:query', [{ view: 'inbox', unread: true }])).toEqual({
      ok: true,
      value: { threads: [], nextCursor: null, total: 0 },
    })
    expect(query).toHaveBeenCalledWith({ view: 'inbox', unread: true })
  })

  it('refuses unknown channels and malformed payloads without calling anything', async () => {
    const markRead = vi.fn()
    const { router } = routerWith({ 'threads:markRead': markRead })
    expect(await router.dispatch('fs:read', [])).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    })
    expect(await router.dispatch({ toString: () => 'x' }, [])).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL' },
    })
    expect(await router.dispatch('threads:markRead', [[], true])).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    })
    expect(await router.dispatch('threads:markRead', ['t1', 'yes'])).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    })
    expect(await router.dispatch('threads:markRead', null)).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    })
    expect(
      await router.dispatch('threads:query', [{ view: 'inbox', __proto__: { admin: true }, extra: 1 }]),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_REQUEST' },
    })
    expect(markRead).not.toHaveBeenCalled()
  })

  it('turns ComptoirError into a typed error and hides unexpected ones', async () => {
    const { router, log } = routerWith({
      'threads:get': () => {
        throw new ComptoirError('NOT_FOUND', 'No thread t9')
      },
      'threads:counts': () => {
        throw new Error('disk on fire at /home/secret')
      },
    })
    expect(await router.dispatch('threads:get', ['t9'])).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No thread t9' },
    })
    const internal = await router.dispatch('threads:counts', [])
    expect(internal).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(internal)).not.toContain('secret')
    expect(log).toHaveBeenCalledOnce()
  })
})
