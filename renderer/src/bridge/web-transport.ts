/**
 * Web mode: the same API shape as the preload's, over HTTP to `npm run web`. Every call and the event
 * stream carry the token as `Authorization: Bearer` (web-auth.ts); no cookie ever holds it.
 */
import { buildApi } from '../../../shared/ipc/api'
import type { ComptoirApi } from '../../../shared/ipc/api'
import { CHANNELS, EVENT_NAMES } from '../../../shared/ipc/contract'
import type { EventName, Events } from '../../../shared/ipc/contract'
import type { Result } from '../../../shared/ipc/result'
import { openEventStream } from './event-stream'
import { authorizationHeader } from './web-auth'

const offline = (message: string): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message } })

async function invoke(channel: string, args: unknown[]): Promise<Result<unknown>> {
  let response: Response
  try {
    response = await fetch(`api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authorizationHeader() },
      credentials: 'omit',
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
  let streaming = false
  const known = new Set<string>(EVENT_NAMES)
  const ensureSource = () => {
    if (streaming) return
    streaming = true
    openEventStream('events', authorizationHeader, ({ event, data }) => {
      if (!known.has(event)) return
      let payload: never
      try {
        payload = JSON.parse(data) as never
      } catch {
        return
      }
      for (const listener of listeners.get(event as EventName) ?? []) listener(payload)
    })
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
