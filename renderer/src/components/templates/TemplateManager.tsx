import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { Language } from '../../i18n'
import type { ReplyTemplate } from '../../../../shared/templates/placeholders'
import { useAsync } from '../../state/useAsync'
import { useConfirm } from '../primitives/ConfirmDialog'
import { EmptyState, ErrorState, LoadingState } from '../primitives/States'
import { TemplateEditor } from './TemplateEditor'
import { useToast } from '../notices/Toasts'
import { Overlay } from '../primitives/Overlay'
import { useErrorText } from '../../i18n/useErrorText'

/** Create, edit and delete reply templates (French and English). */
export function TemplateManager({ language, onClose }: { language: Language; onClose: () => void }) {
  const { t } = useTranslation()
  const errorWords = useErrorText()
  const toast = useToast()
  const [revision, setRevision] = useState(0)
  const [list, reload] = useAsync(() => call(api.templates.list()), `templates:${revision}`)
  // The template being edited (as last saved), 'new', or null for nothing selected. Kept as an object,
  // not an id, so a template just created stays open while the list reloads.
  const [editing, setEditing] = useState<ReplyTemplate | 'new' | null>(null)
  const confirm = useConfirm()
  const templates = list.value ?? []
  const editingId = editing === 'new' ? 'new' : (editing?.id ?? null)

  const remove = async (template: ReplyTemplate) => {
    try {
      await call(api.templates.delete(template.id))
      toast.show(t('templates.deleted'))
      setEditing(null)
      setRevision((r) => r + 1)
    } catch (error) {
      toast.showError(error)
    }
  }

  return (
    <Overlay
      title={t('templates.title')}
      testId="templates"
      closeLabel={t('templates.close')}
      onClose={onClose}
      busy={confirm.open}
      actions={
        <button type="button" onClick={() => setEditing('new')} data-testid="template-new">
          {t('templates.new')}
        </button>
      }
    >
      {list.status === 'error' && !list.value ? (
        <ErrorState message={`${t('templates.loadError')} ${errorWords(list.error)}`} onRetry={reload} />
      ) : !list.value ? (
        <LoadingState label={t('app.loading')} />
      ) : (
        <div className="templates-layout">
          {templates.length === 0 ? (
            <EmptyState message={t('templates.empty')} testId="templates-empty" />
          ) : (
            <ul className="template-list" data-testid="template-list">
              {templates.map((template) => (
                <li key={template.id}>
                  <button
                    type="button"
                    aria-current={template.id === editingId}
                    onClick={() => setEditing(template)}
                    data-testid="template-item"
                    data-template-id={template.id}
                  >
                    {template.name}
                    <span className="lang">{template.language}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {editing === null ? (
            <EmptyState message={t('templates.select')} testId="template-none" />
          ) : (
            <TemplateEditor
              key={editingId}
              template={editing === 'new' ? null : editing}
              defaultLanguage={language}
              onSaved={(saved) => {
                toast.show(t('templates.saved'))
                setEditing(saved)
                setRevision((r) => r + 1)
              }}
              onDelete={(template: ReplyTemplate) =>
                confirm.ask({
                  title: t('templates.deleteConfirm', { name: template.name }),
                  body: template.body.slice(0, 200),
                  confirmLabel: t('templates.delete'),
                  onConfirm: () => void remove(template),
                })
              }
            />
          )}
        </div>
      )}
      {confirm.dialog}
    </Overlay>
  )
}
