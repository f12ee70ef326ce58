/**
 * The security checklist applied to every webContents and to the session: no new windows, no
 * navigation away from the app, links out only through the system browser after the user confirms,
 * no <webview>, every permission denied, no network or file loads, downloads of our attachments only.
 * The decisions themselves are in navigation.ts (tested).
 */
import { app, BrowserWindow, dialog, shell } from 'electron'
import type { Session, WebContents } from 'electron'
import {
  NETWORK_URL_PATTERNS,
  downloadAllowed,
  externalLinkPrompt,
  navigationVerdict,
  networkRequestAllowed,
  windowOpenVerdict,
} from './navigation'
import type { TrustedOrigins } from './origin'

let prompting = false

/** Asks before opening an https link in the system browser; one question at a time. */
async function confirmExternal(contents: WebContents, url: string): Promise<void> {
  if (prompting) return
  prompting = true
  try {
    const options = { ...externalLinkPrompt(url), type: 'question' as const, noLink: true }
    const owner = BrowserWindow.fromWebContents(contents)
    const { response } = owner
      ? await dialog.showMessageBox(owner, options)
      : await dialog.showMessageBox(options)
    if (response === 1) await shell.openExternal(url)
  } catch (error) {
    console.error('[comptoir] opening an external link failed', error)
  } finally {
    prompting = false
  }
}

function guardWebContents(contents: WebContents, trusted: TrustedOrigins): void {
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    const verdict = windowOpenVerdict(url)
    if (verdict.action === 'external') void confirmExternal(contents, verdict.url)
    if (verdict.action === 'download') contents.downloadURL(verdict.url)
    return { action: 'deny' }
  })
  // Every frame; the main frame's link to an https page may be offered to the system browser.
  contents.on('will-frame-navigate', (event) => {
    const verdict = navigationVerdict(event.url, trusted)
    if (verdict.action === 'allow') return
    event.preventDefault()
    if (verdict.action === 'external' && event.isMainFrame) void confirmExternal(contents, verdict.url)
  })
  contents.on('will-navigate', (event) => {
    if (navigationVerdict(event.url, trusted).action !== 'allow') event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (navigationVerdict(event.url, trusted).action !== 'allow') event.preventDefault()
  })
}

/** Before any window exists: every webContents created from now on gets the guards. */
export function installWebContentsGuards(trusted: TrustedOrigins): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trusted))
}

/** After ready, on the session the window uses. */
export function applySessionPolicy(session: Session, trusted: TrustedOrigins): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
  session.webRequest.onBeforeRequest({ urls: NETWORK_URL_PATTERNS }, (details, callback) => {
    callback({ cancel: !networkRequestAllowed(details.url, trusted) })
  })
  session.on('will-download', (event, item) => {
    if (!downloadAllowed(item.getURL(), trusted)) event.preventDefault()
  })
}
