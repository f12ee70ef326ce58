/**
 * Which of our replies the marketplace refused: a delivery-failure mail in a thread points at the
 * reply it answers (In-Reply-To / References), else at the latest reply sent before it that no other
 * bounce claimed. Derived from the messages, so every desktop of a team shows the same verdict.
 */
import type { Message } from './mailbox'

/** Reply message id → the delivery-failure message that refused it. */
export function bouncedReplies(messages: Message[]): Map<string, Message> {
  const refused = new Map<string, Message>()
  const byMailId = new Map(
    messages
      .filter((m) => m.direction === 'out' && m.mailMessageId)
      .map((m) => [m.mailMessageId!.toLowerCase(), m]),
  )
  for (const bounce of messages) {
    if (bounce.kind !== 'delivery-failure') continue
    const named = [bounce.inReplyTo, ...(bounce.references ?? []).slice().reverse()]
      .filter((id): id is string => typeof id === 'string')
      .map((id) => byMailId.get(id.toLowerCase()))
      .find((m) => m !== undefined)
    const target =
      named ??
      messages
        .filter(
          (m) =>
            m.direction === 'out' &&
            m.kind !== 'delivery-failure' &&
            m.sentAt <= bounce.sentAt &&
            !refused.has(m.id),
        )
        .at(-1)
    if (target && !refused.has(target.id)) refused.set(target.id, bounce)
  }
  return refused
}
