import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { attachmentHeaders, resolveRendererFile, routeAppRequest } from './protocol-routes'

const ID = 'c0ffee'.repeat(10) + 'beef'

describe('app:// routing', () => {
  it('serves attachments by exact id and renderer paths, GET/HEAD only, our host only', () => {
    expect(routeAppRequest(`app://comptoir/attachments/${ID}`, 'GET')).toEqual({ kind: 'attachment', id: ID })
    expect(routeAppRequest('app://comptoir/assets/index.js', 'HEAD')).toEqual({
      kind: 'renderer',
      pathname: '/assets/index.js',
    })
    expect(routeAppRequest('app://comptoir/index.html', 'POST')).toEqual({ kind: 'error', status: 405 })
    expect(routeAppRequest('app://other/index.html', 'GET')).toEqual({ kind: 'error', status: 404 })
    expect(routeAppRequest('file:///etc/passwd', 'GET')).toEqual({ kind: 'error', status: 404 })
    expect(routeAppRequest('garbage', 'GET')).toEqual({ kind: 'error', status: 400 })
  })

  it('reads nothing else under /attachments', () => {
    for (const pathname of [
      '/attachments',
      '/attachments/',
      `/attachments/${ID.toUpperCase()}`,
      `/attachments/${ID}/..`,
      '/attachments/../../etc/passwd',
      '/Attachments/x',
      `/attachments/${ID}.pdf`,
    ]) {
      const route = routeAppRequest(`app://comptoir${pathname}`, 'GET')
      expect(route.kind === 'error' || route.kind === 'renderer').toBe(true)
      if (route.kind === 'renderer') expect(route.pathname.toLowerCase()).not.toMatch(/^\/attachments/)
    }
  })
})

describe('renderer files', () => {
  let root: string
  let outside: string
  beforeAll(() => {
    const base = fs.mkdtempSync(path.join(os.tmpdir(), 'comptoir-protocol-'))
    root = path.join(base, 'renderer')
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true })
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>')
    fs.writeFileSync(path.join(root, 'assets', 'index-abc.js'), 'export {}')
    fs.writeFileSync(path.join(root, 'assets', 'index-abc.css'), 'body{}')
    fs.writeFileSync(path.join(root, 'assets', 'notes.exe'), 'MZ')
    outside = path.join(base, 'secret.txt')
    fs.writeFileSync(outside, 'secret')
  })
  afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }))

  it('serves index.html for / and for client-side routes, with the CSP and no caching', async () => {
    for (const pathname of ['/', '/index.html', '/inbox/thread-1']) {
      const answer = await resolveRendererFile(root, pathname)
      expect(answer.status).toBe(200)
      expect(answer.file).toBe(path.join(root, 'index.html'))
      expect(answer.headers['Content-Type']).toBe('text/html; charset=utf-8')
      expect(answer.headers['Cache-Control']).toBe('no-store')
      expect(answer.headers['X-Content-Type-Options']).toBe('nosniff')
      const csp = answer.headers['Content-Security-Policy']
      for (const directive of [
        "default-src 'self'",
        "script-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
        "img-src 'self' data:",
      ])
        expect(csp).toContain(directive)
      expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/)
    }
  })

  it('gives scripts and styles their real types', async () => {
    const js = await resolveRendererFile(root, '/assets/index-abc.js')
    expect(js.headers['Content-Type']).toBe('text/javascript; charset=utf-8')
    const css = await resolveRendererFile(root, '/assets/index-abc.css')
    expect(css.headers['Content-Type']).toBe('text/css; charset=utf-8')
  })

  it('refuses unknown types, missing files and anything outside the build', async () => {
    expect((await resolveRendererFile(root, '/assets/notes.exe')).status).toBe(404)
    expect((await resolveRendererFile(root, '/assets/missing.js')).status).toBe(404)
    for (const attempt of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/a%00b']) {
      const answer = await resolveRendererFile(root, attempt)
      expect(answer.file === null || answer.file.startsWith(root + path.sep)).toBe(true)
      expect(answer.file).not.toBe(outside)
    }
  })
})

describe('attachment headers', () => {
  it('use the real type, forbid sniffing and sandbox the content', () => {
    const pdf = attachmentHeaders(ID, { type: 'pdf', mime: 'application/pdf' })
    expect(pdf['Content-Type']).toBe('application/pdf')
    expect(pdf['X-Content-Type-Options']).toBe('nosniff')
    expect(pdf['Content-Disposition']).toBe(`attachment; filename="${ID.slice(0, 16)}.pdf"`)
    expect(pdf['Content-Security-Policy']).toBe("default-src 'none'; sandbox")
    const png = attachmentHeaders(ID, { type: 'png', mime: 'image/png' })
    expect(png['Content-Disposition']).toMatch(/^inline; /)
  })
})
