/**
 * The renderer's only way to the main process: `window.comptoir` from the preload in the desktop app,
 * or the same API over HTTP in web mode. `call` unwraps results and rethrows errors as ComptoirError.
 */
import type { ComptoirApi } from '../../../shared/ipc/api'
import { unwrap } from '../../../shared/ipc/result'
import type { Result } from '../../../shared/ipc/result'
import { createWebApi } from './web-transport'

function resolveApi(): ComptoirApi {
  if (window.comptoir) return window.comptoir
  // Web mode: the token has already been exchanged for an HttpOnly cookie by the page request;
  // drop it from the address bar so it does not end up in screenshots or history.
  if (new URLSearchParams(window.location.search).has('token')) {
    window.history.replaceState(null, '', window.location.pathname + window.location.hash)
  }
  return createWebApi()
}

export const api: ComptoirApi = resolveApi()

export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  return unwrap(await pending)
}

/** Same-origin URL of a stored attachment (served by the app protocol or the web harness). */
export const attachmentUrl = (id: string) => `attachments/${id}`

/** Same-origin URL of a backup or export the app wrote (downloaded, never shown inline). */
export const outputUrl = (kind: 'exports' | 'backups', name: string) =>
  `files/${kind}/${encodeURIComponent(name)}`
