/** Serves the built renderer; only files below its folder, with known types; SPA fallback to index.html. */
import fs from 'node:fs/promises'
import path from 'node:path'
import type http from 'node:http'
import { SECURITY_HEADERS, sendJson } from './respond'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}

/** Resolves a URL path inside `root`, or null when it would escape it. */
export function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const resolved = path.resolve(root, '.' + path.posix.normalize('/' + decoded))
  const base = path.resolve(root)
  return resolved === base || resolved.startsWith(base + path.sep) ? resolved : null
}

export async function serveStatic(root: string, urlPath: string, res: http.ServerResponse): Promise<void> {
  const candidate = resolveInside(root, urlPath === '/' ? '/index.html' : urlPath)
  if (!candidate)
    return sendJson(res, 400, { ok: false, error: { code: 'BAD_REQUEST', message: 'Bad path' } })
  let file = candidate
  let stat = await fs.stat(file).catch(() => null)
  if (!stat?.isFile() && !path.extname(urlPath)) {
    file = path.join(root, 'index.html') // client-side routes
    stat = await fs.stat(file).catch(() => null)
  }
  if (!stat?.isFile())
    return sendJson(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: 'Not found' } })
  const type = MIME[path.extname(file)] ?? 'application/octet-stream'
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Content-Length': stat.size,
    'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'private, max-age=3600',
  })
  res.end(await fs.readFile(file))
}
