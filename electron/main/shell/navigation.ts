/**
 * Decisions for everything that could take the app window somewhere else: navigations, redirects,
 * `window.open`, downloads and network requests. Pure logic (tested); security.ts applies it.
 */
import { attachmentIdOf, isTrustedUrl } from './origin'
import type { TrustedOrigins } from './origin'

/** Longer URLs are refused outright: nobody can check them in a dialog. */
export const MAX_EXTERNAL_URL_LENGTH = 2048

/** An https URL we may offer to open in the system browser (after the user confirms), or null. */
export function externalHttpsUrl(url: string): string | null {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname || parsed.username || parsed.password) return null
  // `href` is the normalised form (punycode host): what the dialog shows is what the browser opens.
  return parsed.href
}

export type NavigationVerdict =
  | { action: 'allow' }
  | { action: 'block' }
  /** Blocked here; the user may confirm opening it in the system browser. */
  | { action: 'external'; url: string }

/**
 * `will-frame-navigate` / `will-redirect`: the app is a single page, so only pages of its own origin
 * may load (never an attachment as a page, never a remote site).
 */
export function navigationVerdict(url: string, trusted: TrustedOrigins): NavigationVerdict {
  if (isTrustedUrl(url, trusted) && !url.startsWith('blob:') && attachmentIdOf(url) === null)
    return { action: 'allow' }
  const external = externalHttpsUrl(url)
  return external ? { action: 'external', url: external } : { action: 'block' }
}

export type WindowOpenVerdict =
  | { action: 'block' }
  | { action: 'external'; url: string }
  /** One of our attachments ("Open"): saved through the download dialog, never shown in a new window. */
  | { action: 'download'; url: string }

/** `setWindowOpenHandler`: a new window is always denied; this says what to do instead. */
export function windowOpenVerdict(url: string): WindowOpenVerdict {
  if (attachmentIdOf(url) !== null) return { action: 'download', url }
  const external = externalHttpsUrl(url)
  return external ? { action: 'external', url: external } : { action: 'block' }
}

/** `will-download`: only our attachments and blobs made by our own pages. */
export function downloadAllowed(url: string, trusted: TrustedOrigins): boolean {
  return attachmentIdOf(url) !== null || (url.startsWith('blob:') && isTrustedUrl(url, trusted))
}

/**
 * Session request filter for http(s), ws(s) and file URLs: the renderer is served by the app protocol,
 * so none of these may load, except from the dev server in an unpackaged `electron-vite dev` run.
 */
export const NETWORK_URL_PATTERNS = ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file:///*']

export function networkRequestAllowed(url: string, trusted: TrustedOrigins): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  // The dev server speaks http (page, modules) and ws (hot reload) on the same loopback host.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'ws:') return false
  return !parsed.username && !parsed.password && trusted.includes(`http://${parsed.host}`)
}

export interface ExternalLinkPrompt {
  title: string
  message: string
  detail: string
  buttons: [string, string]
  defaultId: 0
  cancelId: 0
}

/** The confirmation shown before any link leaves the app; bilingual, with the exact URL. */
export function externalLinkPrompt(url: string): ExternalLinkPrompt {
  const host = new URL(url).hostname
  return {
    title: 'Comptoir',
    message: 'Ouvrir ce lien dans votre navigateur ?\nOpen this link in your browser?',
    detail:
      `${url}\n\n` +
      `Site : ${host} — vérifiez l’adresse avant de continuer.\n` +
      `Site: ${host} — check the address before you continue.`,
    buttons: ['Annuler / Cancel', 'Ouvrir / Open'],
    defaultId: 0,
    cancelId: 0,
  }
}
