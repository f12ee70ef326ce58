/**
 * The typed API the renderer sees as `window.comptoir`, derived from the contract: one function per
 * channel, grouped by domain (`api.threads.query(q)` for 'threads:query'). The preload (Electron) and
 * the web transport build the same shape.
 */
import type { Channel, ChannelInput, ChannelResult, EventName, Events } from './contract'
import type { Result } from './result'

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never
type ActionOf<C extends string> = C extends `${string}:${infer A}` ? A : never

export type ComptoirApi = {
  [D in DomainOf<Channel>]: {
    [C in Channel as DomainOf<C> extends D ? ActionOf<C> : never]: (
      ...args: ChannelInput<C>
    ) => Promise<Result<ChannelResult<C>>>
  }
} & {
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
}

/** Builds the grouped API object from one transport function; used by preload and web transport. */
export function buildApi(
  channels: readonly Channel[],
  invoke: (channel: Channel, args: unknown[]) => Promise<Result<unknown>>,
  on: ComptoirApi['on'],
): ComptoirApi {
  const api: Record<string, Record<string, unknown>> = {}
  for (const channel of channels) {
    const [domain, action] = channel.split(':') as [string, string]
    api[domain] ??= {}
    api[domain][action] = (...args: unknown[]) => invoke(channel, args)
  }
  return Object.assign(api, { on }) as unknown as ComptoirApi
}
