import { describe, expect, it } from 'vitest'
import { checkRequest, cookieName } from './auth'

const config = { token: 'tok3n-value', port: 4321 }
const request = (headers: Record<string, string>) => ({ method: 'GET', headers })
const url = (path: string) => new URL(path, 'http://127.0.0.1:4321')

describe('web harness admission', () => {
  it('refuses a request without the token', () => {
    expect(checkRequest(request({ host: '127.0.0.1:4321' }), url('/'), config)).toMatchObject({
      ok: false,
      status: 401,
    })
    expect(checkRequest(request({ host: '127.0.0.1:4321' }), url('/?token=nope'), config)).toMatchObject({
      ok: false,
      status: 401,
    })
  })

  it('accepts the token once in the URL and hands out an HttpOnly cookie', () => {
    const verdict = checkRequest(request({ host: '127.0.0.1:4321' }), url('/?token=tok3n-value'), config)
    expect(verdict).toMatchObject({ ok: true })
    expect(verdict.ok && verdict.setCookie).toContain('HttpOnly')
    expect(
      checkRequest(
        request({ host: '127.0.0.1:4321', cookie: `${cookieName(4321)}=tok3n-value` }),
        url('/api/x'),
        config,
      ),
    ).toEqual({ ok: true })
    expect(
      checkRequest(
        request({ host: '127.0.0.1:4321', authorization: 'Bearer tok3n-value' }),
        url('/api/x'),
        config,
      ),
    ).toEqual({ ok: true })
  })

  it('refuses foreign hosts (DNS rebinding) and cross-origin calls even with the token', () => {
    expect(
      checkRequest(
        request({ host: 'evil.example:4321', authorization: 'Bearer tok3n-value' }),
        url('/'),
        config,
      ),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      checkRequest(
        request({
          host: '127.0.0.1:4321',
          origin: 'http://evil.example',
          authorization: 'Bearer tok3n-value',
        }),
        url('/api/x'),
        config,
      ),
    ).toMatchObject({ ok: false, status: 403 })
  })
})
