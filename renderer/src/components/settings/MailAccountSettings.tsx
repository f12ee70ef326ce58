import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { AccountInput } from '../../../../shared/ipc/contract'
import type { AccountTest, MailOverview } from '../../../../shared/model/mail-status'
import { DEFAULT_SYNC_DAYS } from '../../../../shared/model/account'
import type { MailSecurity } from '../../../../shared/model/account'
import { mailProblemText } from '../../i18n/errors'
import { useConfirm } from '../primitives/ConfirmDialog'
import { formatDateTime } from '../../i18n'
import { Overlay } from '../primitives/Overlay'
import { useToast } from '../notices/Toasts'

interface Form {
  imapHost: string
  imapPort: string
  smtpHost: string
  smtpPort: string
  security: MailSecurity
  user: string
  password: string
  from: string
  syncDays: string
}

function formOf(overview: MailOverview | null): Form {
  const a = overview?.account
  return {
    imapHost: a?.imap.host ?? '',
    imapPort: String(a?.imap.port ?? 993),
    smtpHost: a?.smtp.host ?? '',
    smtpPort: String(a?.smtp.port ?? 465),
    security: a?.security ?? 'tls',
    user: a?.user ?? '',
    password: '',
    from: a?.from ?? '',
    syncDays: String(a?.syncDays ?? DEFAULT_SYNC_DAYS),
  }
}

/**
 * The mail account: where buyer messages are read (IMAP) and replies leave (SMTP). "Test" logs in to
 * both and says exactly what failed; the password is never shown back (an empty field keeps it).
 */
export function MailAccountSettings(props: {
  overview: MailOverview | null
  onClose: () => void
  onSaved: () => void
}) {
  const { t, i18n } = useTranslation()
  const toast = useToast()
  const confirm = useConfirm()
  const [form, setForm] = useState<Form>(() => formOf(props.overview))
  const [test, setTest] = useState<AccountTest | null>(null)
  const [busy, setBusy] = useState<'test' | 'save' | null>(null)
  const hasAccount = props.overview?.account != null
  const set = (key: keyof Form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value })

  const input = (): AccountInput => ({
    imap: { host: form.imapHost.trim(), port: Number(form.imapPort) },
    smtp: { host: form.smtpHost.trim(), port: Number(form.smtpPort) },
    security: form.security,
    user: form.user.trim(),
    from: form.from.trim(),
    syncDays: Number(form.syncDays),
    ...(form.password ? { password: form.password } : {}),
  })

  const run = async (kind: 'test' | 'save') => {
    setBusy(kind)
    try {
      if (kind === 'test') {
        setTest(await call(api.mail.testAccount(input())))
      } else {
        await call(api.mail.setAccount(input()))
        toast.show(t('mail.saved'))
        props.onSaved()
        props.onClose()
      }
    } catch (error) {
      toast.showError(error)
    } finally {
      setBusy(null)
    }
  }

  const remove = () =>
    confirm.ask({
      title: t('mail.removeTitle'),
      body: t('mail.removeBody'),
      confirmLabel: t('mail.remove'),
      onConfirm: () => {
        call(api.mail.removeAccount()).then(() => {
          toast.show(t('mail.removed'))
          props.onSaved()
          props.onClose()
        }, toast.showError)
      },
    })

  const field = (key: keyof Form, label: string, type = 'text', extra: Record<string, string> = {}) => (
    <label className="mail-field">
      <span>{label}</span>
      <input
        type={type}
        value={form[key]}
        onChange={set(key)}
        data-testid={`mail-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`}
        {...extra}
      />
    </label>
  )
  const status = props.overview?.status
  const submit = (e: FormEvent) => {
    e.preventDefault()
    void run('save')
  }

  return (
    <Overlay
      title={t('mail.title')}
      testId="mail-settings"
      closeLabel={t('app.close')}
      onClose={props.onClose}
      narrow
      busy={confirm.open}
    >
      <form className="mail-form" onSubmit={submit}>
        <p className="mail-intro">{t('mail.intro')}</p>
        <fieldset>
          <legend>{t('mail.incoming')}</legend>
          {field('imapHost', t('mail.host'), 'text', { required: 'required', autoComplete: 'off' })}
          {field('imapPort', t('mail.port'), 'number', { min: '1', max: '65535', required: 'required' })}
        </fieldset>
        <fieldset>
          <legend>{t('mail.outgoing')}</legend>
          {field('smtpHost', t('mail.host'), 'text', { required: 'required', autoComplete: 'off' })}
          {field('smtpPort', t('mail.port'), 'number', { min: '1', max: '65535', required: 'required' })}
        </fieldset>
        <label className="mail-field">
          <span>{t('mail.security')}</span>
          <select value={form.security} onChange={set('security')} data-testid="mail-security">
            <option value="tls">{t('mail.securities.tls')}</option>
            <option value="starttls">{t('mail.securities.starttls')}</option>
            <option value="none">{t('mail.securities.none')}</option>
          </select>
        </label>
        {field('user', t('mail.user'), 'text', { required: 'required', autoComplete: 'username' })}
        {field('password', t('mail.password'), 'password', {
          autoComplete: 'new-password',
          placeholder: hasAccount ? t('mail.passwordKept') : t('mail.passwordHint'),
          ...(hasAccount ? {} : { required: 'required' }),
        })}
        {field('from', t('mail.from'), 'email', { required: 'required' })}
        {field('syncDays', t('mail.syncDays'), 'number', { min: '1', max: '3650', required: 'required' })}
        {props.overview?.secret && (
          <p
            className={props.overview.secret.protected ? 'mail-note' : 'mail-note warning'}
            data-testid="mail-secret-note"
          >
            {t(`errors.secretNotes.${props.overview.secret.note}`)}
          </p>
        )}
        {test && (
          <ul className="mail-test" data-testid="mail-test-result" aria-live="polite">
            {(['imap', 'smtp'] as const).map((kind) => (
              <li key={kind} className={test[kind].ok ? 'ok' : 'failed'} data-testid={`mail-test-${kind}`}>
                {test[kind].ok ? t(`mail.testOk.${kind}`) : mailProblemText(test[kind].error, t)}
              </li>
            ))}
          </ul>
        )}
        {hasAccount && status && (
          <p className="mail-note" data-testid="mail-sync-status">
            {t(`mail.state.${status.state}`)}
            {status.lastSyncAt &&
              ` — ${t('mail.lastSync', { when: formatDateTime(status.lastSyncAt, i18n.language === 'en' ? 'en' : 'fr') })}`}
            {status.lastError && ` — ${mailProblemText(status.lastError, t)}`}
          </p>
        )}
        <div className="mail-actions">
          {hasAccount && (
            <button type="button" className="danger-outline" onClick={remove} data-testid="mail-remove">
              {t('mail.remove')}
            </button>
          )}
          <button
            type="button"
            onClick={() => void run('test')}
            disabled={busy !== null}
            data-testid="mail-test"
          >
            {busy === 'test' ? t('mail.testing') : t('mail.test')}
          </button>
          <button type="submit" className="primary" disabled={busy !== null} data-testid="mail-save">
            {t('mail.save')}
          </button>
        </div>
      </form>
      {confirm.dialog}
    </Overlay>
  )
}
