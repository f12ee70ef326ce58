/**
 * What the preload exposes as `window.comptoir`: the contract's grouped API over IPC, and `on` for the
 * contract's push events. Only the functions built here cross the bridge, never `ipcRenderer` itself.
 * Takes the transport as a parameter so it is tested without Electron.
 */
import { buildApi } from '../../shared/ipc/api'
import type { ComptoirApi } from '../../shared/ipc/api'
import { CHANNELS, EVENT_NAMES } from '../../shared/ipc/contract'
import type { EventName, Events } from '../../shared/ipc/contract'
import type { Result } from '../../shared/ipc/result'

/** The three ipcRenderer methods the bridge uses. */
export interface IpcTransport {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown
}

const isEventName = (value: unknown): value is EventName =>
  typeof value === 'string' && (EVENT_NAMES as string[]).includes(value)

export function createBridge(ipc: IpcTransport): ComptoirApi {
  const on = <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => {
    if (!isEventName(event)) throw new TypeError(`Unknown Comptoir event: ${String(event)}`)
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function.')
    // The IPC event object (sender, ports…) never reaches the page: only the payload does.
    const relay = (_event: unknown, payload: unknown) => listener(payload as Events[E])
    ipc.on(event, relay)
    return () => {
      ipc.removeListener(event, relay)
    }
  }
  const invoke = (channel: string, args: unknown[]) =>
    ipc.invoke(channel, ...args) as Promise<Result<unknown>>
  return buildApi(CHANNELS, invoke, on)
}
