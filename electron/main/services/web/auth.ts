/** Request admission for the web harness: token, host and origin checks. Pure, so it is unit-tested. */
import type http from 'node:http'
import { timingSafeEqual } from 'node:crypto'

export type Admission = { ok: true; setCookie?: string } | { ok: false; status: 401 | 403; message: string }

export const cookieName = (port: number) => `comptoir_token_${port}`

function sameToken(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false
  const a = Buffer.from(candidate)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

export function checkRequest(
  req: Pick<http.IncomingMessage, 'headers' | 'method'>,
  url: URL,
  config: { token: string; port: number },
): Admission {
  const allowedHosts = [`127.0.0.1:${config.port}`, `localhost:${config.port}`]
  if (!allowedHosts.includes(req.headers.host ?? '')) {
    return { ok: false, status: 403, message: 'Host not allowed: Comptoir web serves loopback only.' }
  }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.some((host) => origin === `http://${host}`)) {
    return { ok: false, status: 403, message: 'Cross-origin requests are refused.' }
  }
  const name = cookieName(config.port)
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  if (sameToken(bearer, config.token) || sameToken(readCookie(req.headers.cookie, name), config.token)) {
    return { ok: true }
  }
  if (sameToken(url.searchParams.get('token') ?? undefined, config.token)) {
    return { ok: true, setCookie: `${name}=${config.token}; HttpOnly; SameSite=Strict; Path=/` }
  }
  return {
    ok: false,
    status: 401,
    message: 'Missing or wrong token: open the exact URL printed by `npm run web`.',
  }
}
