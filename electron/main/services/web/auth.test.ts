import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { checkRequest, pageCookieValue } from './auth'

const token = 'tok3n-value'
const NOW = 1_800_000_000_000
const config = { token, port: 4321, now: () => NOW }
const host = { host: '127.0.0.1:4321' }
const request = (headers: Record<string, string>, method = 'GET') => ({ method, headers })
const url = (path: string) => new URL(path, 'http://127.0.0.1:4321')
const ID = 'a'.repeat(64)
const sign = (resource: string, exp: number, key = token) =>
  createHmac('sha256', key).update(`${resource}\n${exp}`).digest('base64url')

describe('web harness admission', () => {
  it('refuses a request without the token', () => {
    for (const path of ['/', '/?token=nope', '/api/x', '/events', `/attachments/${ID}`]) {
      expect(checkRequest(request(host), url(path), config)).toMatchObject({ ok: false, status: 401 })
    }
  })

  it('opens the page with the printed URL and hands out a page cookie that is not the token', () => {
    const verdict = checkRequest(request(host), url(`/?token=${token}`), config)
    expect(verdict).toMatchObject({ ok: true })
    const cookie = verdict.ok ? (verdict.setCookie ?? '') : ''
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Strict')
    expect(cookie).not.toContain(token)
  })

  it('the page cookie reloads the page and its files, and nothing else', () => {
    const cookie = { ...host, cookie: `comptoir_page_4321=${pageCookieValue(token)}` }
    expect(checkRequest(request(cookie), url('/'), config)).toMatchObject({ ok: true })
    expect(checkRequest(request(cookie), url('/assets/index-abc.js'), config)).toMatchObject({ ok: true })
    for (const path of ['/api/threads:query', '/events', `/attachments/${ID}`]) {
      const method = path.startsWith('/api/') ? 'POST' : 'GET'
      expect(checkRequest(request(cookie, method), url(path), config)).toMatchObject({
        ok: false,
        status: 401,
      })
    }
  })

  it('a cookie carrying the token itself (what every 127.0.0.1 server received) opens nothing', () => {
    for (const name of ['comptoir_token_4321', 'comptoir_page_4321']) {
      const headers = { ...host, cookie: `${name}=${token}` }
      expect(checkRequest(request(headers, 'POST'), url('/api/x'), config)).toMatchObject({ ok: false })
      expect(checkRequest(request(headers), url('/'), config)).toMatchObject({ ok: false })
    }
  })

  it('the API and the event stream take the token from the Authorization header only', () => {
    const bearer = { ...host, authorization: `Bearer ${token}` }
    expect(checkRequest(request(bearer, 'POST'), url('/api/x'), config)).toEqual({ ok: true })
    expect(checkRequest(request(bearer), url('/events'), config)).toEqual({ ok: true })
    expect(checkRequest(request(host, 'POST'), url(`/api/x?token=${token}`), config)).toMatchObject({
      ok: false,
      status: 401,
    })
  })

  it('an attachment URL is signed per resource and expires', () => {
    const exp = Math.floor(NOW / 1000) + 600
    const ok = url(`/attachments/${ID}?exp=${exp}&sig=${sign(`attachments/${ID}`, exp)}`)
    expect(checkRequest(request(host), ok, config)).toEqual({ ok: true })
    const other = `/attachments/${'b'.repeat(64)}?exp=${exp}&sig=${sign(`attachments/${ID}`, exp)}`
    const expired = `/attachments/${ID}?exp=${exp - 1200}&sig=${sign(`attachments/${ID}`, exp - 1200)}`
    const tooFar = `/attachments/${ID}?exp=${exp + 86_400}&sig=${sign(`attachments/${ID}`, exp + 86_400)}`
    const wrongKey = `/attachments/${ID}?exp=${exp}&sig=${sign(`attachments/${ID}`, exp, 'other')}`
    for (const path of [other, expired, tooFar, wrongKey]) {
      expect(checkRequest(request(host), url(path), config)).toMatchObject({ ok: false, status: 401 })
    }
    // A signature opens the attachment only, never the API.
    const api = `/api/x?exp=${exp}&sig=${sign('api/x', exp)}`
    expect(checkRequest(request(host, 'POST'), url(api), config)).toMatchObject({ ok: false })
  })

  it('refuses foreign hosts (DNS rebinding) and cross-origin calls even with the token', () => {
    expect(
      checkRequest(
        request({ host: 'evil.example:4321', authorization: `Bearer ${token}` }),
        url('/'),
        config,
      ),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      checkRequest(
        request({ ...host, origin: 'http://evil.example', authorization: `Bearer ${token}` }),
        url('/api/x'),
        config,
      ),
    ).toMatchObject({ ok: false, status: 403 })
  })
})
