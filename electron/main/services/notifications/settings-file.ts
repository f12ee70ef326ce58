/**
 * Where notification preferences live. The desktop shell passes an electron-store backend
 * (electron/main/shell/notifications.ts); web mode and tests use this JSON file beside the store,
 * written atomically by the shared JSON file backend.
 */
import { createJsonFileBackend } from '../json-file-backend'
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  applyNotificationPatch,
  normaliseNotificationSettings,
} from '../../../../shared/model/notifications'
import type { NotificationSettings, NotificationSettingsPatch } from '../../../../shared/model/notifications'

export interface NotificationSettingsBackend {
  get(): NotificationSettings
  set(patch: NotificationSettingsPatch): NotificationSettings
}

export function createFileNotificationSettings(file: string): NotificationSettingsBackend {
  return createJsonFileBackend<NotificationSettings, NotificationSettingsPatch>(
    file,
    {
      normalise: (stored) =>
        stored === undefined ? DEFAULT_NOTIFICATION_SETTINGS : normaliseNotificationSettings(stored),
      apply: applyNotificationPatch,
    },
    'notification-settings',
  )
}
