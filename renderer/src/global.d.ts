import type { ComptoirApi } from '../../shared/ipc/api'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in web mode, where bridge/web-transport builds the same API. */
    comptoir?: ComptoirApi
    /** Desktop only (preload): the path of a dropped or picked file, for imports. */
    comptoirFiles?: { pathFor(file: File): string }
  }
}
export {}
