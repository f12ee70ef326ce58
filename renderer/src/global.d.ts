import type { ComptoirApi } from '../../shared/ipc/api'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in web mode, where bridge/web-transport builds the same API. */
    comptoir?: ComptoirApi
  }
}
export {}
