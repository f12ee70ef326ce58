import { useEffect, useImperativeHandle, useMemo, useRef, useState } from 'react'
import type { DragEvent, Ref } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import { blockingFindings, checkPolicy } from '../../../../shared/policy'
import { useToast } from '../notices/Toasts'
import { PolicyHighlight } from './PolicyHighlight'
import { usePendingAttachments } from './usePendingAttachments'
import { useSellerRules } from '../../state/seller-rules'
import { TemplatePicker, insertAtCaret } from '../templates/TemplatePicker'
import { formatSize } from '../../i18n'
import { MAX_MESSAGE_BYTES } from '../../../../shared/model/attachments'
import type { Language } from '../../i18n'
import { attachmentRefusalText } from '../../i18n/attachment-text'
import { useMailOverview } from '../../state/useMailOverview'
import { useMoreBelow } from '../primitives/useMoreBelow'

const draftKey = (threadId: string) => `comptoir.draft.${threadId}`

/**
 * Reply box. The policy checker runs on every keystroke (it is pure and fast) and the findings are
 * highlighted in the text; the main process checks again on send, so this is guidance, not the gate.
 */
/** What the thread around the composer may do with it (the order panel inserts a tracking link). */
export interface ComposerHandle {
  insert(text: string): void
  focus(): void
}

