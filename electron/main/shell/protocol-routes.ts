/**
 * What `app://comptoir/…` answers, as plain data (tested without Electron): files of the built renderer
 * (below its folder only, with known types and the CSP) and stored attachments by id (nothing else is
 * read). protocol.ts turns these answers into `Response`s.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { SECURITY_HEADERS } from '../services/web/respond'
import { resolveInside } from '../services/web/static'
import type { StoredAttachment } from '../services/app-types'
import { APP_HOST, APP_SCHEME, ATTACHMENT_PATH } from './origin'

/** Types of what `electron-vite build` puts in out/renderer; anything else is refused, not guessed. */
const RENDERER_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
}

export type AppRoute =
  | { kind: 'renderer'; pathname: string }
  | { kind: 'attachment'; id: string }
  | { kind: 'error'; status: 400 | 404 | 405 }

/** Sorts a request: our host only, GET/HEAD only, `/attachments/<64 hex>` or a renderer path. */
export function routeAppRequest(url: string, method: string): AppRoute {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'error', status: 405 }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { kind: 'error', status: 400 }
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return { kind: 'error', status: 404 }
  const attachment = ATTACHMENT_PATH.exec(parsed.pathname)
  if (attachment?.[1]) return { kind: 'attachment', id: attachment[1] }
  // Only exact ids are served from here; no other spelling reaches a file.
  if (/^\/attachments(\/|$)/i.test(parsed.pathname)) return { kind: 'error', status: 404 }
  return { kind: 'renderer', pathname: parsed.pathname }
}

export interface FileAnswer {
  status: 200 | 400 | 404
  file: string | null
  headers: Record<string, string>
}

const plainError = (status: 400 | 404): FileAnswer => ({
  status,
  file: null,
  headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
})

/**
 * The renderer file for a URL path: `/` is index.html; a path without an extension that names no file
 * falls back to index.html (client-side routes); nothing outside `root` and no unknown type is served.
 */
export async function resolveRendererFile(root: string, pathname: string): Promise<FileAnswer> {
  const candidate = resolveInside(root, pathname === '/' ? '/index.html' : pathname)
  if (!candidate) return plainError(400)
  const isFile = async (file: string) => (await fs.stat(file).catch(() => null))?.isFile() === true
  let file = candidate
  if (!(await isFile(file))) {
    if (path.extname(pathname)) return plainError(404)
    file = path.join(root, 'index.html')
    if (!(await isFile(file))) return plainError(404)
  }
  const type = RENDERER_TYPES[path.extname(file).toLowerCase()]
  if (!type) return plainError(404)
  return {
    status: 200,
    file,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': type,
      'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'no-cache',
    },
  }
}

const INLINE_TYPES = new Set(['jpg', 'png', 'gif'])

/**
 * Headers of a stored attachment: its real type (from content, never the name), no sniffing, its own
 * sandboxing CSP, and `attachment` disposition unless it is an image shown in the thread.
 */
export function attachmentHeaders(id: string, stored: Pick<StoredAttachment, 'type' | 'mime'>) {
  const disposition = INLINE_TYPES.has(stored.type) ? 'inline' : 'attachment'
  return {
    ...SECURITY_HEADERS,
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Content-Type': stored.mime,
    'Content-Disposition': `${disposition}; filename="${id.slice(0, 16)}.${stored.type}"`,
    'Cache-Control': 'private, max-age=31536000, immutable',
  }
}
