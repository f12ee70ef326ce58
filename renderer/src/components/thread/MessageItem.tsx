import { useTranslation } from 'react-i18next'
import type { AttachmentRef, Message, RefusedAttachment } from '../../../../shared/model/mailbox'
import { useAttachmentUrl } from './useAttachmentUrl'
import { formatDateTime, formatSize } from '../../i18n'
import type { Language } from '../../i18n'
import { SafeHtml } from '../../security/SafeHtml'
import { WholeOrderNumbers } from '../primitives/WholeOrderNumbers'

const IMAGE_TYPES = new Set(['png', 'jpg', 'gif'])
const MARKETPLACE_KINDS: ReadonlySet<string> = new Set(['notice', 'delivery-failure'])

export function MessageItem({
  message,
  language,
  contactName,
  refusedBy,
}: {
  message: Message
  language: Language
  contactName: string
  /** The marketplace's delivery-failure mail that refused this reply, if any. */
  refusedBy?: Message | undefined
}) {
  const { t } = useTranslation()
  // Notices and bounces come from the marketplace itself, not from the buyer whose thread they join.
  const author =
    message.direction === 'out'
      ? t('thread.you')
      : message.kind && MARKETPLACE_KINDS.has(message.kind)
        ? t('mail.fromMarketplace')
        : contactName
  return (
    <li
      className={`message message-${message.direction}`}
      data-testid="message"
      data-message-id={message.id}
      data-direction={message.direction}
      {...(message.kind ? { 'data-kind': message.kind } : {})}
      data-refused={refusedBy ? 'true' : undefined}
    >
      <header className="message-header">
        <strong>{author}</strong>
        <span className="message-direction">
          {message.direction === 'out' ? t('thread.outbound') : t('thread.inbound')}
        </span>
        <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, language)}</time>
      </header>
      <MailKindNotes message={message} language={language} />
      {refusedBy && (
        <p className="message-refused" role="note" data-testid="message-refused">
          {t('thread.refusedByMarketplace', { when: formatDateTime(refusedBy.sentAt, language) })}
        </p>
      )}
      {message.html ? (
        <SafeHtml html={message.html} className="message-body html-body" />
      ) : (
        <div className="message-body">
          <WholeOrderNumbers text={message.body} />
        </div>
      )}
      {(message.attachments.length > 0 || (message.refusedAttachments?.length ?? 0) > 0) && (
        <ul className="attachments">
          {message.attachments.map((attachment) => (
            <AttachmentItem key={attachment.id} attachment={attachment} language={language} />
          ))}
          {message.refusedAttachments?.map((refused, index) => (
            <RefusedItem key={`${refused.name}-${index}`} refused={refused} language={language} />
          ))}
        </ul>
      )}
    </li>
  )
}

function AttachmentItem({ attachment, language }: { attachment: AttachmentRef; language: Language }) {
  const { t } = useTranslation()
  const url = useAttachmentUrl(attachment.id)
  const size = formatSize(attachment.bytes, language)
  return (
    <li className="attachment" data-testid="attachment" data-attachment-type={attachment.type}>
      {IMAGE_TYPES.has(attachment.type) && url && (
        <img
          src={url}
          alt={attachment.name}
          className="attachment-preview"
          data-testid="attachment-preview"
        />
      )}
      <span className="attachment-name">{attachment.name}</span>
      <span className="attachment-type">
        {attachment.type.toUpperCase()} · {size}
      </span>
      <a href={url ?? undefined} target="_blank" rel="noopener noreferrer" data-testid="attachment-open">
        {t('thread.open')}
      </a>
      <a href={url ?? undefined} download={attachment.name} data-testid="attachment-save">
        {t('thread.save')}
      </a>
    </li>
  )
}

const NOTED_KINDS = new Set(['notice', 'delivery-failure', 'opt-out', 'spoofed'])

/** What an imported mail is, when it is not a plain message; a pretender's warning in full. */
function MailKindNotes({ message, language }: { message: Message; language: Language }) {
  const { t } = useTranslation()
  if (!message.kind || !NOTED_KINDS.has(message.kind)) return null
  return (
    <>
      <span
        className={`message-kind kind-${message.kind}`}
        data-testid="message-kind"
        data-kind={message.kind}
      >
        {t(`mail.kind.${message.kind}`)}
      </span>
      {message.kind === 'spoofed' && (
        <div className="message-warning" role="alert" data-testid="message-warning">
          <p>{t('mail.spoofedWarning')}</p>
          <ul>
            {message.warnings?.map((warning) => (
              <li key={warning.en}>{warning[language]}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}

/** An attachment validation refused: named with its reason, never openable (it was not stored). */
function RefusedItem({ refused, language }: { refused: RefusedAttachment; language: Language }) {
  const { t } = useTranslation()
  return (
    <li className="attachment refused" data-testid="attachment-refused" data-code={refused.code}>
      <span className="attachment-name">{refused.name}</span>
      <span className="attachment-type">
        {t('mail.refused')} · {formatSize(refused.bytes, language)}
      </span>
      <span className="attachment-reason">{refused.reason[language]}</span>
    </li>
  )
}
