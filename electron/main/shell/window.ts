/**
 * The app window: locked-down webPreferences (web-preferences.ts), bounds restored from the
 * preferences and kept on a display that exists (bounds.ts), saved again when it closes.
 */
import { BrowserWindow, screen } from 'electron'
import { MIN_SIZE, initialBounds } from './bounds'
import type { ShellPreferences } from './settings'
import { secureWebPreferences } from './web-preferences'

export interface MainWindowOptions {
  url: string
  preloadPath: string
  preferences: ShellPreferences
  devTools: boolean
}

export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const start = initialBounds(
    options.preferences.windowState(),
    screen.getAllDisplays().map((display) => display.workArea),
  )
  const window = new BrowserWindow({
    ...(start.x !== undefined && start.y !== undefined ? { x: start.x, y: start.y } : {}),
    width: start.width,
    height: start.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    show: false,
    title: 'Comptoir',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(options.preloadPath, options.devTools),
  })
  window.once('ready-to-show', () => {
    if (start.maximized) window.maximize()
    window.show()
  })
  window.on('close', () => {
    options.preferences.saveWindowState({
      bounds: window.getNormalBounds(),
      maximized: window.isMaximized(),
    })
  })
  window.loadURL(options.url).catch((error: unknown) => {
    console.error(`[comptoir] could not load ${options.url}`, error)
  })
  return window
}
