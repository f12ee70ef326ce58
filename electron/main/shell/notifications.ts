/**
 * Desktop notifications for new inbound messages. The services decide (settings, quiet hours, blocked
 * senders: electron/main/services/notifications) and emit `notification:show`; here we only show it
 * as a system notification and, on click, bring the window forward and open the thread.
 * Preferences live in electron-store (`<userData>/notifications.json`), validated on every read.
 */
import { Notification } from 'electron'
import type { BrowserWindow } from 'electron'
import Store from 'electron-store'
import type { Events } from '../../../shared/ipc/contract'
import {
  DEFAULT_NOTIFICATION_SETTINGS,
  applyNotificationPatch,
  normaliseNotificationSettings,
} from '../../../shared/model/notifications'
import type { NotificationSettings } from '../../../shared/model/notifications'
import type { AppServices } from '../services/app-types'
import type { NotificationSettingsBackend } from '../services/notifications/settings-file'

/** Create only after `app.setPath('userData', …)`. */
export function openNotificationSettings(): NotificationSettingsBackend {
  const store = new Store<{ settings: NotificationSettings }>({
    name: 'notifications',
    defaults: { settings: DEFAULT_NOTIFICATION_SETTINGS },
    clearInvalidConfig: true,
  })
  const current = () => normaliseNotificationSettings(store.get('settings'))
  return {
    get: current,
    set(patch) {
      const next = applyNotificationPatch(current(), patch)
      store.set('settings', next)
      return next
    },
  }
}

/** Shows each `notification:show` as a system notification; returns the unsubscribe function. */
export function showDesktopNotifications(
  services: AppServices,
  currentWindow: () => BrowserWindow | null,
): () => void {
  // Kept referenced until closed: a garbage-collected Notification loses its click handler.
  const shown = new Set<Notification>()
  return services.onEvent((name, payload) => {
    if (name !== 'notification:show' || !Notification.isSupported()) return
    const request = payload as Events['notification:show']
    const notification = new Notification({
      title: `${request.contactName} — ${request.subject}`,
      body: request.preview,
      silent: false,
    })
    shown.add(notification)
    notification.on('close', () => shown.delete(notification))
    notification.on('click', () => {
      shown.delete(notification)
      const window = currentWindow()
      if (!window || window.isDestroyed()) return
      if (window.isMinimized()) window.restore()
      window.show()
      window.focus()
      window.webContents.send('notification:open', { threadId: request.threadId })
    })
    notification.show()
  })
}
