/**
 * Request admission for the web harness: host, origin and token checks. Pure, so it is unit-tested.
 *
 * Cookies ignore ports: a cookie set by 127.0.0.1:P is sent to every server on 127.0.0.1. So no cookie
 * ever carries the token or opens the API. The token travels:
 * - in `?token=` of the printed URL, for the page itself (GET/HEAD of the renderer's files);
 * - in `Authorization: Bearer` on every API call and on the event stream (the renderer keeps it in
 *   localStorage (per origin, port included) and streams events with fetch);
 * - as a per-resource, short-lived signature for attachment URLs an `<img>` or a link must load
 *   without headers: `?exp=<unix s>&sig=<base64url HMAC-SHA256(token, "attachments/<id>\n<exp>")>`.
 * Reloading the page needs the page files without the token: a `comptoir_page_<port>` cookie holds
 * an HMAC of the token that opens those public files only (leaked to another port, it opens nothing).
 */
import type http from 'node:http'
import { createHmac, timingSafeEqual } from 'node:crypto'

export type Admission = { ok: true; setCookie?: string } | { ok: false; status: 401 | 403; message: string }

export interface AdmissionConfig {
  token: string
  port: number
  /** Milliseconds since the epoch (tests pin it). */
  now?: () => number
}

/** A signed URL may be valid for at most this long: it is per resource, and meant for one page view. */
export const SIGNED_URL_MAX_SECONDS = 3600

const pageCookieName = (port: number) => `comptoir_page_${port}`

/** The page cookie's value: derived from the token, useless for anything but the page's own files. */
export const pageCookieValue = (token: string) =>
  createHmac('sha256', token).update('comptoir page files').digest('base64url')

/** The signature of a resource path (no leading slash) valid until `exp` (unix seconds). */
export const signResource = (token: string, resource: string, exp: number) =>
  createHmac('sha256', token).update(`${resource}\n${exp}`).digest('base64url')

function same(candidate: string | undefined | null, expected: string): boolean {
  if (!candidate) return false
  const a = Buffer.from(candidate)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

const API_OR_EVENTS = /^\/(?:api\/|events$)/
/**
 * Resources loaded without headers (an `<img>`, a download link) open only with a signed URL: the page
 * cookie never opens them, since a cookie reaches every server on 127.0.0.1 and a backup is the whole
 * mailbox.
 */
const SIGNED_RESOURCE = /^\/(?:attachments\/[0-9a-f]{64}|files\/(?:exports|backups)\/[^/]+)$/

function validSignature(url: URL, config: AdmissionConfig): boolean {
  const exp = Number(url.searchParams.get('exp'))
  const nowSeconds = Math.floor((config.now ?? Date.now)() / 1000)
  if (!Number.isSafeInteger(exp) || exp < nowSeconds || exp > nowSeconds + SIGNED_URL_MAX_SECONDS)
    return false
  return same(url.searchParams.get('sig'), signResource(config.token, url.pathname.slice(1), exp))
}

const REFUSED: Admission = {
  ok: false,
  status: 401,
  message: 'Missing or wrong token: open the exact URL printed by `npm run web`.',
}

export function checkRequest(
  req: Pick<http.IncomingMessage, 'headers' | 'method'>,
  url: URL,
  config: AdmissionConfig,
): Admission {
  const allowedHosts = [`127.0.0.1:${config.port}`, `localhost:${config.port}`]
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return { ok: false, status: 403, message: 'Host not allowed: Comptoir web serves loopback only.' }
  }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return { ok: false, status: 403, message: 'Cross-origin requests are refused.' }
  }
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  if (same(bearer, config.token)) return { ok: true }
  // Everything below is for resources loaded without headers; the API and events never are.
  if (API_OR_EVENTS.test(url.pathname)) return REFUSED
  if (SIGNED_RESOURCE.test(url.pathname)) return validSignature(url, config) ? { ok: true } : REFUSED
  if (req.method !== 'GET' && req.method !== 'HEAD') return REFUSED

  const cookieName = pageCookieName(config.port)
  const cookie = pageCookieValue(config.token)
  if (same(url.searchParams.get('token'), config.token)) {
    return { ok: true, setCookie: `${cookieName}=${cookie}; HttpOnly; SameSite=Strict; Path=/` }
  }
  if (same(readCookie(req.headers.cookie, cookieName), cookie)) return { ok: true }
  return REFUSED
}
