/**
 * The web harness: the real renderer and the real services over loopback HTTP, for end-to-end tests
 * and for anyone who cannot run Electron. It only transports: POST /api/<channel> goes to the same
 * `dispatch` the Electron IPC uses; GET /events is a Server-Sent Events push channel.
 *
 * Security: bound to 127.0.0.1 only; every request needs the token (from `?token=` once, then an
 * HttpOnly SameSite=Strict cookie, or `Authorization: Bearer`); the Host header must be our own
 * (DNS-rebinding defence) and API calls must come from our own origin.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import type { AppServices } from '../app-types'
import {
  LIMIT_MESSAGES,
  MAX_NESTING_DEPTH,
  jsonNestingExceeds,
  requestByteLimit,
} from '../../../../shared/ipc/limits'
import type { ErrorCode } from '../../../../shared/ipc/result'
import type { OutputKind } from '../../../../shared/model/safekeeping'
import { checkRequest } from './auth'
import { serveStatic } from './static'
import { SECURITY_HEADERS, sendJson, sendNoticePage } from './respond'

/** How long answers under way may take to finish once the server is asked to stop. */
const CLOSE_GRACE_MS = 1_000

const OUTPUT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.mbox': 'application/mbox',
  '.zip': 'application/zip',
}

export interface WebServerOptions {
  services: AppServices
  rendererDir: string
  port: number
  token?: string
}

