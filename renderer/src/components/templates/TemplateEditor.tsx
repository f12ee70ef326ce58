import { errorText } from '../../i18n/errors'
import type { TFunction } from 'i18next'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import { ComptoirError } from '../../../../shared/ipc/result'
import { blockingFindings, checkPolicy } from '../../../../shared/policy'
import type { Finding } from '../../../../shared/policy'
import { PLACEHOLDERS, TEMPLATE_LANGUAGES } from '../../../../shared/templates/placeholders'
import type {
  ReplyTemplate,
  TemplateInput,
  TemplateLanguage,
} from '../../../../shared/templates/placeholders'

interface Props {
  /** null: a new template. */
  template: ReplyTemplate | null
  defaultLanguage: TemplateLanguage
  onSaved: (template: ReplyTemplate) => void
  onDelete: (template: ReplyTemplate) => void
}

/** Refusal from main: its message and, for a policy error, the findings. */
interface Refusal {
  message: string
  findings: Finding[]
}

function refusalOf(error: unknown, t: TFunction, language: 'fr' | 'en'): Refusal {
  const details =
    error instanceof ComptoirError ? (error.details as { findings?: Finding[] } | undefined) : undefined
  return {
    message: errorText(error, t, language),
    findings: Array.isArray(details?.findings) ? details.findings : [],
  }
}

/**
 * Edits one template. The policy checker runs as you type (as in the composer); main checks again on
 * save and refuses a template holding an `error` finding, which is then shown here.
 */
export function TemplateEditor({ template, defaultLanguage, onSaved, onDelete }: Props) {
  const { t, i18n } = useTranslation()
  const [draft, setDraft] = useState<TemplateInput>(
    template
      ? { name: template.name, language: template.language, body: template.body }
      : { name: '', language: defaultLanguage, body: '' },
  )
  const [saving, setSaving] = useState(false)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const findings = useMemo(() => checkPolicy(draft.body), [draft.body])
  const blocking = blockingFindings(findings)

  const save = async () => {
    setSaving(true)
    setRefusal(null)
    try {
      const saved = template
        ? await call(api.templates.update(template.id, draft))
        : await call(api.templates.create(draft))
      onSaved(saved)
    } catch (error) {
      setRefusal(refusalOf(error, t, i18n.language === 'en' ? 'en' : 'fr'))
    } finally {
      setSaving(false)
    }
  }

  // Saving stays possible with blocking findings: main is the gate, and its refusal is what we show.
  return (
    <form
      className="template-form"
      data-testid="template-form"
      onSubmit={(e) => {
        e.preventDefault()
        void save()
      }}
    >
      <div className="row">
        <label style={{ flex: 1 }}>
          {t('templates.name')}
          <input
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            maxLength={120}
            required
            data-testid="template-name"
          />
        </label>
        <label>
          {t('templates.language')}
          <select
            value={draft.language}
            onChange={(e) => setDraft({ ...draft, language: e.target.value as TemplateLanguage })}
            data-testid="template-language"
          >
            {TEMPLATE_LANGUAGES.map((language) => (
              <option key={language} value={language}>
                {t(`templates.languages.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        {t('templates.body')}
        <textarea
          value={draft.body}
          onChange={(e) => setDraft({ ...draft, body: e.target.value })}
          maxLength={5000}
          required
          lang={draft.language}
          data-testid="template-body"
        />
      </label>
      <div className="placeholder-chips">
        <span>{t('templates.placeholders')}</span>
        {PLACEHOLDERS.map((name) => (
          <code key={name}>{`{{${name}}}`}</code>
        ))}
      </div>
      <div className="findings" aria-live="polite">
        {findings.map((finding) => (
          <p
            key={`${finding.rule}-${finding.start}`}
            className={`finding finding-${finding.severity}`}
            data-testid="template-finding"
            data-rule={finding.rule}
            data-severity={finding.severity}
          >
            <mark className={`sev-${finding.severity}`}>{draft.body.slice(finding.start, finding.end)}</mark>{' '}
            — {finding.message}
          </p>
        ))}
      </div>
      {refusal && (
        <div className="template-refused" role="alert" data-testid="template-error">
          <strong>{t('templates.refused')}</strong>
          {refusal.findings.length > 0 ? (
            <ul>
              {refusal.findings.map((finding) => (
                <li
                  key={`${finding.rule}-${finding.start}`}
                  data-rule={finding.rule}
                  data-severity={finding.severity}
                >
                  « {draft.body.slice(finding.start, finding.end)} » — {finding.message}
                </li>
              ))}
            </ul>
          ) : (
            <p>{refusal.message}</p>
          )}
        </div>
      )}
      <div className="row">
        <button
          type="submit"
          className="primary"
          disabled={saving}
          data-testid="template-save"
          aria-describedby={blocking.length > 0 ? 'template-blocking' : undefined}
        >
          {t('templates.save')}
        </button>
        {template && (
          <button type="button" onClick={() => onDelete(template)} data-testid="template-delete">
            {t('templates.delete')}
          </button>
        )}
        {blocking.length > 0 && (
          <span id="template-blocking" className="send-blocked" role="status">
            {t('composer.blocked')}
          </span>
        )}
      </div>
    </form>
  )
}
