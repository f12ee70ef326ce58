/**
 * The app is served from `app://comptoir/…`, a privileged standard scheme, never from `file://`:
 * renderer files from out/renderer and stored attachments by id, as decided in protocol-routes.ts.
 */
import fs from 'node:fs/promises'
import { protocol } from 'electron'
import type { AppServices } from '../services/app-types'
import { APP_SCHEME } from './origin'
import { attachmentHeaders, resolveRendererFile, routeAppRequest } from './protocol-routes'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and an origin; secure: like https; no bypassCSP, no CORS, no service workers.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

const empty = (status: number) =>
  new Response(null, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

export function serveAppProtocol(rendererDir: string, services: Pick<AppServices, 'readAttachment'>): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const route = routeAppRequest(request.url, request.method)
    const withBody = request.method !== 'HEAD'
    if (route.kind === 'error') return empty(route.status)
    if (route.kind === 'attachment') {
      const stored = await services.readAttachment(route.id).catch((error: unknown) => {
        console.error('[comptoir] attachment read failed', error)
        return null
      })
      if (!stored) return empty(404)
      return new Response(withBody ? Buffer.from(stored.bytes) : null, {
        status: 200,
        headers: attachmentHeaders(route.id, stored),
      })
    }
    const answer = await resolveRendererFile(rendererDir, route.pathname)
    const body = answer.file && withBody ? await fs.readFile(answer.file) : null
    return new Response(body, { status: answer.status, headers: answer.headers })
  })
}
