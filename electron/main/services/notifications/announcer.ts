/**
 * Turns the store's "new inbound message" into a `notification:show` event when the settings allow
 * it. The Electron shell shows it as a system notification, the web renderer as an in-app notice:
 * one decision for both.
 */
import type { NotificationRequest, NotificationSettings } from '../../../../shared/model/notifications'
import type { ThreadDetail } from '../../../../shared/model/mailbox'
import { decideNotification } from './decide'

const PREVIEW_LENGTH = 160

export interface AnnouncerDeps {
  getThread: (threadId: string) => ThreadDetail
  settings: () => NotificationSettings
  show: (request: NotificationRequest) => void
  now?: () => number
  /** IANA zone for quiet hours; the machine's own by default. */
  timeZone?: string
}

export function createAnnouncer(deps: AnnouncerDeps) {
  const timeZone = deps.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  const now = deps.now ?? Date.now
  return (event: { threadId: string; messageId: string; blocked: boolean }): boolean => {
    const { thread, messages } = deps.getThread(event.threadId)
    const blocked = event.blocked || thread.blocked
    const verdict = decideNotification(
      { blocked, needsReply: thread.needsReply },
      deps.settings(),
      now(),
      timeZone,
    )
    if (!verdict.notify) return false
    const body =
      messages
        .find((m) => m.id === event.messageId)
        ?.body.replace(/\s+/g, ' ')
        .trim() ?? ''
    deps.show({
      threadId: thread.id,
      messageId: event.messageId,
      contactName: thread.contact.displayName,
      subject: thread.subject,
      preview: body.length > PREVIEW_LENGTH ? `${body.slice(0, PREVIEW_LENGTH - 1)}…` : body,
    })
    return true
  }
}
