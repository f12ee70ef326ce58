/**
 * The renderer's only way to the main process: `window.comptoir` from the preload in the desktop app,
 * or the same API over HTTP in web mode. `call` unwraps results and rethrows errors as ComptoirError.
 */
import type { ComptoirApi } from '../../../shared/ipc/api'
import { unwrap } from '../../../shared/ipc/result'
import type { Result } from '../../../shared/ipc/result'
import { createWebApi } from './web-transport'
import { adoptWebToken, signedUrl } from './web-auth'

function resolveApi(): ComptoirApi {
  if (window.comptoir) return window.comptoir
  // Web mode: the token moves from the address bar (screenshots, history) to this tab's storage.
  adoptWebToken()
  return createWebApi()
}

export const api: ComptoirApi = resolveApi()

export async function call<T>(pending: Promise<Result<T>>): Promise<T> {
  return unwrap(await pending)
}

/**
 * Same-origin URL of a stored attachment: as is on the app protocol; in web mode signed for this
 * resource and a few minutes (an `<img>` or a link cannot send the token header).
 */
export async function attachmentUrl(id: string): Promise<string> {
  const resource = `attachments/${id}`
  return window.comptoir ? resource : signedUrl(resource)
}

/**
 * Same-origin URL of a backup or export the app wrote (downloaded, never shown inline); signed in web
 * mode like an attachment, since a link cannot send the token header.
 */
export async function outputUrl(kind: 'exports' | 'backups', name: string): Promise<string> {
  const resource = `files/${kind}/${encodeURIComponent(name)}`
  return window.comptoir ? resource : signedUrl(resource)
}
