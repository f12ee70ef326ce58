/**
 * Prints an evidence page in a hidden, sandboxed, script-less window (decisions in print-decisions.ts)
 * and closes it. The same HTML the CLI prints with headless Chromium.
 */
import { BrowserWindow, session } from 'electron'
import type { PrintHtml } from '../services/evidence/print-chromium'
import {
  PRINT_PARTITION,
  printPageUrl,
  printRequestAllowed,
  printToPdfOptions,
  printWindowPreferences,
} from './print-decisions'

export function electronPrinter(): PrintHtml {
  let guarded = false
  // The print session is set up at the first print, not at start-up.
  const guardSession = () => {
    if (guarded) return
    const printSession = session.fromPartition(PRINT_PARTITION)
    printSession.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: !printRequestAllowed(details.url) }),
    )
    printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    guarded = true
  }
  return async (html, lang) => {
    guardSession()
    const window = new BrowserWindow({ show: false, webPreferences: printWindowPreferences() })
    try {
      await window.loadURL(printPageUrl(html))
      return new Uint8Array(await window.webContents.printToPDF(printToPdfOptions(lang)))
    } finally {
      window.destroy()
    }
  }
}
