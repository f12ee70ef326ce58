import { useTranslation } from 'react-i18next'
import type { AttachmentRef, Message, RefusedAttachment, Report } from '../../../../shared/model/mailbox'
import { useAttachmentUrl } from './useAttachmentUrl'
import { formatDateTime, formatSize } from '../../i18n'
import type { Language } from '../../i18n'
import { attachmentRefusalText } from '../../i18n/attachment-text'
import { wordsIn } from '../../i18n/errors'
import { mailWarningText } from '../../i18n/mail-words'
import { SafeHtml } from '../../security/SafeHtml'
import { WholeOrderNumbers } from '../primitives/WholeOrderNumbers'

const IMAGE_TYPES = new Set(['png', 'jpg', 'gif'])
const MARKETPLACE_KINDS: ReadonlySet<string> = new Set(['notice', 'delivery-failure'])

export function MessageItem({
  message,
  language,
  contactName,
  refusedBy,
  report,
}: {
  message: Message
  language: Language
  contactName: string
  /** The marketplace's delivery-failure mail that refused this reply, if any. */
  refusedBy?: Message | undefined
  /** The owner's report of this message, if any (kept on this computer). */
  report?: Report | undefined
}) {
  const { t } = useTranslation()
  // Notices and bounces come from the marketplace itself, not from the buyer whose thread they join.
  const author =
    message.direction === 'out'
      ? t('thread.you')
      : message.kind && MARKETPLACE_KINDS.has(message.kind)
        ? t('mail.fromMarketplace')
        : contactName
  // A reply written here without a mail account never left this computer; one with a Message-ID went
  // by e-mail (through the account, or imported from the owner's own mailbox).
  const delivery = message.direction === 'out' ? (message.mailMessageId ? 'mail' : 'local') : undefined
  return (
    <li
      className={`message message-${message.direction}`}
      data-delivery={delivery}
      data-testid="message"
      data-message-id={message.id}
      data-direction={message.direction}
      {...(message.kind ? { 'data-kind': message.kind } : {})}
      data-refused={refusedBy ? 'true' : undefined}
      data-reported={report ? 'true' : undefined}
    >
      <header className="message-header">
        <strong>{author}</strong>
        <span className="message-direction">
          {message.direction === 'in'
            ? t('thread.inbound')
            : delivery === 'mail'
              ? t('thread.outboundMail')
              : t('thread.outboundLocal')}
        </span>
        <time dateTime={message.sentAt}>{formatDateTime(message.sentAt, language)}</time>
      </header>
      <MailKindNotes message={message} language={language} />
      {report && <ReportedNote report={report} language={language} />}
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
            {message.warnings?.map((warning, index) => (
              <li key={index}>{mailWarningText(warning, t, language)}</li>
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
      <span className="attachment-reason">
        {refused.refusal
          ? attachmentRefusalText(refused.name, refused.refusal, t, language)
          : // Refused by an earlier version: its sentence was stored in both languages.
            wordsIn(refused.reason, language) || t('mail.refused')}
      </span>
    </li>
  )
}

const REPORT_REASONS = new Set(['phishing', 'offPlatform', 'abusive', 'spam'])

/** The mark a reported message keeps: when, why (the dialog stores "reason: note"), kept locally. */
function ReportedNote({ report, language }: { report: Report; language: Language }) {
  const { t } = useTranslation()
  const at = report.reason.indexOf(':')
  const code = (at < 0 ? report.reason : report.reason.slice(0, at)).trim()
  const note = at < 0 ? '' : report.reason.slice(at + 1).trim()
  const reason = REPORT_REASONS.has(code) ? t(`report.reasons.${code}`) : report.reason
  return (
    <p className="message-reported" role="note" data-testid="message-reported">
      <strong>{t('thread.reported', { when: formatDateTime(report.reportedAt, language) })}</strong>{' '}
      {note && REPORT_REASONS.has(code) ? t('thread.reportedWithNote', { reason, note }) : reason}{' '}
      <span className="note">{t('thread.reportedLocal')}</span>
    </p>
  )
}
