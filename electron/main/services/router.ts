/**
 * The one router between a transport (Electron IPC or the web harness) and the services. It trusts
 * nothing: the channel name and every argument arrive as `unknown` and are parsed with the contract's
 * zod schemas before any handler runs. Handlers throw `ComptoirError` for expected failures; anything
 * else becomes an INTERNAL error whose details stay in the main-process log.
 */
import { z } from 'zod'
import { contract, isChannel } from '../../../shared/ipc/contract'
import type { Channel, ChannelArgs, ChannelResult } from '../../../shared/ipc/contract'
import { ComptoirError, fail, ok } from '../../../shared/ipc/result'
import type { Result } from '../../../shared/ipc/result'

export type Handlers = {
  [C in Channel]: (...args: ChannelArgs<C>) => Promise<ChannelResult<C>> | ChannelResult<C>
}

export interface Router {
  dispatch(channel: unknown, args: unknown): Promise<Result<unknown>>
}

export function createRouter(handlers: Handlers, log: (message: string, error: unknown) => void): Router {
  return {
    async dispatch(channel, args) {
      if (!isChannel(channel)) {
        return fail('UNKNOWN_CHANNEL', `Unknown channel: ${describe(channel)}`)
      }
      const parsed = contract[channel].args.safeParse(Array.isArray(args) ? args : [args])
      if (!parsed.success) {
        return fail('BAD_REQUEST', `Invalid arguments for ${channel}: ${z.prettifyError(parsed.error)}`)
      }
      try {
        const handler = handlers[channel] as (...a: unknown[]) => unknown
        return ok(await handler(...(parsed.data as unknown[])))
      } catch (error) {
        if (error instanceof ComptoirError) return { ok: false, error: error.toPayload() }
        log(`internal error on ${channel}`, error)
        return fail(
          'INTERNAL',
          `Comptoir hit an unexpected error while running ${channel}; it has been logged.`,
        )
      }
    },
  }
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value.slice(0, 80)) : typeof value
}
