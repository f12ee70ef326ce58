import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../bridge'
import type { Language } from '../i18n'
import type { Label } from '../../../shared/model/mailbox'
import { useAsync } from '../state/useAsync'
import { EmptyState, ErrorState, LoadingState } from './States'
import { MessageItem } from './MessageItem'
import { OrderPanel } from './OrderPanel'
import { PdfExportButton } from './PdfExportButton'
import { Composer } from './Composer'
import { PaneBoundary } from './PaneBoundary'
import type { ComposerHandle } from './Composer'
import { OutboxPanel } from './OutboxPanel'
import { bouncedReplies } from '../../../shared/model/bounces'
import { ReplyClock } from './ReplyClock'

interface Props {
  threadId: string | null
  revision: number
  language: Language
  labels: Label[]
  onChanged: () => void
}

export function ThreadView({ threadId, revision, language, labels, onChanged }: Props) {
  const { t } = useTranslation()
  const [detail, reload] = useAsync(
    async () => (threadId ? call(api.threads.get(threadId)) : null),
    `${threadId}:${revision}`,
  )
  const value = detail.value && detail.value.thread.id === threadId ? detail.value : null

  // Opening a thread reads it, once per opening: "mark as unread" on the open thread must stick.
  const unread = value ? value.thread.unreadCount > 0 : false
  const autoRead = useRef<string | null>(null)
  const composer = useRef<ComposerHandle>(null)
  useEffect(() => {
    if (!threadId || autoRead.current === threadId || !value) return
    autoRead.current = threadId
    if (unread) void call(api.threads.markRead([threadId], true)).then(onChanged, () => undefined)
  }, [threadId, unread, value, onChanged])
  useEffect(() => {
    if (!threadId) autoRead.current = null
  }, [threadId])

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
        {detail.status === 'error' ? (
          <ErrorState message={`${t('thread.loadError')} ${detail.error.message}`} onRetry={reload} />
        ) : (
          <LoadingState label={t('app.loading')} />
        )}
      </section>
    )
  }
  const { thread, messages, order } = value
  const refused = bouncedReplies(messages)
  const threadLabels = labels.filter((label) => thread.labelIds.includes(label.id))
  return (
    <section
      className="thread-pane"
      aria-label={thread.subject}
      data-testid="thread-view"
      data-thread-id={thread.id}
    >
      <header className="thread-header">
        <h2 data-testid="thread-subject">{thread.subject}</h2>
        <div className="thread-meta">
          <span data-testid="thread-contact">{thread.contact.displayName}</span>
          {threadLabels.map((label) => (
            <span
              key={label.id}
              className="row-label"
              style={{ borderColor: label.color, color: label.color }}
            >
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
      <div className="thread-body">
        <ol className="messages" aria-label={thread.subject}>
          {messages.map((message) => (
            <PaneBoundary key={message.id} pane="panel" as="li" resetKey={revision}>
              <MessageItem
                message={message}
                refusedBy={refused.get(message.id)}
                language={language}
                contactName={thread.contact.displayName}
              />
            </PaneBoundary>
          ))}
        </ol>
        {order && (
          <PaneBoundary pane="panel" className="order-panel" resetKey={revision}>
            <OrderPanel
              order={order}
              language={language}
              onInsert={(text) => composer.current?.insert(text)}
            />
          </PaneBoundary>
        )}
      </div>
      <OutboxPanel threadId={thread.id} onRestore={(text) => composer.current?.insert(text)} />
      <PaneBoundary pane="composer" className="composer" resetKey={thread.id}>
        <Composer
          key={thread.id}
          ref={composer}
          threadId={thread.id}
          relayAddress={thread.contact.relayAddress}
          onSent={onChanged}
        />
      </PaneBoundary>
    </section>
  )
}
