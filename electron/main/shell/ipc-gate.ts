/**
 * The check in front of the router for every IPC message: an untrusted sender gets FORBIDDEN, and
 * arguments over the size or nesting caps (shared/ipc/limits.ts) get PAYLOAD_TOO_LARGE/PAYLOAD_TOO_DEEP,
 * before zod or any service walks them. Pure logic (tested); ipc.ts gathers the sender facts from Electron.
 */
import { LIMIT_MESSAGES, MAX_NESTING_DEPTH, measureValue, requestByteLimit } from '../../../shared/ipc/limits'
import type { Result } from '../../../shared/ipc/result'
import { fail } from '../../../shared/ipc/result'
import type { AppServices } from '../services/app-types'
import { isTrustedSender } from './origin'
import type { SenderFacts, TrustedOrigins } from './origin'

export type IpcGate = (sender: SenderFacts, channel: string, args: unknown[]) => Promise<Result<unknown>>

export function createIpcGate(services: Pick<AppServices, 'dispatch'>, trusted: TrustedOrigins): IpcGate {
  return async (sender, channel, args) => {
    if (!isTrustedSender(sender, trusted)) {
      return fail('FORBIDDEN', 'Message refused: unknown sender.')
    }
    const maxBytes = requestByteLimit(channel)
    const breach = measureValue(args, maxBytes)
    if (breach) {
      return fail(
        breach,
        LIMIT_MESSAGES[breach](breach === 'PAYLOAD_TOO_LARGE' ? maxBytes : MAX_NESTING_DEPTH),
      )
    }
    return services.dispatch(channel, args)
  }
}
