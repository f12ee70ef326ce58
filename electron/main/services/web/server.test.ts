/**
 * Stopping `npm run web` while a browser tab is still open: the tab holds an event stream and
 * keep-alive connections, and reconnects at once. The server must still close promptly, or the store
 * (and its lock) would stay held after Ctrl+C.
 */
import http from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import type { AppServices } from '../app-types'
import { startWebServer } from './server'
import type { WebServer } from './server'

const services: AppServices = {
  dispatch: async () => ({ ok: true, value: null }),
  onEvent: () => () => undefined,
  readAttachment: async () => null,
  readOutput: async () => null,
  receiveImportUpload: async (name, body) => {
    let bytes = 0
    for await (const chunk of body) bytes += (chunk as Buffer).length
    return { id: '0'.repeat(32), name, bytes }
  },
  close: async () => undefined,
}

function upload(web: WebServer, auth: boolean, body: Buffer): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: web.port,
        method: 'POST',
        path: '/upload/import?name=relay.mbox',
        headers: auth ? { Authorization: `Bearer ${web.token}` } : {},
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode!, json: JSON.parse(Buffer.concat(chunks).toString()) }),
        )
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

describe('import upload endpoint', () => {
  it('streams a body larger than the JSON API cap to the services, and refuses a request without the token', async () => {
    server = await startWebServer({ services, rendererDir: '/nonexistent', port: 0 })
    const big = Buffer.alloc(40 * 1024 * 1024, 0x61)
    expect(await upload(server, true, big)).toEqual({
      status: 200,
      json: { ok: true, value: { id: '0'.repeat(32), name: 'relay.mbox', bytes: big.length } },
    })
    expect((await upload(server, false, Buffer.from('x'))).status).toBe(401)
  })
})

let server: WebServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
})

/** Opens the event stream as a tab does and resolves once the first bytes arrived. */
function openEventStream(web: WebServer, agent: http.Agent): Promise<http.IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: web.port,
        path: '/events',
        agent,
        headers: { Authorization: `Bearer ${web.token}` },
      },
      (res) => res.once('data', () => resolve(res)),
    )
    req.on('error', reject)
  })
}

describe('web server shutdown', () => {
  it('closes within a second or two with an event stream and an idle keep-alive connection open', async () => {
    server = await startWebServer({ services, rendererDir: '/nonexistent', port: 0 })
    const agent = new http.Agent({ keepAlive: true })
    const stream = await openEventStream(server, agent)
    stream.on('error', () => undefined)
    await new Promise<void>((resolve) =>
      http
        .get({ host: '127.0.0.1', port: server!.port, path: '/api/', agent }, (res) => {
          res.resume()
          res.on('end', () => resolve())
        })
        .on('error', () => resolve()),
    )
    const started = Date.now()
    const web = server
    server = null
    await web.close()
    expect(Date.now() - started).toBeLessThan(2_500)
    agent.destroy()
  })

  it('cuts a connection still busy after the grace period (a request whose body never ends)', async () => {
    server = await startWebServer({ services, rendererDir: '/nonexistent', port: 0 })
    const req = http.request({
      host: '127.0.0.1',
      port: server.port,
      method: 'POST',
      path: '/api/threads:counts',
      headers: {
        Authorization: `Bearer ${server.token}`,
        'Content-Type': 'application/json',
        'Content-Length': '100',
      },
    })
    req.on('error', () => undefined)
    req.write('[')
    await new Promise((resolve) => setTimeout(resolve, 100))
    const started = Date.now()
    const web = server
    server = null
    await web.close()
    expect(Date.now() - started).toBeLessThan(2_500)
    req.destroy()
  })
})

describe('a browser opening the page without the token', () => {
  it('gets a page saying what to do in French and English, not a JSON error', async () => {
    server = await startWebServer({ services, rendererDir: '/nonexistent', port: 0 })
    const answer = await fetch(`http://127.0.0.1:${server.port}/`, { headers: { Accept: 'text/html' } })
    expect(answer.status).toBe(401)
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/)
    const page = await answer.text()
    expect(page).toMatch(/adresse exacte/)
    expect(page).toMatch(/exact address/)
    expect(page).not.toContain(server.token)
    // A stale attachment link (signed by an earlier run, or expired) and a file gone say so, as a page.
    const stale = await fetch(`http://127.0.0.1:${server.port}/attachments/${'a'.repeat(64)}?exp=1&sig=old`, {
      headers: { Accept: 'text/html' },
    })
    expect(stale.status).toBe(401)
    expect(await stale.text()).toMatch(/Ce lien a expiré[\s\S]*This link has expired/)
    const gone = await fetch(`http://127.0.0.1:${server.port}/attachments/${'b'.repeat(64)}`, {
      headers: { Accept: 'text/html', Authorization: `Bearer ${server.token}` },
    })
    expect(gone.status).toBe(404)
    expect(await gone.text()).toMatch(/n’est plus dans Comptoir/)
    // API callers still get the JSON error.
    const api = await fetch(`http://127.0.0.1:${server.port}/api/threads:counts`, { method: 'POST' })
    expect(api.status).toBe(401)
    expect(await api.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
