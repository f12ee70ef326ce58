import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Language } from '../../i18n'
import type { Label } from '../../../../shared/model/mailbox'
import { useThread } from '../../data/hooks'
import { useThreadCommands } from '../../data/commands'
import { EmptyState, ErrorState, LoadingState } from '../primitives/States'
import { MessageItem } from './MessageItem'
import { OrderPanel } from '../orders/OrderPanel'
import { PdfExportButton } from '../safekeeping/PdfExportButton'
import { Composer } from '../composer/Composer'
import { PaneBoundary } from '../primitives/PaneBoundary'
import type { ComposerHandle } from '../composer/Composer'
import { OutboxPanel } from './OutboxPanel'
import { bouncedReplies } from '../../../../shared/model/bounces'
import { ReplyClock } from '../inbox/ReplyClock'
import { WholeOrderNumbers } from '../primitives/WholeOrderNumbers'
import { ReplyClosed } from './ReplyClosed'
import { useErrorText } from '../../i18n/useErrorText'

interface Props {
  threadId: string | null
  language: Language
  labels: Label[]
}

export function ThreadView({ threadId, language, labels }: Props) {
  const { t } = useTranslation()
  const errorWords = useErrorText()
  const detail = useThread(threadId)
  const commands = useThreadCommands()
  const value = detail.data && detail.data.thread.id === threadId ? detail.data : null

  // Opening a thread reads it, once per opening: "mark as unread" on the open thread must stick.
  const unread = value ? value.thread.unreadCount > 0 : false
  const autoRead = useRef<string | null>(null)
  const composer = useRef<ComposerHandle>(null)
  // "Reply anyway" on a reported conversation holds for this opening of it only.
  const [replyAnyway, setReplyAnyway] = useState<string | null>(null)
  useEffect(() => {
    if (!threadId || autoRead.current === threadId || !value) return
    autoRead.current = threadId
    if (unread) commands.markRead([threadId], true).catch(() => undefined)
  }, [threadId, unread, value, commands])
  useEffect(() => {
    if (!threadId) autoRead.current = null
  }, [threadId])
  // The reply box opened on purpose takes the keyboard at once.
  useEffect(() => {
    if (replyAnyway && replyAnyway === threadId) composer.current?.focus()
  }, [replyAnyway, threadId])

  // A thread opens on its first unread message, else on its newest; a message added (a reply sent,
  // one received) brings the newest into view.
  const bodyRef = useRef<HTMLDivElement>(null)
  const positioned = useRef<{ id: string; count: number } | null>(null)
  useLayoutEffect(() => {
    const body = bodyRef.current
    if (!value || !body) return
    const previous = positioned.current
    const count = value.messages.length
    if (previous?.id === value.thread.id && previous.count === count) return
    positioned.current = { id: value.thread.id, count }
    const firstUnread =
      previous?.id === value.thread.id
        ? undefined
        : value.messages.find((m) => m.direction === 'in' && m.readAt === null)
    const target = firstUnread ?? value.messages.at(-1)
    const element = target && body.querySelector<HTMLElement>(`[data-message-id="${target.id}"]`)
    if (!element) return
    const offset = element.getBoundingClientRect().top - body.getBoundingClientRect().top + body.scrollTop
    body.scrollTop = firstUnread ? offset - 8 : offset + element.offsetHeight - body.clientHeight + 16
  }, [value])

  if (!threadId) {
    return (
      <section className="thread-pane" aria-label={t('thread.none')}>
        <EmptyState message={t('thread.none')} testId="thread-none" />
      </section>
    )
  }
  if (!value) {
    return (
      <section className="thread-pane">
        {detail.isError ? (
          <ErrorState
            message={`${t('thread.loadError')} ${errorWords(detail.error)}`}
            onRetry={() => void detail.refetch()}
          />
        ) : (
          <LoadingState label={t('app.loading')} />
        )}
      </section>
    )
  }
  const { thread, messages, order, reports } = value
  const refused = bouncedReplies(messages)
  const reportOf = new Map(reports.map((report) => [report.messageId, report]))
  const closedBecause = thread.blocked
    ? 'blocked'
    : thread.reported && replyAnyway !== thread.id
      ? 'reported'
      : null
  const threadLabels = labels.filter((label) => thread.labelIds.includes(label.id))
  return (
    <section
      className="thread-pane"
      aria-label={thread.subject}
      data-testid="thread-view"
      data-thread-id={thread.id}
    >
      <header className="thread-header">
        <h2 data-testid="thread-subject">
          <WholeOrderNumbers text={thread.subject} />
        </h2>
        <div className="thread-meta">
          <span data-testid="thread-contact">{thread.contact.displayName}</span>
          {threadLabels.map((label) => (
            <span key={label.id} className="row-label" style={{ borderColor: label.color }}>
              {/* As on the rows: the colour on the border and a dot, the name in the text colour (a
                  label's own colour, e.g. orange, fails contrast as text on the light header). */}
              <span className="label-dot" style={{ background: label.color }} aria-hidden="true" />
              {label.name}
            </span>
          ))}
        </div>
        <ReplyClock thread={thread} language={language} variant="full" />
        <PdfExportButton target={{ threadId: thread.id }} language={language} testId="export-thread-pdf" />
        {thread.blocked && (
          <p className="banner warning" data-testid="blocked-notice">
            {t('thread.blockedNotice')}
          </p>
        )}
      </header>
      <div className="thread-body" ref={bodyRef} data-testid="thread-body">
        <ol className="messages" aria-label={thread.subject}>
          {messages.map((message) => (
            <PaneBoundary key={message.id} pane="panel" as="li" resetKey={thread.id}>
              <MessageItem
                message={message}
                refusedBy={refused.get(message.id)}
                report={reportOf.get(message.id)}
                language={language}
                contactName={thread.contact.displayName}
              />
            </PaneBoundary>
          ))}
        </ol>
        {order && (
          <PaneBoundary pane="panel" className="order-panel" resetKey={thread.id}>
            <OrderPanel
              order={order}
              language={language}
              onInsert={(text) => composer.current?.insert(text)}
            />
          </PaneBoundary>
        )}
      </div>
      <OutboxPanel threadId={thread.id} onRestore={(text) => composer.current?.insert(text)} />
      {closedBecause ? (
        <ReplyClosed reason={closedBecause} onReplyAnyway={() => setReplyAnyway(thread.id)} />
      ) : (
        <PaneBoundary pane="composer" className="composer" resetKey={thread.id}>
          <Composer
            key={thread.id}
            ref={composer}
            threadId={thread.id}
            relayAddress={thread.contact.relayAddress}
            onSent={() => undefined}
          />
        </PaneBoundary>
      )}
    </section>
  )
}
