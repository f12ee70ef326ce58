/**
 * Notification preferences for new inbound messages, shared by main (which decides) and the renderer
 * (which edits them). Stored in electron-store on the desktop, in a JSON file in web mode.
 */

export interface QuietHours {
  enabled: boolean
  /** Local time `HH:MM`; the range may wrap past midnight (22:00 → 07:00). */
  start: string
  end: string
}

export interface NotificationSettings {
  enabled: boolean
  /** Only threads that need a reply (not those marked "no response needed"). */
  onlyNeedsReply: boolean
  quietHours: QuietHours
}

export type NotificationSettingsPatch = Partial<Omit<NotificationSettings, 'quietHours'>> & {
  quietHours?: Partial<QuietHours>
}

export const DEFAULT_NOTIFICATION_SETTINGS: NotificationSettings = {
  enabled: true,
  onlyNeedsReply: true,
  quietHours: { enabled: false, start: '22:00', end: '07:00' },
}

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/

/** Reads whatever was stored (the file is the user's to edit), keeping only valid values. */
export function normaliseNotificationSettings(stored: unknown): NotificationSettings {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>
  const quiet = (
    typeof value.quietHours === 'object' && value.quietHours !== null ? value.quietHours : {}
  ) as Record<string, unknown>
  const defaults = DEFAULT_NOTIFICATION_SETTINGS
  const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback)
  const time = (v: unknown, fallback: string) => (typeof v === 'string' && TIME_OF_DAY.test(v) ? v : fallback)
  return {
    enabled: bool(value.enabled, defaults.enabled),
    onlyNeedsReply: bool(value.onlyNeedsReply, defaults.onlyNeedsReply),
    quietHours: {
      enabled: bool(quiet.enabled, defaults.quietHours.enabled),
      start: time(quiet.start, defaults.quietHours.start),
      end: time(quiet.end, defaults.quietHours.end),
    },
  }
}

export function applyNotificationPatch(
  current: NotificationSettings,
  patch: NotificationSettingsPatch,
): NotificationSettings {
  return normaliseNotificationSettings({
    ...current,
    ...patch,
    quietHours: { ...current.quietHours, ...patch.quietHours },
  })
}

/** What main pushes when a new inbound message should be announced. */
export interface NotificationRequest {
  threadId: string
  messageId: string
  contactName: string
  subject: string
  preview: string
}
