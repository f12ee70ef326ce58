/**
 * The check in front of the router for every IPC message: an untrusted sender gets FORBIDDEN and the
 * services never see the message. Pure logic (tested); ipc.ts gathers the sender facts from Electron.
 */
import type { Result } from '../../../shared/ipc/result'
import { fail } from '../../../shared/ipc/result'
import type { AppServices } from '../services/app-types'
import { isTrustedSender } from './origin'
import type { SenderFacts, TrustedOrigins } from './origin'

export type IpcGate = (sender: SenderFacts, channel: string, args: unknown[]) => Promise<Result<unknown>>

export function createIpcGate(services: Pick<AppServices, 'dispatch'>, trusted: TrustedOrigins): IpcGate {
  return async (sender, channel, args) => {
    if (!isTrustedSender(sender, trusted)) {
      return fail('FORBIDDEN', 'Message refusé : expéditeur inconnu. / Message refused: unknown sender.')
    }
    return services.dispatch(channel, args)
  }
}
