/**
 * Hostile API requests to `npm run web`: a path with broken percent-escapes, bodies over the cap and
 * deeply nested JSON each get a prompt, coded answer, and never reach the services.
 */
import http from 'node:http'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { MAX_MESSAGE_BYTES } from '../../../../shared/model/attachments'
import type { AppServices } from '../app-types'
import { startWebServer } from './server'
import type { WebServer } from './server'

const dispatch = vi.fn(async () => ({ ok: true as const, value: null }))
const services: AppServices = {
  dispatch,
  onEvent: () => () => undefined,
  readAttachment: async () => null,
  receiveImportUpload: async () => ({ id: 'u-1', name: 'a.mbox', bytes: 0 }),
  readOutput: async () => null,
  close: async () => undefined,
}

let server: WebServer | null = null
afterEach(async () => {
  await server?.close()
  server = null
  dispatch.mockClear()
})

interface Answer {
  status: number
  body: { ok: boolean; error?: { code: string } }
  elapsedMs: number
}

/** Sends headers and, if given, a body (written in 1 MiB pieces, stopping if the server answers). */
function post(
  web: WebServer,
  path: string,
  body: Buffer | null,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const started = Date.now()
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: web.port,
        method: 'POST',
        path,
        headers: {
          Authorization: `Bearer ${web.token}`,
          'Content-Type': 'application/json',
          ...(body && !headers['Transfer-Encoding'] ? { 'Content-Length': String(body.byteLength) } : {}),
          ...headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'),
            elapsedMs: Date.now() - started,
          }),
        )
      },
    )
    req.on('error', (error) => (answered ? undefined : reject(error)))
    req.setTimeout(5_000, () => req.destroy(new Error('no answer within 5 s')))
    let answered = false
    req.on('response', () => (answered = true))
    req.flushHeaders()
    if (!body) return // headers only: the body is never sent
    const step = 1024 * 1024
    const writeFrom = (offset: number): void => {
      if (answered || offset >= body.byteLength) return void req.end()
      req.write(body.subarray(offset, offset + step), () => writeFrom(offset + step))
    }
    writeFrom(0)
  })
}

const start = async () => (server = await startWebServer({ services, rendererDir: '/nonexistent', port: 0 }))

describe('web API limits', () => {
  it('answers 400 BAD_REQUEST to a channel with malformed percent-escapes', async () => {
    const web = await start()
    for (const path of ['/api/%E0%A4%A', '/api/%', '/api/threads%3Aquery%zz', '/api/%C0%AF']) {
      const answer = await post(web, path, Buffer.from('[]'))
      expect({ path, status: answer.status, code: answer.body.error?.code }).toEqual({
        path,
        status: 400,
        code: 'BAD_REQUEST',
      })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('refuses a declared body over the cap with 413 before reading it', async () => {
    const web = await start()
    const answer = await post(web, '/api/threads:query', null, {
      'Content-Length': String(31 * 1024 * 1024),
    })
    expect(answer.status).toBe(413)
    expect(answer.body.error?.code).toBe('PAYLOAD_TOO_LARGE')
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('stops reading a chunked body once it passes the cap and answers 413', async () => {
    const web = await start()
    const big = Buffer.alloc(31 * 1024 * 1024, 0x20)
    const answer = await post(web, '/api/threads:query', big, { 'Transfer-Encoding': 'chunked' })
    expect(answer.status).toBe(413)
    expect(answer.body.error?.code).toBe('PAYLOAD_TOO_LARGE')
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('refuses deeply nested JSON with 400 PAYLOAD_TOO_DEEP without parsing it, promptly', async () => {
    const web = await start()
    const depth = 500_000
    const nested = Buffer.from('['.repeat(depth) + ']'.repeat(depth))
    const answer = await post(web, '/api/threads:query', nested)
    expect(answer.status).toBe(400)
    expect(answer.body.error?.code).toBe('PAYLOAD_TOO_DEEP')
    expect(dispatch).not.toHaveBeenCalled()
    // The server is free again at once.
    const next = await post(web, '/api/threads:counts', Buffer.from('[]'))
    expect(next.status).toBe(200)
  })

  it('still carries a full 10 MB message with its attachments as base64', async () => {
    const web = await start()
    const file = Buffer.alloc(MAX_MESSAGE_BYTES - 20_000, 0x41)
    const args = [
      {
        threadId: 't-1',
        body: 'é'.repeat(10_000),
        attachments: [{ name: 'photo.jpg', dataBase64: file.toString('base64') }],
      },
    ]
    const answer = await post(web, '/api/messages:send', Buffer.from(JSON.stringify(args)))
    expect(answer.status).toBe(200)
    expect(dispatch).toHaveBeenCalledTimes(1)
  })
})
