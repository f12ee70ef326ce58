import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import { applyNotificationPatch } from '../../../../shared/model/notifications'
import type { NotificationSettings, NotificationSettingsPatch } from '../../../../shared/model/notifications'
import { useAsync } from '../../state/useAsync'
import { ErrorState, LoadingState } from '../primitives/States'
import { useToast } from './Toasts'
import { Overlay } from '../primitives/Overlay'
import { useErrorText } from '../../i18n/useErrorText'
import { TimeOfDayField } from '../primitives/LocalizedFields'

/** Notification preferences: on/off, only threads needing a reply, quiet hours. Saved at each change. */
export function NoticeSettings({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation()
  const errorWords = useErrorText()
  const language = i18n.language === 'en' ? 'en' : 'fr'
  const toast = useToast()
  const [loaded, reload] = useAsync(() => call(api.notifications.getSettings()), 'notification-settings')
  // What the last save returned, else what was loaded.
  const [saved, setSettings] = useState<NotificationSettings | null>(null)
  const settings = saved ?? loaded.value ?? null
  const latestChange = useRef(0)
  const change = async (patch: NotificationSettingsPatch) => {
    const mine = ++latestChange.current
    // Shown at once (a controlled checkbox must follow the click), on top of any change still being
    // saved; main's answer then confirms it.
    setSettings((current) => {
      const base = current ?? loaded.value
      return base ? applyNotificationPatch(base, patch) : current
    })
    try {
      const answer = await call(api.notifications.setSettings(patch))
      // An earlier change's answer arriving after a newer click would undo that click on screen.
      if (mine === latestChange.current) setSettings(answer)
      toast.show(t('notifications.saved'))
    } catch (error) {
      setSettings(null)
      reload()
      toast.showError(error)
    }
  }

  return (
    <Overlay
      title={t('notifications.title')}
      testId="notification-settings"
      closeLabel={t('notifications.close')}
      onClose={onClose}
      narrow
    >
      {!settings ? (
        loaded.status === 'error' ? (
          <ErrorState message={errorWords(loaded.error)} onRetry={reload} />
        ) : (
          <LoadingState label={t('app.loading')} />
        )
      ) : (
        <div className="notification-form">
          <label>
            <input
              type="checkbox"
              checked={settings.enabled}
              onChange={(e) => void change({ enabled: e.target.checked })}
              data-testid="notify-enabled"
            />
            {t('notifications.enabled')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={settings.onlyNeedsReply}
              disabled={!settings.enabled}
              onChange={(e) => void change({ onlyNeedsReply: e.target.checked })}
              data-testid="notify-only-needs-reply"
            />
            {t('notifications.onlyNeedsReply')}
          </label>
          <label>
            <input
              type="checkbox"
              checked={settings.quietHours.enabled}
              disabled={!settings.enabled}
              onChange={(e) => void change({ quietHours: { enabled: e.target.checked } })}
              data-testid="notify-quiet"
            />
            {t('notifications.quietHours')}
          </label>
          {/* Outside the checkbox's label: a click on the hours must not toggle "do not disturb". */}
          <div className="quiet-hours">
            <span>{t('notifications.quietFrom')}</span>
            <TimeOfDayField
              value={settings.quietHours.start}
              isDisabled={!settings.enabled || !settings.quietHours.enabled}
              onChange={(start) => void change({ quietHours: { start } })}
              label={`${t('notifications.quietHours')} — ${t('notifications.quietFrom')}`}
              language={language}
              testId="notify-quiet-start"
            />
            <span>{t('notifications.quietTo')}</span>
            <TimeOfDayField
              value={settings.quietHours.end}
              isDisabled={!settings.enabled || !settings.quietHours.enabled}
              onChange={(end) => void change({ quietHours: { end } })}
              label={`${t('notifications.quietHours')} — ${t('notifications.quietTo')}`}
              language={language}
              testId="notify-quiet-end"
            />
          </div>
          <p className="note">{t('notifications.blockedNote')}</p>
        </div>
      )}
    </Overlay>
  )
}
