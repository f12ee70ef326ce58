/**
 * Who counts as "the app": the custom-protocol origin the renderer is served from (and, only in an
 * unpackaged development build, the local dev server: see build-mode.ts). Pure logic, no `electron` import, so it is
 * unit-tested; the shell modules ask these functions and never compare URLs themselves.
 */

export const APP_SCHEME = 'app'
export const APP_HOST = 'comptoir'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`
/** Stored attachments are served under this path, by id only (see protocol-routes.ts). */
export const ATTACHMENT_PATH = /^\/attachments\/([0-9a-f]{64})$/

/** The origins whose pages may use the bridge and navigate inside the app. */
export type TrustedOrigins = readonly string[]

/**
 * `scheme://host[:port]` of an absolute URL, or null when it has none or carries credentials. Unlike
 * `URL.origin` this also works for our custom scheme (Node reports "null" for non-special schemes).
 * A `blob:` URL has the origin of the document that made it.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol === 'blob:') return originOf(parsed.pathname)
  if (!parsed.host || parsed.username || parsed.password) return null
  return `${parsed.protocol}//${parsed.host}`
}

export function isTrustedUrl(url: string, trusted: TrustedOrigins): boolean {
  const origin = originOf(url)
  return origin !== null && trusted.includes(origin)
}

/** The attachment id when `url` is `app://comptoir/attachments/<64 hex>`, else null. */
export function attachmentIdOf(url: string): string | null {
  if (originOf(url) !== APP_ORIGIN || url.startsWith('blob:')) return null
  return ATTACHMENT_PATH.exec(new URL(url).pathname)?.[1] ?? null
}

/**
 * The `electron-vite dev` server origin when `rendererUrl` names a loopback http server; null otherwise.
 * Whether it may be trusted at all (a development run only) is build-mode.ts's decision.
 */
export function devServerOrigin(rendererUrl: string | undefined): string | null {
  if (!rendererUrl) return null
  let parsed: URL
  try {
    parsed = new URL(rendererUrl)
  } catch {
    return null
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)
  return parsed.protocol === 'http:' && loopback && !parsed.username ? parsed.origin : null
}

export function trustedOrigins(devOrigin: string | null): TrustedOrigins {
  return devOrigin ? [APP_ORIGIN, devOrigin] : [APP_ORIGIN]
}

/** What the IPC layer knows about the sender of a message. */
export interface SenderFacts {
  /** The sending webContents is the app window's own. */
  fromAppWindow: boolean
  /** URL of the sending frame; null when the frame has navigated away or been destroyed. */
  frameUrl: string | null | undefined
  /** The sending frame is the top-level frame (not an iframe). */
  isMainFrame: boolean
}

/** Every IPC message must come from the app window's top frame, showing a page of a trusted origin. */
export function isTrustedSender(sender: SenderFacts, trusted: TrustedOrigins): boolean {
  return (
    sender.fromAppWindow &&
    sender.isMainFrame &&
    typeof sender.frameUrl === 'string' &&
    isTrustedUrl(sender.frameUrl, trusted) &&
    !sender.frameUrl.startsWith('blob:')
  )
}
