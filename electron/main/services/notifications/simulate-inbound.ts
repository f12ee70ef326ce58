/**
 * Demo mode only: makes a buyer message arrive, as the marketplace relay would, so that the reply
 * clock, the notices and the dashboard can be tried (and tested end to end) without a real account.
 */
import { reasonError } from '../../../../shared/ipc/error-details'
import { detectLanguage } from '../../../../shared/policy'
import type { MailboxStore } from '../store'

const DEFAULT_BODY = {
  fr: 'Bonjour, avez-vous des nouvelles de ma commande ? Merci d’avance.',
  en: 'Hello, is there any news about my order? Thank you.',
}

export async function simulateInbound(
  store: MailboxStore,
  input: { threadId?: string; body?: string },
  demoMode: boolean,
): Promise<{ threadId: string; messageId: string }> {
  if (!demoMode)
    throw reasonError('FORBIDDEN', 'Simulated messages exist only in demo mode (--demo).', {
      reason: 'demo-only',
    })
  // Without a thread: the most recent Inbox thread from a sender who is not blocked.
  const threadId = input.threadId ?? store.query({ view: 'inbox', limit: 1 }).threads[0]?.id
  if (!threadId)
    throw reasonError('NOT_FOUND', 'There is no thread in the Inbox to write to.', {
      reason: 'not-found',
      what: 'inbox-thread',
      id: '',
    })
  const { thread, messages } = store.getThread(threadId)
  const language = detectLanguage(`${thread.subject}\n${messages.at(-1)?.body ?? ''}`)
  const message = await store.appendMessage({
    threadId,
    direction: 'in',
    body: input.body ?? DEFAULT_BODY[language === 'en' ? 'en' : 'fr'],
  })
  return { threadId, messageId: message.id }
}
