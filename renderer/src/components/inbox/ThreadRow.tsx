import { useTranslation } from 'react-i18next'
import type { Label, ThreadSummary } from '../../../../shared/model/mailbox'
import { formatDuration, formatListTime } from '../../i18n'
import type { Language } from '../../i18n'
import { THREADS_MIME } from './drag'
import { ReplyClock, useNow } from './ReplyClock'
import { WholeOrderNumbers } from '../primitives/WholeOrderNumbers'

interface Props {
  thread: ThreadSummary
  top: number
  height: number
  language: Language
  labels: Label[]
  /** The folder the thread is filed in, shown on the row (null: not filed, or the list is that folder). */
  folderName: string | null
  open: boolean
  focused: boolean
  checked: boolean
  onToggle: () => void
  onOpen: () => void
  onContextMenu: (x: number, y: number) => void
  /** Ids carried when this row is dragged onto a folder (the whole selection if the row is in it). */
  dragIds: string[]
}

export function ThreadRow({
  thread,
  top,
  height,
  language,
  labels,
  folderName,
  open,
  focused,
  checked,
  onToggle,
  onOpen,
  onContextMenu,
  dragIds,
}: Props) {
  const { t } = useTranslation()
  const now = useNow()
  const unread = thread.unreadCount > 0
  const waitedMs =
    thread.needsReply && thread.waitingSince ? now - Date.parse(thread.waitingSince) : Number.NaN
  const waiting = Number.isFinite(waitedMs) ? waitedMs : null // an invalid stored date shows no wait
  const rowLabels = labels.filter((label) => thread.labelIds.includes(label.id))
  return (
    <div
      id={`thread-${thread.id}`}
      role="option"
      aria-selected={open || checked}
      className={[
        'thread-row',
        unread && 'unread',
        open && 'open',
        focused && 'focused',
        checked && 'checked',
      ]
        .filter(Boolean)
        .join(' ')}
      style={{ position: 'absolute', top, left: 0, right: 0, height }}
      onClick={onOpen}
      onContextMenu={(event) => {
        event.preventDefault()
        onContextMenu(event.clientX, event.clientY)
      }}
      draggable
      onDragStart={(e) => e.dataTransfer.setData(THREADS_MIME, JSON.stringify(dragIds))}
      data-testid="thread-row"
      data-thread-id={thread.id}
      data-unread={unread ? 'true' : 'false'}
    >
      {/* A visual checkbox: an option may not hold interactive controls, so selection is the option's
          aria-selected state, toggled here by click or by the x shortcut. */}
      <span
        className={checked ? 'row-check checked' : 'row-check'}
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation()
          onToggle()
        }}
        data-testid="thread-select"
        data-checked={checked ? 'true' : 'false'}
      />
      <div className="row-main">
        <div className="row-top">
          {unread && <span className="unread-dot" aria-label={t('list.unread')} />}
          <span className="row-contact">{thread.contact.displayName}</span>
          {thread.orderNumber && <span className="row-order">{thread.orderNumber}</span>}
          <time className="row-time" dateTime={thread.lastMessageAt}>
            {formatListTime(thread.lastMessageAt, language)}
          </time>
        </div>
        {/* Subject and the start of the last message share a line, as in a mail client. */}
        <div className="row-subject-line">
          <span className="row-subject">
            <WholeOrderNumbers text={thread.subject} />
          </span>
          <span className="row-preview">{thread.preview}</span>
        </div>
        <div className="row-bottom">
          <ReplyClock thread={thread} language={language} />
          {waiting !== null && (
            <span
              className={waiting > 18 * 3600_000 ? 'row-wait late' : 'row-wait'}
              data-testid="row-waiting"
            >
              {t('list.waiting', { duration: formatDuration(waiting, language) })}
            </span>
          )}
          {thread.hasAttachments && (
            <span
              className="row-attachment"
              role="img"
              aria-label={t('list.attachment')}
              title={t('list.attachment')}
              data-testid="row-attachment"
            >
              <svg width="12" height="14" viewBox="0 0 12 14" aria-hidden="true">
                <path
                  d="M8.5 3.5v6a2.5 2.5 0 0 1-5 0V3a1.8 1.8 0 0 1 3.6 0v6.2a.9.9 0 0 1-1.8 0V4"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="1.2"
                  strokeLinecap="round"
                />
              </svg>
            </span>
          )}
          {folderName && (
            <span
              className="row-folder"
              data-testid="row-folder"
              title={t('list.inFolder', { name: folderName })}
            >
              {folderName}
            </span>
          )}
          {thread.reported && (
            <span className="row-reported" data-testid="row-reported" title={t('list.reportedTitle')}>
              {t('list.reported')}
            </span>
          )}
          {rowLabels.map((label) => (
            <span
              key={label.id}
              className="row-label"
              style={{ borderColor: label.color }}
              data-testid="row-label"
            >
              {/* The colour on the border and a dot; the name in the text colour, readable on any row. */}
              <span className="label-dot" style={{ background: label.color }} aria-hidden="true" />
              {label.name}
            </span>
          ))}
        </div>
      </div>
    </div>
  )
}
