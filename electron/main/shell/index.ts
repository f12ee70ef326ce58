/**
 * Desktop entry point (out/main/index.js). Only wiring: the user-data folder and the privileged scheme
 * before ready, the single-instance lock, the security guards, then the services (the same
 * `createAppServices` the web harness uses), the app protocol, IPC and the window. Quitting flushes the
 * store through `services.close()`.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, dialog, safeStorage, session } from 'electron'
import type { BrowserWindow } from 'electron'
import { createAppServices } from '../services/app'
import type { AppServices } from '../services/app-types'
import { setupIpc } from './ipc'
import { parseLaunchOptions, pickSystemLanguage } from './launch-options'
import { shellAllowances } from './build-mode'
import { APP_ENTRY_URL, trustedOrigins } from './origin'
import { registerAppScheme, serveAppProtocol } from './protocol'
import { applySessionPolicy, installWebContentsGuards } from './security'
import { openPreferences } from './settings'
import { installMenu } from './menu'
import type { ShellPreferences } from './settings'
import { createMainWindow } from './window'
import { electronPrinter } from './print'
import { openNotificationSettings, showDesktopNotifications } from './notifications'

const outDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const launch = parseLaunchOptions(process.argv, process.env, process.cwd())
if (launch.userDataDir) {
  fs.mkdirSync(launch.userDataDir, { recursive: true })
  app.setPath('userData', launch.userDataDir)
}
app.enableSandbox()
registerAppScheme()

// DevTools and the dev server only in an unpackaged development build (never from an env var alone).
const allowances = shellAllowances(
  { devBuild: import.meta.env.DEV, isPackaged: app.isPackaged },
  process.env.ELECTRON_RENDERER_URL,
)
const devOrigin = allowances.devServerOrigin
const trusted = trustedOrigins(devOrigin)

if (!app.requestSingleInstanceLock()) {
  // The lock is per user-data folder: another Comptoir already has this mailbox open.
  app.quit()
} else {
  installWebContentsGuards(trusted)
  start().catch((error: unknown) => {
    const message = error instanceof Error ? error.message : String(error)
    console.error('[comptoir] start-up failed', error)
    dialog.showErrorBox('Comptoir', `Comptoir n’a pas pu démarrer.\nComptoir could not start.\n\n${message}`)
    app.exit(1)
  })
}

async function start(): Promise<void> {
  let window: BrowserWindow | null = null
  app.on('second-instance', () => {
    if (!window || window.isDestroyed()) return
    if (window.isMinimized()) window.restore()
    window.focus()
  })
  await app.whenReady()
  applySessionPolicy(session.defaultSession, trusted)
  const preferences = openPreferences()
  const services = await createAppServices({
    userDataDir: app.getPath('userData'),
    mode: 'electron',
    demo: launch.demo,
    settings: preferences.settings,
    notificationSettings: openNotificationSettings(),
    version: app.getVersion(),
    systemLanguage: pickSystemLanguage(app.getPreferredSystemLanguages()),
    printHtml: electronPrinter(),
    automaticBackups: true,
    earlyOpen: true,
    // The mail password is kept by the OS keychain, never in clear (async API, after ready).
    safeStorage,
  })
  flushOnQuit(services)
  serveAppProtocol(path.join(outDir, 'renderer'), services)

  const open = () => {
    window = openWindow(services, preferences)
  }
  open()
  const chosen = preferences.settings.get().language
  installMenu(
    chosen === 'system' ? pickSystemLanguage(app.getPreferredSystemLanguages()) : chosen,
    () => window,
  )
  showDesktopNotifications(services, () => window)
  app.on('activate', () => {
    if (!window || window.isDestroyed()) open()
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}

function openWindow(services: AppServices, preferences: ShellPreferences): BrowserWindow {
  const window = createMainWindow({
    url: devOrigin && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : APP_ENTRY_URL,
    preloadPath: path.join(outDir, 'preload', 'index.cjs'),
    preferences,
    devTools: allowances.devTools,
  })
  const teardown = setupIpc(services, window, trusted)
  window.on('closed', teardown)
  return window
}

function flushOnQuit(services: AppServices): void {
  let flushed = false
  let flushing = false
  app.on('will-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    if (flushing) return
    flushing = true
    services
      .close()
      .catch((error: unknown) => console.error('[comptoir] flushing the store failed', error))
      .finally(() => {
        flushed = true
        app.quit()
      })
  })
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit())
}
