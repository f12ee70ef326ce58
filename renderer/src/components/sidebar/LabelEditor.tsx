import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { Label } from '../../../../shared/model/mailbox'
import { LabelFields } from './LabelFields'

interface Props {
  label: Label
  onAction: (
    action: () => Promise<unknown>,
    message?: string,
    undo?: () => Promise<unknown>,
  ) => Promise<boolean>
  onClose: () => void
}

/**
 * Rename and recolour a label in place: Enter saves, Escape cancels. The notice offers Undo, which
 * puts back the name and colour it had.
 */
export function LabelEditor({ label, onAction, onClose }: Props) {
  const { t } = useTranslation()
  const [name, setName] = useState(label.name)
  const [color, setColor] = useState(label.color)

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const patch = { name: name.trim(), color }
    if (patch.name === label.name && patch.color === label.color) return onClose()
    const before = { name: label.name, color: label.color }
    const done = await onAction(
      () => call(api.labels.update(label.id, patch)),
      t('labels.updated', { name: patch.name }),
      () => call(api.labels.update(label.id, before)),
    )
    if (done) onClose()
  }

  return (
    <form
      onSubmit={(e) => void save(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation()
          onClose()
        }
      }}
      className="folder-form label-form"
      data-testid="label-edit-form"
    >
      <LabelFields
        name={name}
        onNameChange={setName}
        color={color}
        onColorChange={setColor}
        testIds={{ name: 'label-edit-name', color: 'label-edit-color' }}
      />
      <button type="submit" className="primary" data-testid="label-edit-save">
        {t('labels.save')}
      </button>
      <button type="button" onClick={onClose} data-testid="label-edit-cancel">
        {t('app.cancel')}
      </button>
    </form>
  )
}
