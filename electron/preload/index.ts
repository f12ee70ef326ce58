/**
 * Sandboxed preload (bundled as CommonJS: out/preload/index.cjs). Exposes the typed API as
 * `window.comptoir` and nothing else.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld('comptoir', createBridge(ipcRenderer))