export interface WebServer {
  url: string
  token: string
  port: number
  close(): Promise<void>
}

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const sseClients = new Set<http.ServerResponse>()
  let port = options.port

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A request cut off by its client (a closed tab, or shutdown) is not a failure worth a log line.
      if (req.destroyed || res.destroyed) return
      console.error('[comptoir web] request failed', error)
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Internal error' } })
      else res.end()
    })
  })

  /** The app's language (its setting, else the system's): the notice pages a browser gets speak it first. */
  async function appLanguage(): Promise<'fr' | 'en'> {
    const [settings, info] = await Promise.all([
      options.services.dispatch('settings:get', []),
      options.services.dispatch('app:info', []),
    ])
    const chosen = settings.ok ? (settings.value as { language?: unknown } | null)?.language : undefined
    if (chosen === 'fr' || chosen === 'en') return chosen
    const system = info.ok ? (info.value as { systemLanguage?: unknown } | null)?.systemLanguage : undefined
    return system === 'en' ? 'en' : 'fr'
  }
  // A person's browser (a link opened, an address typed) reads a page; programs get JSON.
  const wantsPage = (req: http.IncomingMessage) =>
    req.method === 'GET' && (req.headers.accept ?? '').includes('text/html')

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`)
    const verdict = checkRequest(req, url, { token, port })
    if (!verdict.ok) {
      if (wantsPage(req)) {
        // An attachment or file link from an earlier page (expired, or signed before a restart).
        const staleLink = /^\/(?:attachments|files)\//.test(url.pathname)
        sendNoticePage(res, verdict.status, staleLink ? 'link-expired' : 'no-key', await appLanguage())
        return
      }
      sendJson(res, verdict.status, { ok: false, error: { code: 'FORBIDDEN', message: verdict.message } })
      return
    }
    if (verdict.setCookie) res.setHeader('Set-Cookie', verdict.setCookie)

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendJson(res, 405, badRequest('Use POST for API calls.'))
      const channel = decodeChannel(url.pathname.slice('/api/'.length))
      if (channel === null) {
        return refuseAndClose(req, res, 400, badRequest('Malformed percent-escape in the API path.'))
      }
      // Caps checked before anything parses: the declared length, then the bytes as they arrive,
      // then the nesting depth on the raw bytes (JSON.parse and zod would walk all of it).
      const limit = requestByteLimit(channel)
      const tooLarge = () =>
        refuseAndClose(req, res, 413, coded('PAYLOAD_TOO_LARGE', LIMIT_MESSAGES.PAYLOAD_TOO_LARGE(limit)))
      if (Number(req.headers['content-length'] ?? 0) > limit) return tooLarge()
      const body = await readBody(req, limit)
      if (body === null) return tooLarge()
      if (jsonNestingExceeds(body, MAX_NESTING_DEPTH)) {
        return sendJson(
          res,
          400,
          coded('PAYLOAD_TOO_DEEP', LIMIT_MESSAGES.PAYLOAD_TOO_DEEP(MAX_NESTING_DEPTH)),
        )
      }
      let args: unknown
      try {
        args = body.length === 0 ? [] : JSON.parse(body.toString('utf8'))
      } catch {
        return sendJson(res, 400, badRequest('The request body is not valid JSON.'))
      }
      return sendJson(res, 200, await options.services.dispatch(channel, args))
    }
    if (url.pathname === '/upload/import') {
      // Mail files can be gigabytes: streamed to disk, outside the size-capped JSON API.
      if (req.method !== 'POST') return sendJson(res, 405, badRequest('Use POST to upload.'))
      const name = url.searchParams.get('name') ?? ''
      try {
        return sendJson(res, 200, { ok: true, value: await options.services.receiveImportUpload(name, req) })
      } catch (error) {
        return sendJson(res, 400, badRequest((error as Error).message))
      }
    }
    if (url.pathname === '/events') return openEventStream(res)
    const attachment = /^\/attachments\/([0-9a-f]{64})$/.exec(url.pathname)
    if (attachment?.[1]) {
      const stored = await options.services.readAttachment(attachment[1])
      if (!stored) {
        if (wantsPage(req)) return sendNoticePage(res, 404, 'not-found', await appLanguage())
        return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No such attachment' } })
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': stored.mime,
        'Content-Length': stored.bytes.byteLength,
        'Content-Disposition': 'inline',
        'Cache-Control': 'private, max-age=31536000, immutable',
      })
      res.end(stored.bytes)
      return
    }
    const output = /^\/files\/(exports|backups)\/([^/]+)$/.exec(url.pathname)
    if (output?.[1] && output[2]) {
      const name = decodeURIComponent(output[2])
      const bytes = await options.services.readOutput(output[1] as OutputKind, name)
      if (!bytes) {
        if (wantsPage(req)) return sendNoticePage(res, 404, 'not-found', await appLanguage())
        return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'No such file' } })
      }
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': OUTPUT_TYPES[path.extname(name)] ?? 'application/octet-stream',
        'Content-Length': bytes.byteLength,
        // The name passed OUTPUT_FILE_NAME: ASCII letters, digits, dot, dash, underscore only.
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      })
      res.end(bytes)
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendJson(res, 405, badRequest('Method not allowed.'))
    await serveStatic(options.rendererDir, url.pathname, res)
  }

  let closing = false
  function openEventStream(res: http.ServerResponse): void {
    // A browser reconnects its event stream at once; during shutdown that stream must not start.
    if (closing) return void res.writeHead(503, SECURITY_HEADERS).end()
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    })
    res.write(': connected\n\n')
    sseClients.add(res)
    res.on('close', () => sseClients.delete(res))
  }

  const unsubscribe = options.services.onEvent((event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`
    for (const client of sseClients) client.write(frame)
  })
  const heartbeat = setInterval(() => {
    for (const client of sseClients) client.write(': ping\n\n')
  }, 25_000)
  heartbeat.unref()

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    port,
    async close() {
      closing = true
      unsubscribe()
      clearInterval(heartbeat)
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const client of sseClients) client.end()
      server.closeIdleConnections()
      // An open tab keeps connections alive; answers under way get a moment, then every connection is
      // cut, so a browser left open never keeps the store (and its lock) from closing.
      const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS)
      await closed
      clearTimeout(cut)
    },
  }
}

function coded(code: ErrorCode, message: string) {
  return { ok: false, error: { code, message } }
}

function badRequest(message: string) {
  return coded('BAD_REQUEST', message)
}

/** The channel name from the path, or null when its percent-escapes are malformed. */
function decodeChannel(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded)
  } catch {
    return null
  }
}

/**
 * Answers before (or without) reading the rest of the body, then closes the connection: the unread
 * bytes are never read, and a keep-alive client cannot send its next request into them. No
 * `Connection: close` header: with it Node closes the socket the moment the answer is written, which
 * resets a client still sending its body before it has read the answer (seen as EPIPE). Paused, the
 * client is held by TCP flow control instead, reads the answer, stops, and the socket goes after 1 s.
 */
function refuseAndClose(req: http.IncomingMessage, res: http.ServerResponse, status: number, value: unknown) {
  // Held now, and possibly null later: Node detaches the socket from a request it has finished with.
  const socket = (req.socket as typeof req.socket | null) ?? res.socket
  req.pause()
  sendJson(res, status, value)
  res.once('finish', () => setTimeout(() => socket?.destroy(), 1000).unref())
}

/** The body, or null as soon as it passes `limit` (the rest is left unread). */
async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > limit) return null
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}