export function Composer({
  threadId,
  relayAddress,
  onSent,
  ref,
}: {
  threadId: string
  relayAddress: string
  onSent: () => void
  ref?: Ref<ComposerHandle>
}) {
  const { t, i18n } = useTranslation()
  const language: Language = i18n.language === 'en' ? 'en' : 'fr'
  const toast = useToast()
  const [body, setBody] = useState(() => window.localStorage.getItem(draftKey(threadId)) ?? '')
  const [sending, setSending] = useState(false)
  const textarea = useRef<HTMLTextAreaElement>(null)
  const files = usePendingAttachments()
  const [mail] = useMailOverview()
  const account = mail?.account ?? null
  // the seller's own rules count like the built-in ones (main checks them again on send)
  const sellerRules = useSellerRules()
  const findings = useMemo(() => checkPolicy(body, { sellerRules }), [body, sellerRules])
  const blocking = blockingFindings(findings)
  const findingsBox = useRef<HTMLDivElement>(null)
  const moreFindings = useMoreBelow(findingsBox, findings)

  useImperativeHandle(
    ref,
    () => ({
      insert(text: string) {
        setBody((current) => insertAtCaret(current, text, textarea.current))
        textarea.current?.focus()
      },
      focus: () => textarea.current?.focus(),
    }),
    [],
  )

  useEffect(() => {
    if (body) window.localStorage.setItem(draftKey(threadId), body)
    else window.localStorage.removeItem(draftKey(threadId))
  }, [body, threadId])

  const canSend =
    !sending &&
    blocking.length === 0 &&
    !files.busy &&
    !files.blocking &&
    (body.trim().length > 0 || files.ready)

  const send = async () => {
    if (!canSend) return
    setSending(true)
    try {
      const detail = await call(
        api.messages.send({
          threadId,
          body,
          // Every attached file goes, or nothing does (canSend requires all of them accepted).
          attachments: files.items.flatMap((item) => (item.upload ? [item.upload] : [])),
        }),
      )
      setBody('')
      files.clear()
      // With an account, a reply the server did not accept waits in the Outbox (shown above).
      const accepted = detail.messages.at(-1)?.direction === 'out'
      toast.show(
        !account
          ? t('composer.storedLocally')
          : accepted
            ? t('composer.sent', { to: relayAddress })
            : t('composer.queued'),
        accepted || !account ? 'info' : 'error',
      )
      onSent()
    } catch (error) {
      toast.showError(error)
    } finally {
      setSending(false)
    }
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    void files.add([...event.dataTransfer.files])
  }

  return (
    <section
      className="composer"
      onDragOver={(e) => e.preventDefault()}
      onDrop={onDrop}
      aria-label={t('composer.placeholder')}
    >
      <div className="composer-editor">
        <PolicyHighlight text={body} findings={findings} textarea={textarea} />
        <textarea
          ref={textarea}
          value={body}
          onChange={(e) => setBody(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void send()
          }}
          placeholder={t('composer.placeholder')}
          aria-label={t('composer.placeholder')}
          lang={i18n.language}
          data-testid="composer-body"
          rows={5}
        />
      </div>
      <div
        ref={findingsBox}
        className="findings"
        role="group"
        aria-live="polite"
        aria-label={t('composer.findings')}
        data-more-below={moreFindings || undefined}
      >
        {findings.map((finding) => (
          <p key={`${finding.rule}-${finding.start}-${finding.end}`}>
            {/* A finding selects its words in the reply box, ready to be rewritten. */}
            <button
              type="button"
              className={`finding finding-${finding.severity}`}
              data-testid="policy-finding"
              data-rule={finding.rule}
              data-severity={finding.severity}
              onClick={() => {
                const box = textarea.current
                if (!box) return
                box.focus()
                box.setSelectionRange(finding.start, finding.end)
              }}
            >
              <mark className={`sev-${finding.severity}`}>{body.slice(finding.start, finding.end)}</mark> —{' '}
              {finding.message}
            </button>
          </p>
        ))}
      </div>
      {files.items.length > 0 && (
        <ul className="pending-attachments">
          {files.items.map((item) => (
            <li
              key={item.key}
              className={item.verdict?.accepted === false ? 'refused' : ''}
              data-testid="pending-attachment"
            >
              <span>{item.name}</span>
              {item.verdict?.accepted && item.verdict.type && (
                // The type found in the content, which is what the buyer will receive.
                <span className="attachment-type" data-testid="pending-attachment-type">
                  {item.verdict.type.toUpperCase()} · {formatSize(item.verdict.bytes, language)}
                </span>
              )}
              {item.problem && (
                <span className="attachment-error" role="alert" data-testid="attachment-error">
                  {item.problem.kind === 'too-large'
                    ? t('composer.fileTooLarge', {
                        name: item.name,
                        size: formatSize(item.problem.bytes, language),
                        limit: formatSize(MAX_MESSAGE_BYTES, language),
                      })
                    : item.verdict?.refusal
                      ? attachmentRefusalText(item.name, item.verdict.refusal, t, language)
                      : t('errors.generic')}
                </span>
              )}
              <button
                type="button"
                className="icon-button"
                onClick={() => files.remove(item.key)}
                aria-label={`${t('app.close')} ${item.name}`}
              >
                ×
              </button>
            </li>
          ))}
          {files.messageProblem && (
            <li className="refused">
              <span className="attachment-error" role="alert" data-testid="attachment-error">
                {files.messageProblem.kind === 'check-failed'
                  ? t('composer.checkFailed', { code: files.messageProblem.code })
                  : t('composer.messageTooLarge', {
                      size: formatSize(files.messageProblem.bytes, language),
                      limit: formatSize(MAX_MESSAGE_BYTES, language),
                    })}
              </span>
            </li>
          )}
        </ul>
      )}
      <div className="composer-actions">
        <TemplatePicker
          threadId={threadId}
          onInsert={(text) => setBody(insertAtCaret(body, text, textarea.current))}
        />
        <label className="attach-button">
          {t('composer.attach')}
          <input
            type="file"
            multiple
            accept=".txt,.pdf,.jpg,.jpeg,.gif,.png,.doc,.docx"
            onChange={(e) => {
              void files.add([...(e.target.files ?? [])])
              e.target.value = ''
            }}
            data-testid="composer-attach"
          />
        </label>
        {files.busy && (
          <span className="attachments-checking" role="status" data-testid="attachments-checking">
            {t('composer.checkingAttachments')}
          </span>
        )}
        <span className="send-destination" data-testid="composer-destination">
          {account
            ? t('composer.destination.account', { from: account.from, to: relayAddress })
            : t('composer.destination.local')}
        </span>
        {blocking.length > 0 && (
          <span className="send-blocked" role="status" data-testid="send-blocked-reason">
            {t('composer.blocked')}
          </span>
        )}
        {blocking.length === 0 && files.blocking && !files.busy && (
          <span className="send-blocked" role="status" data-testid="send-blocked-reason">
            {t('composer.attachmentsBlock')}
          </span>
        )}
        <button
          type="button"
          className="primary"
          disabled={!canSend}
          onClick={() => void send()}
          data-testid="composer-send"
        >
          {sending ? t('composer.sending') : t('composer.send')}
        </button>
      </div>
    </section>
  )
}
