/**
 * Where notification preferences live. The desktop shell passes an electron-store backend
 * (electron/main/shell/notifications.ts); web mode and tests use this JSON file beside the store,
 * written atomically (temporary file, then rename).
 */
import fs from 'node:fs'
import path from 'node:path'
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
  let current = DEFAULT_NOTIFICATION_SETTINGS
  try {
    current = normaliseNotificationSettings(JSON.parse(fs.readFileSync(file, 'utf8')))
  } catch {
    // Missing or unreadable: defaults. Nothing else depends on this file.
  }
  return {
    get: () => current,
    set(patch) {
      current = applyNotificationPatch(current, patch)
      fs.mkdirSync(path.dirname(file), { recursive: true })
      const tmp = `${file}.${process.pid}.tmp`
      fs.writeFileSync(tmp, JSON.stringify(current, null, 2))
      fs.renameSync(tmp, file)
      return current
    },
  }
}
