import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

interface Props {
  name: string
  onNameChange: (name: string) => void
  color: string
  onColorChange: (color: string) => void
  /** The automation contract names the fields differently when creating and when editing. */
  testIds: { name: string; color: string }
  /** Shows the field's name as a placeholder too (the create form starts empty). */
  placeholder?: boolean
  /** Fields that sit between the name and the colour (the kind, when creating). */
  children?: ReactNode
}

/**
 * A label's name and colour, as the sidebar's create form and the in-place editor both ask for them:
 * the same limits (a name is required, at most 60 characters) and the same words in both places.
 */
export function LabelFields({
  name,
  onNameChange,
  color,
  onColorChange,
  testIds,
  placeholder,
  children,
}: Props) {
  const { t } = useTranslation()
  return (
    <>
      <input
        autoFocus
        required
        maxLength={60}
        value={name}
        onChange={(e) => onNameChange(e.target.value)}
        aria-label={t('labels.name')}
        placeholder={placeholder ? t('labels.name') : undefined}
        data-testid={testIds.name}
      />
      {children}
      <input
        type="color"
        value={color}
        onChange={(e) => onColorChange(e.target.value)}
        aria-label={t('labels.color')}
        data-testid={testIds.color}
      />
    </>
  )
}
