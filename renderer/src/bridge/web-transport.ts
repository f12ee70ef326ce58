/**
 * Web mode: the same API shape as the preload's, over HTTP to `npm run web`. Same-origin requests carry
 * the HttpOnly token cookie set when the page was opened with `?token=`.
 */
import { buildApi } from '../../../shared/ipc/api'
import type { ComptoirApi } from '../../../shared/ipc/api'
import { CHANNELS, EVENT_NAMES } from '../../../shared/ipc/contract'
import type { EventName, Events } from '../../../shared/ipc/contract'
import type { Result } from '../../../shared/ipc/result'

const offline = (message: string): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message } })

async function invoke(channel: string, args: unknown[]): Promise<Result<unknown>> {
  let response: Response
  try {
    response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(args),
    })
  } catch {
    return offline('Le serveur Comptoir ne répond pas. / The Comptoir server is not answering.')
  }
  try {
    return (await response.json()) as Result<unknown>
  } catch {
    return offline(
      `Réponse illisible du serveur (${response.status}). / Unreadable server answer (${response.status}).`,
    )
  }
}

export function createWebApi(): ComptoirApi {
  const listeners = new Map<EventName, Set<(payload: never) => void>>()
  let source: EventSource | null = null
  const ensureSource = () => {
    if (source) return
    source = new EventSource('events', { withCredentials: true })
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        const payload = JSON.parse((event as MessageEvent<string>).data) as never
        for (const listener of listeners.get(name) ?? []) listener(payload)
      })
    }
  }
  const on: ComptoirApi['on'] = <E extends EventName>(event: E, listener: (payload: Events[E]) => void) => {
    ensureSource()
    const set = listeners.get(event) ?? new Set()
    set.add(listener as (payload: never) => void)
    listeners.set(event, set)
    return () => set.delete(listener as (payload: never) => void)
  }
  return buildApi(CHANNELS, invoke, on)
}
