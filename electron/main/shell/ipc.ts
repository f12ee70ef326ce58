/**
 * Electron IPC in front of the one router: a handler per contract channel, every message checked
 * (ipc-gate.ts) before it reaches `services.dispatch`; service events forwarded to the window.
 */
import { ipcMain } from 'electron'
import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import { CHANNELS } from '../../../shared/ipc/contract'
import type { AppServices } from '../services/app-types'
import { createIpcGate } from './ipc-gate'
import type { SenderFacts, TrustedOrigins } from './origin'

/** Wires IPC for `window`; returns the function that unwires it (when the window closes). */
export function setupIpc(services: AppServices, window: BrowserWindow, trusted: TrustedOrigins): () => void {
  const gate = createIpcGate(services, trusted)
  const facts = (event: IpcMainInvokeEvent): SenderFacts => ({
    fromAppWindow: !window.isDestroyed() && event.sender.id === window.webContents.id,
    frameUrl: event.senderFrame?.url,
    isMainFrame: event.senderFrame != null && event.senderFrame.parent === null,
  })
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => gate(facts(event), channel, args))
  }
  const unsubscribe = services.onEvent((name, payload) => {
    if (!window.isDestroyed() && !window.webContents.isDestroyed()) window.webContents.send(name, payload)
  })
  return () => {
    unsubscribe()
    for (const channel of CHANNELS) ipcMain.removeHandler(channel)
  }
}
