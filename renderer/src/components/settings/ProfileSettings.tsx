import { useState } from 'react'
import type { FormEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { api, call } from '../../bridge'
import type { Owner } from '../../../../shared/model/mailbox'
import { useOwner } from '../../state/role'
import { useToast } from '../notices/Toasts'
import { Overlay } from '../primitives/Overlay'
import { OwnerFields, ownerToSave } from './OwnerFields'

/** Who owns this mailbox (seller or buyer) and the name that signs reply templates. */
export function ProfileSettings({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation()
  const toast = useToast()
  // The owner came with app:info; saving reloads it, so the whole app follows a change of role.
  const current = useOwner()
  const [owner, setOwner] = useState<Owner>(current ?? { role: 'seller', displayName: '' })

  const save = async (event: FormEvent) => {
    event.preventDefault()
    const toSave = ownerToSave(owner)
    if (!toSave) {
      toast.show(t(`firstRun.nameMissing.${owner.role}`), 'error')
      return
    }
    try {
      await call(api.owner.set(toSave))
      toast.show(t('profile.saved'))
      onSaved()
      onClose()
    } catch (error) {
      toast.showError(error)
    }
  }

  return (
    <Overlay title={t('profile.title')} testId="profile" closeLabel={t('app.close')} onClose={onClose} narrow>
      <form className="profile-form" onSubmit={(e) => void save(e)}>
        <OwnerFields owner={owner} onChange={setOwner} testIdPrefix="profile" />
        <button type="submit" className="primary" data-testid="profile-save">
          {t('profile.save')}
        </button>
      </form>
    </Overlay>
  )
}
