import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import { LABEL_KINDS } from '../../../../shared/model/mailbox'
import type { Label, LabelKind } from '../../../../shared/model/mailbox'
import type { ViewCounts } from '../../../../shared/model/query'
import type { Perspective } from '../../../../shared/model/perspective'
import { samePerspective } from '../../../../shared/model/perspective'
import { useCommand } from '../notices/useCommand'
import { useConfirm } from '../primitives/ConfirmDialog'
import { SidebarHeading } from './SidebarHeading'
import { LabelEditor } from './LabelEditor'
import { LabelFields } from './LabelFields'
import { PencilIcon } from '../primitives/Icons'

interface Props {
  labels: Label[]
  counts: ViewCounts
  perspective: Perspective
  onSelect: (perspective: Perspective) => void
  onChanged?: () => void
}

/** A colour per kind, so a new label is told apart at a glance even if the seller never picks one. */
const DEFAULT_COLORS: Record<LabelKind, string> = { urgency: '#c0392b', priority: '#d68910', free: '#2e86c1' }

/**
 * Labels are data, like folders: listed in the sidebar (a click filters the list), created with "+"
 * (name, kind, colour), renamed and recoloured in place (with Undo), and deleted after confirmation;
 * deleting a label never touches the threads.
 */
export function LabelList({ labels, counts, perspective, onSelect, onChanged }: Props) {
  const { t } = useTranslation()
  const [creating, setCreating] = useState(false)
  const [name, setName] = useState('')
  const [kind, setKind] = useState<LabelKind>('free')
  const [color, setColor] = useState<string | null>(null)
  const [editingId, setEditingId] = useState<string | null>(null)
  const confirm = useConfirm()

  const attempt = useCommand(onChanged)

  const create = async (event: FormEvent) => {
    event.preventDefault()
    const label = { name: name.trim(), kind, color: color ?? DEFAULT_COLORS[kind] }
    const done = await attempt(
      () => call(api.labels.create(label)),
      t('labels.created', { name: label.name }),
    )
    if (done) {
      setCreating(false)
      setName('')
      setColor(null)
    }
  }

  return (
    <div data-testid="label-section">
      <SidebarHeading
        title={t('sidebar.labels')}
        addLabel={t('labels.new')}
        addTestId="label-new"
        adding={creating}
        onAdd={() => setCreating((open) => !open)}
      />
      {creating && (
        <form
          onSubmit={(e) => void create(e)}
          onKeyDown={(e) => e.key === 'Escape' && setCreating(false)}
          className="folder-form label-form"
          data-testid="label-form"
        >
          <LabelFields
            name={name}
            onNameChange={setName}
            color={color ?? DEFAULT_COLORS[kind]}
            onColorChange={setColor}
            testIds={{ name: 'label-name-input', color: 'label-color-input' }}
            placeholder
          >
            <select
              value={kind}
              onChange={(e) => setKind(e.target.value as LabelKind)}
              aria-label={t('labels.kind')}
              data-testid="label-kind-select"
            >
              {LABEL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`labels.kinds.${k}`)}
                </option>
              ))}
            </select>
          </LabelFields>
          <button type="submit" className="primary" data-testid="label-create">
            {t('labels.create')}
          </button>
        </form>
      )}
      <ul className="label-list" data-testid="label-list">
        {labels.map((label) => {
          const active = samePerspective(perspective, { kind: 'label', labelId: label.id })
          const unread = counts.labels[label.id]?.unread
          if (editingId === label.id)
            return (
              <li key={label.id}>
                <LabelEditor label={label} onAction={attempt} onClose={() => setEditingId(null)} />
              </li>
            )
          return (
            <li key={label.id} className="folder-row">
              <button
                type="button"
                className={active ? 'nav-item active' : 'nav-item'}
                aria-current={active ? 'page' : undefined}
                onClick={() => onSelect({ kind: 'label', labelId: label.id })}
                data-testid="label-item"
                data-label-id={label.id}
                data-label-kind={label.kind}
              >
                <span className="label-dot" style={{ background: label.color }} aria-hidden="true" />
                <span>{label.name}</span>
                {unread ? <span className="badge">{unread}</span> : null}
              </button>
              <button
                type="button"
                className="icon-button label-delete label-edit"
                onClick={() => setEditingId(label.id)}
                data-testid="label-edit"
                aria-label={t('labels.edit', { name: label.name })}
                title={t('labels.edit', { name: label.name })}
              >
                <PencilIcon />
              </button>
              <button
                type="button"
                className="icon-button label-delete"
                onClick={() =>
                  confirm.ask({
                    title: t('labels.delete', { name: label.name }),
                    body: t('labels.deleteBody'),
                    confirmLabel: t('labels.deleteConfirm'),
                    onConfirm: () => {
                      if (active) onSelect({ kind: 'view', view: 'inbox' })
                      void attempt(
                        () => call(api.labels.delete(label.id)),
                        t('labels.deleted', { name: label.name }),
                      )
                    },
                  })
                }
                data-testid="label-delete"
                aria-label={t('labels.delete', { name: label.name })}
                title={t('labels.delete', { name: label.name })}
              >
                ×
              </button>
            </li>
          )
        })}
      </ul>
      {confirm.dialog}
    </div>
  )
}
