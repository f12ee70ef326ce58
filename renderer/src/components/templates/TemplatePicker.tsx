import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { ReplyTemplate } from '../../../../shared/templates/placeholders'
import { MenuButton } from '../primitives/MenuButton'
import { useToast } from '../notices/Toasts'

/** Puts `text` at the caret (replacing any selection), or at the end when the box never had focus. */
export function insertAtCaret(current: string, text: string, box: HTMLTextAreaElement | null): string {
  if (!box || document.activeElement !== box) return current.trim() === '' ? text : `${current}\n\n${text}`
  return current.slice(0, box.selectionStart) + text + current.slice(box.selectionEnd)
}

/**
 * "Insert a template" in the composer: the list loads when the menu opens, and the chosen template
 * comes back from main with its placeholders filled from this thread.
 */
export function TemplatePicker({
  threadId,
  onInsert,
}: {
  threadId: string
  onInsert: (text: string) => void
}) {
  const { t, i18n } = useTranslation()
  const toast = useToast()
  const [templates, setTemplates] = useState<ReplyTemplate[] | null>(null)
  const [missing, setMissing] = useState<string[]>([])

  const load = () => {
    if (templates === null)
      call(api.templates.list()).then(setTemplates, (error: unknown) => toast.showError(error))
  }
  const insert = async (template: ReplyTemplate) => {
    try {
      const filled = await call(api.templates.fill(template.id, threadId))
      onInsert(filled.text)
      setMissing(filled.missing)
    } catch (error) {
      toast.showError(error)
    }
  }
  // The user's language first: a French seller usually answers in French.
  const ordered = [...(templates ?? [])].sort(
    (a, b) => Number(b.language === i18n.language) - Number(a.language === i18n.language),
  )
  return (
    <div className="template-picker" onMouseDown={load} onFocus={load}>
      <MenuButton label={t('templates.insert')} disabled={false} testId="composer-template">
        {templates === null ? (
          <span role="status">{t('app.loading')}</span>
        ) : templates.length === 0 ? (
          <span>{t('templates.empty')}</span>
        ) : (
          ordered.map((template) => (
            <button
              key={template.id}
              type="button"
              role="menuitem"
              onClick={() => void insert(template)}
              data-testid="template-option"
              data-template-id={template.id}
            >
              {template.name} <span className="lang">({template.language})</span>
            </button>
          ))
        )}
      </MenuButton>
      {missing.length > 0 && (
        <span className="template-missing" role="status" data-testid="template-missing">
          {t('templates.missing', { names: missing.map((name) => `{{${name}}}`).join(', ') })}
        </span>
      )}
    </div>
  )
}
