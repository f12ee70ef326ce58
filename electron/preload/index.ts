/**
 * Sandboxed preload (bundled as CommonJS: out/preload/index.cjs). Exposes the typed API as
 * `window.comptoir`, and `window.comptoirFiles.pathFor` (a dropped file's path, for imports).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { createBridge } from './bridge'

contextBridge.exposeInMainWorld('comptoir', createBridge(ipcRenderer))
// Imports read dropped files where they are: the main process gets the path, not a copy of the bytes.
contextBridge.exposeInMainWorld('comptoirFiles', {
  pathFor: (file: File): string => webUtils.getPathForFile(file),
})
