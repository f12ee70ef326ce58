import { useCallback, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { NotificationRequest } from '../../../../shared/model/notifications'
import '../primitives/reply-tools.css'

const MAX_NOTICES = 3
const NOTICE_MS = 20_000

/**
 * New-message notices. Main decides what to announce (settings, quiet hours, never a blocked sender)
 * and pushes `notification:show`: the desktop app shows a system notification, web mode shows it
 * here. Clicking either opens the thread (`notification:open` comes from a desktop click).
 */
export function NoticeCenter({ onOpenThread }: { onOpenThread: (threadId: string) => void }) {
  const { t } = useTranslation()
  const [notices, setNotices] = useState<NotificationRequest[]>([])
  // The desktop app shows system notifications instead; until app:info answers, assume web mode so
  // that a message arriving right after start-up is not lost.
  const desktop = useRef(false)
  const openRef = useRef(onOpenThread)
  useEffect(() => {
    openRef.current = onOpenThread
  })

  const dismiss = useCallback(
    (messageId: string) => setNotices((all) => all.filter((n) => n.messageId !== messageId)),
    [],
  )

  useEffect(() => {
    call(api.app.info()).then(
      (info) => {
        desktop.current = info.mode === 'electron'
        if (desktop.current) setNotices([])
      },
      () => undefined,
    )
    return api.on('notification:show', (request) => {
      if (desktop.current) return
      setNotices((all) =>
        [...all.filter((n) => n.threadId !== request.threadId), request].slice(-MAX_NOTICES),
      )
      window.setTimeout(() => dismiss(request.messageId), NOTICE_MS)
    })
  }, [dismiss])

  useEffect(() => api.on('notification:open', ({ threadId }) => openRef.current(threadId)), [])

  if (notices.length === 0) return null
  return (
    <div className="notices" aria-live="polite" data-testid="notices">
      {notices.map((notice) => (
        <div
          key={notice.messageId}
          className="notice"
          role="status"
          data-testid="notice"
          data-thread-id={notice.threadId}
        >
          <button
            type="button"
            className="notice-main"
            onClick={() => {
              dismiss(notice.messageId)
              onOpenThread(notice.threadId)
            }}
            data-testid="notice-open"
          >
            <strong>
              {t('notifications.notice', {
                name: notice.contactName,
                context: /^[aeiouyhàâäéèêëîïôöûüÿœæ]/i.test(notice.contactName) ? 'elided' : undefined,
              })}
            </strong>
            <span>{notice.subject}</span>
            {notice.preview && <span> — {notice.preview}</span>}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => dismiss(notice.messageId)}
            aria-label={t('notifications.dismiss')}
            data-testid="notice-dismiss"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
