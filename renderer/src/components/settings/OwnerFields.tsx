import { useTranslation } from 'react-i18next'
import type { Owner } from '../../../../shared/model/mailbox'

/** The owner as it is saved (name trimmed), or null when the name is missing. */
export function ownerToSave(owner: Owner): Owner | null {
  const displayName = owner.displayName.trim()
  return displayName ? { role: owner.role, displayName } : null
}

/** Seller or buyer, and the name that signs reply templates: asked at first run, editable in Profile. */
export function OwnerFields({
  owner,
  onChange,
  testIdPrefix,
}: {
  owner: Owner
  onChange: (owner: Owner) => void
  testIdPrefix: string
}) {
  const { t } = useTranslation()
  return (
    <>
      <fieldset className="owner-role">
        <legend>{t('firstRun.role')}</legend>
        {(['seller', 'buyer'] as const).map((role) => (
          <label key={role}>
            <input
              type="radio"
              name={`${testIdPrefix}-role`}
              checked={owner.role === role}
              onChange={() => onChange({ ...owner, role })}
              data-testid={`${testIdPrefix}-role-${role}`}
            />{' '}
            {t(`firstRun.${role}`)}
          </label>
        ))}
      </fieldset>
      <label className="owner-name">
        <span>{t(`firstRun.name.${owner.role}`)}</span>
        <input
          value={owner.displayName}
          maxLength={120}
          onChange={(e) => onChange({ ...owner, displayName: e.target.value })}
          data-testid={`${testIdPrefix}-name`}
        />
      </label>
    </>
  )
}
